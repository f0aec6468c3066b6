import { chiSquareSurvival } from '../../src/stats/chiSquare.js';

/**
 * Yardsticks for the Monte Carlo tests of the samplers: moments with their standard
 * errors, and chi-square goodness of fit of counts to an exact pmf. Independent of the
 * samplers (no shared code); p-values and the KS test come from src/stats.
 */

/** Sample mean and variance with their standard errors. */
export interface Moments {
  n: number;
  mean: number;
  variance: number;
  /** SE of the mean: √(s²/n). */
  seMean: number;
  /**
   * SE of the unbiased sample variance, √[(m₄ − m₂²·(n − 3)/(n − 1))/n], from the sample's
   * second and fourth central moments (Cramér 1946, §27.4).
   */
  seVariance: number;
}

export function sampleMoments(xs: ArrayLike<number>): Moments {
  const n = xs.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += xs[i] as number;
  const mean = sum / n;
  let m2 = 0;
  let m4 = 0;
  for (let i = 0; i < n; i++) {
    const d2 = ((xs[i] as number) - mean) ** 2;
    m2 += d2;
    m4 += d2 * d2;
  }
  m2 /= n;
  m4 /= n;
  const variance = (m2 * n) / (n - 1);
  const varOfVariance = Math.max(0, m4 - (m2 * m2 * (n - 3)) / (n - 1)) / n;
  return {
    n,
    mean,
    variance,
    seMean: Math.sqrt(variance / n),
    seVariance: Math.sqrt(varOfVariance),
  };
}

/** Draw n values into a Float64Array. */
export function draws(n: number, draw: () => number): Float64Array {
  const xs = new Float64Array(n);
  for (let i = 0; i < n; i++) xs[i] = draw();
  return xs;
}

/**
 * Assert sample mean and variance within z standard errors of the exact values; the
 * failure message names sample, exact value, SE and z-score.
 */
export function expectMoments(
  xs: ArrayLike<number>,
  exact: { mean: number; variance: number },
  z = 4,
): void {
  const m = sampleMoments(xs);
  const zMean = Math.abs(m.mean - exact.mean) / m.seMean;
  const zVar = Math.abs(m.variance - exact.variance) / m.seVariance;
  if (!(zMean < z)) {
    throw new Error(
      `mean ${m.mean} vs exact ${exact.mean}: ${zMean.toFixed(2)} SE (SE ${m.seMean}, limit ${z})`,
    );
  }
  if (!(zVar < z)) {
    throw new Error(
      `variance ${m.variance} vs exact ${exact.variance}: ${zVar.toFixed(2)} SE (SE ${m.seVariance}, limit ${z})`,
    );
  }
}

/** ln k! for k = 0..maxK by summing logarithms (brute force, independent of Stirling). */
export function logFactorialTable(maxK: number): Float64Array {
  const table = new Float64Array(maxK + 1);
  for (let k = 1; k <= maxK; k++) table[k] = (table[k - 1] as number) + Math.log(k);
  return table;
}

export interface GoodnessOfFit {
  statistic: number;
  df: number;
  pValue: number;
  bins: number;
}

/**
 * Pearson chi-square goodness of fit of integer draws to a pmf on {0, 1, …, maxK}; mass
 * beyond maxK (and draws beyond it) join the last value. Adjacent values are merged from
 * the left until each bin expects at least 5 draws, and a short remainder joins the last bin.
 */
export function chiSquareGoodnessOfFit(
  xs: ArrayLike<number>,
  pmf: (k: number) => number,
  maxK: number,
): GoodnessOfFit {
  const n = xs.length;
  const observed = new Float64Array(maxK + 1);
  for (let i = 0; i < n; i++) {
    const k = Math.min(xs[i] as number, maxK);
    observed[k] = (observed[k] as number) + 1;
  }
  const expected = new Float64Array(maxK + 1);
  let mass = 0;
  for (let k = 0; k <= maxK; k++) {
    const p = pmf(k);
    expected[k] = n * p;
    mass += p;
  }
  expected[maxK] = (expected[maxK] as number) + n * Math.max(0, 1 - mass);
  const binObserved: number[] = [];
  const binExpected: number[] = [];
  let o = 0;
  let e = 0;
  for (let k = 0; k <= maxK; k++) {
    o += observed[k] as number;
    e += expected[k] as number;
    if (e >= 5) {
      binObserved.push(o);
      binExpected.push(e);
      o = 0;
      e = 0;
    }
  }
  if (e > 0 || o > 0) {
    const last = binObserved.length - 1;
    binObserved[last] = (binObserved[last] as number) + o;
    binExpected[last] = (binExpected[last] as number) + e;
  }
  let statistic = 0;
  for (let i = 0; i < binObserved.length; i++) {
    const ex = binExpected[i] as number;
    statistic += ((binObserved[i] as number) - ex) ** 2 / ex;
  }
  const df = binObserved.length - 1;
  return { statistic, df, pValue: chiSquareSurvival(statistic, df), bins: binObserved.length };
}
