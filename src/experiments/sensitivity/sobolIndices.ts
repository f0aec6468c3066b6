import type { RandomSource } from '../../random/createRng.js';
import { requireFunction, requireObject } from '../../util/requireArgument.js';

/** Sobol indices of one input with bootstrap intervals. */
export interface SobolIndex {
  /** First-order index S_i: the share of Var(Y) explained by x_i alone. */
  readonly first: number;
  readonly firstLow: number;
  readonly firstHigh: number;
  /** Bootstrap standard error of S_i. */
  readonly firstSe: number;
  /** Total-order index ST_i: the share that involves x_i, interactions included. */
  readonly total: number;
  readonly totalLow: number;
  readonly totalHigh: number;
  readonly totalSe: number;
}

/** Options of sobolIndices. */
export interface SobolOptions {
  /** Inputs k (≥ 1). */
  readonly dimensions: number;
  /** Base sample size N (≥ 16): the function is evaluated N·(k + 2) times. */
  readonly samples: number;
  /** Bootstrap resamples for the intervals (default 500; 0 for none). */
  readonly bootstrap?: number;
  /** Interval level (default 0.95). */
  readonly confidence?: number;
}

/** Smallest base sample: fewer rows cannot estimate a variance, let alone an interval. */
export const MIN_SOBOL_SAMPLES = 16;

/**
 * First- and total-order Sobol indices of a function on the unit hypercube [0, 1)^k.
 *
 * Sampling (Saltelli et al. 2010): two independent N × k matrices A and B and, for each
 * input i, A_B^(i) — A with column i taken from B; N·(k + 2) evaluations. Estimators
 * (Jansen 1999, recommended in Saltelli et al. 2010, Table 2):
 * S_i = 1 − Σ_j (f(B)_j − f(A_B^(i))_j)² / (2N·V) and
 * ST_i = Σ_j (f(A)_j − f(A_B^(i))_j)² / (2N·V), with V the variance of f over A and B.
 * Points are pseudo-random (not Sobol' quasi-random), so the rows are independent and the
 * bootstrap over rows (percentile intervals and standard errors) is valid.
 *
 * Reference: Saltelli, A., Annoni, P., Azzini, I., Campolongo, F., Ratto, M. & Tarantola, S.
 * (2010). Variance based sensitivity analysis of model output. Computer Physics
 * Communications 181, 259–270. Jansen, M. J. W. (1999). Computer Physics Communications
 * 117, 35–43.
 *
 * Cost: N·(k + 2) evaluations plus O(bootstrap · N · k).
 *
 * @param f - the function of a point in [0, 1)^k (called in order: A, B, then A_B^(i) by i)
 * @param options - dimensions, samples, bootstrap, confidence
 * @param rng - the stream the points and the bootstrap draw from
 * @returns one index per input, the output variance and the evaluation count
 * @throws RangeError naming a bad option (samples below 16, dimensions below 1); when the
 *   output does not vary (V = 0), since no share of nothing can be estimated
 * @example
 * const s = sobolIndices(([x, y]) => (x as number) + 0 * (y as number), { dimensions: 2, samples: 256, bootstrap: 0 }, createRng(1));
 * s.indices[1]?.total; // => 0
 */
export function sobolIndices(
  f: (x: readonly number[]) => number,
  options: SobolOptions,
  rng: RandomSource,
): {
  readonly indices: readonly SobolIndex[];
  readonly variance: number;
  readonly evaluations: number;
} {
  requireFunction('f', f, 'a function of a point in the unit cube, (x) => number');
  requireObject('options', options, 'an object { dimensions, samples, bootstrap?, confidence? }');
  requireFunction('rng', rng, 'a random source (createRng(seed))');
  const { dimensions: k, samples: n, bootstrap = 500, confidence = 0.95 } = options;
  if (!(Number.isSafeInteger(k) && k >= 1))
    throw new RangeError(`dimensions must be an integer >= 1, received ${k}`);
  if (!(Number.isSafeInteger(n) && n >= MIN_SOBOL_SAMPLES))
    throw new RangeError(
      `samples must be an integer >= ${MIN_SOBOL_SAMPLES} (base rows N; the function runs N·(k + 2) times), received ${n}`,
    );
  if (!(Number.isSafeInteger(bootstrap) && bootstrap >= 0))
    throw new RangeError(`bootstrap must be an integer >= 0, received ${bootstrap}`);
  const a = Array.from({ length: n }, () => Array.from({ length: k }, () => rng()));
  const b = Array.from({ length: n }, () => Array.from({ length: k }, () => rng()));
  const fa = Float64Array.from(a, (x) => f(x));
  const fb = Float64Array.from(b, (x) => f(x));
  const fab = Array.from({ length: k }, (_, i) =>
    Float64Array.from(a, (row, j) => f(row.map((v, c) => (c === i ? (b[j]?.[c] as number) : v)))),
  );
  const rows = Array.from({ length: n }, (_, j) => j);
  const point = estimate(fa, fb, fab, rows);
  if (!(point.variance > 0))
    throw new RangeError(
      'the output does not vary over the sample (variance 0): there is no variance to apportion',
    );
  const boots = Array.from({ length: bootstrap }, () =>
    estimate(
      fa,
      fb,
      fab,
      Array.from({ length: n }, () => Math.floor(rng() * n)),
    ),
  );
  const tail = (1 - confidence) / 2;
  const interval = (values: number[], x: number) => {
    if (values.length === 0) return { low: Number.NaN, high: Number.NaN, se: Number.NaN };
    values.sort((u, v) => u - v);
    const q = (p: number) =>
      values[
        Math.min(values.length - 1, Math.max(0, Math.round(p * (values.length - 1))))
      ] as number;
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    const se = Math.sqrt(
      values.reduce((s, v) => s + (v - mean) ** 2, 0) / Math.max(1, values.length - 1),
    );
    return { low: Math.min(q(tail), x), high: Math.max(q(1 - tail), x), se };
  };
  const indices = point.first.map((s, i): SobolIndex => {
    const fi = interval(
      boots.map((e) => e.first[i] as number),
      s,
    );
    const ti = interval(
      boots.map((e) => e.total[i] as number),
      point.total[i] as number,
    );
    return {
      first: s,
      firstLow: fi.low,
      firstHigh: fi.high,
      firstSe: fi.se,
      total: point.total[i] as number,
      totalLow: ti.low,
      totalHigh: ti.high,
      totalSe: ti.se,
    };
  });
  return { indices, variance: point.variance, evaluations: n * (k + 2) };
}

function estimate(
  fa: Float64Array,
  fb: Float64Array,
  fab: readonly Float64Array[],
  rows: readonly number[],
) {
  const n = rows.length;
  let sum = 0;
  for (const j of rows) sum += (fa[j] as number) + (fb[j] as number);
  const mean = sum / (2 * n);
  let ss = 0;
  for (const j of rows) ss += ((fa[j] as number) - mean) ** 2 + ((fb[j] as number) - mean) ** 2;
  const variance = ss / (2 * n - 1);
  const first = fab.map((column) => {
    let s = 0;
    for (const j of rows) s += ((fb[j] as number) - (column[j] as number)) ** 2;
    return 1 - s / (2 * n * variance);
  });
  const total = fab.map((column) => {
    let s = 0;
    for (const j of rows) s += ((fa[j] as number) - (column[j] as number)) ** 2;
    return s / (2 * n * variance);
  });
  return { variance, first, total };
}
