import { cholesky } from './multivariateNormal.js';

/** Below this share of variance explained by the parameters, a statistic is left out. */
export const MIN_EXPLAINED_VARIANCE = 0.01;

/**
 * The share of each statistic's variance across prior draws that a linear regression on the
 * parameters (on the real line, with an intercept) explains: R².
 *
 * Why: a statistic that does not move with the calibrated parameters (the salvo size when
 * only the attack rate is calibrated) adds noise to the distance and nothing else; ABC then
 * needs far more simulations for the same posterior. Regressing statistics on parameters
 * over the prior predictive is the first step of semi-automatic ABC (Fearnhead & Prangle
 * 2012); here it only decides which statistics enter the distance.
 *
 * @param parameters - one row of parameters per draw
 * @param statistics - one row of statistics per draw
 * @returns R² per statistic, in [0, 1] (0 for a constant statistic)
 * @example
 * explainedVariance([[0], [1], [2], [3]], [[0, 5], [2, 5], [4, 5], [6, 5]]); // => [1, 0]
 */
export function explainedVariance(
  parameters: readonly (readonly number[])[],
  statistics: readonly (readonly number[])[],
): number[] {
  const n = parameters.length;
  const p = (parameters[0]?.length ?? 0) + 1;
  const row = (i: number) => [1, ...(parameters[i] as readonly number[])];
  // Centre and scale the parameters so the normal equations are well conditioned.
  const xtx = new Float64Array(p * p);
  const rows = Array.from({ length: n }, (_, i) => row(i));
  const means = Array.from({ length: p }, (_, j) =>
    j === 0 ? 0 : rows.reduce((s, r) => s + (r[j] as number), 0) / n,
  );
  const sds = Array.from({ length: p }, (_, j) =>
    j === 0
      ? 1
      : Math.sqrt(
          rows.reduce((s, r) => s + ((r[j] as number) - (means[j] as number)) ** 2, 0) / n,
        ) || 1,
  );
  const x = rows.map((r) =>
    r.map((v, j) => (j === 0 ? 1 : (v - (means[j] as number)) / (sds[j] as number))),
  );
  for (const r of x)
    for (let a = 0; a < p; a++)
      for (let b = 0; b < p; b++)
        xtx[a * p + b] = (xtx[a * p + b] as number) + (r[a] as number) * (r[b] as number);
  for (let a = 0; a < p; a++) xtx[a * p + a] = (xtx[a * p + a] as number) * (1 + 1e-9);
  const l = cholesky(xtx, p);
  const width = statistics[0]?.length ?? 0;
  return Array.from({ length: width }, (_, k) => {
    const y = statistics.map((s) => s[k] as number);
    const mean = y.reduce((s, v) => s + v, 0) / n;
    const total = y.reduce((s, v) => s + (v - mean) ** 2, 0);
    if (!(total > 0)) return 0;
    const xty = new Float64Array(p);
    x.forEach((r, i) => {
      for (let a = 0; a < p; a++) xty[a] = (xty[a] as number) + (r[a] as number) * (y[i] as number);
    });
    const beta = solveCholesky(l, xty, p);
    let residual = 0;
    x.forEach((r, i) => {
      let fit = 0;
      for (let a = 0; a < p; a++) fit += (r[a] as number) * (beta[a] as number);
      residual += ((y[i] as number) - fit) ** 2;
    });
    return Math.min(1, Math.max(0, 1 - residual / total));
  });
}

function solveCholesky(l: Float64Array, b: Float64Array, p: number): Float64Array {
  const z = new Float64Array(p);
  for (let i = 0; i < p; i++) {
    let s = b[i] as number;
    for (let k = 0; k < i; k++) s -= (l[i * p + k] as number) * (z[k] as number);
    z[i] = s / (l[i * p + i] as number);
  }
  const x = new Float64Array(p);
  for (let i = p - 1; i >= 0; i--) {
    let s = z[i] as number;
    for (let k = i + 1; k < p; k++) s -= (l[k * p + i] as number) * (x[k] as number);
    x[i] = s / (l[i * p + i] as number);
  }
  return x;
}
