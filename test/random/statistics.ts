/**
 * Statistical yardsticks for the Monte Carlo tests of the samplers: moments with their
 * standard errors, chi-square goodness of fit for counts and Kolmogorov–Smirnov for
 * continuous draws. Written independently of the samplers (no shared code).
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
  return { n, mean, variance, seMean: Math.sqrt(variance / n), seVariance: Math.sqrt(varOfVariance) };
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
    throw new Error(`mean ${m.mean} vs exact ${exact.mean}: ${zMean.toFixed(2)} SE (SE ${m.seMean}, limit ${z})`);
  }
  if (!(zVar < z)) {
    throw new Error(
      `variance ${m.variance} vs exact ${exact.variance}: ${zVar.toFixed(2)} SE (SE ${m.seVariance}, limit ${z})`,
    );
  }
}

/** ln Γ(x) for x > 0 by the Lanczos approximation (g = 7, n = 9; ~1e-15 relative). */
export function logGamma(x: number): number {
  const c = [
    0.9999999999998099, 676.5203681218851, -1259.1392167224028, 771.3234287776531,
    -176.6150291621406, 12.507343278686905, -0.13857109526572012, 9.984369578019572e-6,
    1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const y = x - 1;
  let s = c[0] as number;
  for (let i = 1; i < 9; i++) s += (c[i] as number) / (y + i);
  const t = y + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (y + 0.5) * Math.log(t) - t + Math.log(s);
}

/**
 * Regularised lower incomplete gamma P(a, x) (Numerical Recipes §6.2: series for
 * x < a + 1, Lentz continued fraction for the upper part otherwise).
 */
export function gammaP(a: number, x: number): number {
  if (x <= 0) return 0;
  return x < a + 1 ? gammaSeries(a, x) : 1 - gammaContinuedFraction(a, x);
}

/** Regularised upper incomplete gamma Q(a, x) = 1 − P(a, x), accurate in the far tail. */
export function gammaQ(a: number, x: number): number {
  if (x <= 0) return 1;
  return x < a + 1 ? 1 - gammaSeries(a, x) : gammaContinuedFraction(a, x);
}

function gammaSeries(a: number, x: number): number {
  let term = 1 / a;
  let sum = term;
  for (let n = 1; n < 10_000; n++) {
    term *= x / (a + n);
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * 1e-16) break;
  }
  return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
}

function gammaContinuedFraction(a: number, x: number): number {
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 10_000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
}

/** Upper tail of the chi-square distribution with df degrees of freedom. */
export function chiSquarePValue(statistic: number, df: number): number {
  return gammaQ(df / 2, statistic / 2);
}

/** Standard normal CDF Φ(x) = ½(1 + sign(x)·P(½, x²/2)). */
export function normalCdf(x: number): number {
  const half = 0.5 * gammaP(0.5, (x * x) / 2);
  return x >= 0 ? 0.5 + half : 0.5 - half;
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
  for (let i = 0; i < n; i++) observed[Math.min(xs[i] as number, maxK)]++;
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
  return { statistic, df, pValue: chiSquarePValue(statistic, df), bins: binObserved.length };
}

/**
 * One-sample Kolmogorov–Smirnov test against a continuous CDF, with the asymptotic
 * p-value and Stephens' (1970) small-sample correction λ = (√n + 0.12 + 0.11/√n)·D.
 */
export function kolmogorovSmirnov(
  xs: ArrayLike<number>,
  cdf: (x: number) => number,
): { statistic: number; pValue: number } {
  const sorted = Float64Array.from(xs).sort();
  const n = sorted.length;
  let d = 0;
  for (let i = 0; i < n; i++) {
    const f = cdf(sorted[i] as number);
    d = Math.max(d, (i + 1) / n - f, f - i / n);
  }
  const sqrtN = Math.sqrt(n);
  return { statistic: d, pValue: kolmogorovQ((sqrtN + 0.12 + 0.11 / sqrtN) * d) };
}

/** Q_KS(λ) = 2 Σ_{j≥1} (−1)^{j−1} e^{−2j²λ²}, the Kolmogorov distribution's upper tail. */
export function kolmogorovQ(lambda: number): number {
  if (lambda < 0.2) return 1;
  let sum = 0;
  for (let j = 1; j <= 100; j++) {
    const term = (j % 2 === 1 ? 2 : -2) * Math.exp(-2 * j * j * lambda * lambda);
    sum += term;
    if (Math.abs(term) < 1e-17) break;
  }
  return Math.min(1, Math.max(0, sum));
}
