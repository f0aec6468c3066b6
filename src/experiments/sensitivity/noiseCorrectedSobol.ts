import type { RandomSource } from '../../random/createRng.js';
import { studentTQuantile } from '../../stats/studentT.js';
import { requireFunction } from '../../util/requireArgument.js';
import type { SobolIndex } from './sobolIndices.js';

/** A noise-corrected Sobol index: its standard errors and intervals include the streams' part. */
export interface CorrectedSobolIndex extends SobolIndex {
  /**
   * The part of firstSe that comes from the R replicate streams shared by every point
   * (delete-one-replicate jackknife); NaN with R = 2, where it cannot be measured.
   */
  readonly firstStreamSe: number;
  /** The same for totalSe. */
  readonly totalStreamSe: number;
}

/**
 * Sobol first- and total-order indices of the model without its replicate noise: Jansen's
 * estimators with each squared difference corrected by the noise of that same pair of points,
 * with bootstrap intervals over the base rows.
 *
 * Why: a noisy output f(x) + ε makes Jansen's S_i read low and ST_i read high. Every
 * estimator is built on mean differences D̄ = Ȳ(x) − Ȳ(x′) over R replicates, and
 * E[D̄²] = (f(x) − f(x′))² + Var(D̄ noise). The replicate-level differences of the same pair
 * estimate that variance without bias, s²_D/R, whatever the noise of x and x′ share: with
 * common random numbers the noise of two points one coordinate apart is correlated, so a
 * single noise variance for all points (the two-way residual) would over-correct those pairs.
 * So each term uses D̄² − s²_D/R:
 * - V = mean_j [D̄²(A_j, B_j) − s²/R] / 2 (A and B independent rows),
 * - ST_i = mean_j [D̄²(A_j, AB_i,j) − s²/R] / (2V),
 * - S_i = 1 − mean_j [D̄²(B_j, AB_i,j) − s²/R] / (2V).
 * The corrections are unbiased term by term over the replicate streams. With noise
 * independent between points the indices are consistent as N grows, like Jansen's own.
 * Corrected indices may fall slightly outside [0, 1] by sampling error; they are not clipped.
 *
 * What common random numbers change: replicate r's streams are shared by every point, so
 * noise that depends on the point but comes from those streams does not average out over
 * the N rows: that part of the error, and the bias of the ratios, shrink with R only. The
 * bootstrap over rows cannot see it, so a delete-one-replicate jackknife (R ≥ 3) measures
 * it: `firstSe`/`totalSe` add the two in variance, and each end of the rows' percentile
 * interval is widened by the streams' Student-t half-width (R − 1 degrees of freedom). This
 * part is approximate: on Ishigami with strong point-dependent shared noise (σ = 4 times
 * 2(x1 + x2), N = 4,096, 8 sets of streams) errors reached 13 standard errors at R = 4 and
 * 4.5 at R = 16. With R = 2 it is not measured (NaN) and the intervals hold the rows' part
 * only: right for noise independent between points, too narrow otherwise. Read the
 * corrected indices beside `replicateNoise`: where its share is small, so is the correction.
 *
 * Reference: Jansen (1999); Saltelli et al. (2010), table 2, estimators (b) and (f).
 *
 * Cost: O(N·(k + 2)·R) plus the same per bootstrap resample on N-row sums.
 *
 * @param values - replicate values in design order: point p's R values at p·R … p·R + R − 1
 *   (design as sobolDesign: A, B, then AB_1 … AB_k, N points each)
 * @param replicates - R ≥ 2 replicates per point, replicate r sharing its random streams
 * @param options - dimensions k, samples N, bootstrap (default 500), confidence (0.95)
 * @param rng - the bootstrap's random source
 * @returns per-input corrected indices with intervals, and the corrected output variance
 * @throws RangeError for R < 2, values not matching the design, or no variance left
 * @example
 * // f(x) = x0 (S0 = ST0 = 1), each replicate adds ±0.3 noise independent between points.
 * const rng = createRng(1);
 * const points = sobolDesign(1, 512, rng);
 * const values = points.flatMap((x) => [x[0] + 0.3 * (rng() < 0.5 ? 1 : -1), x[0] + 0.3 * (rng() < 0.5 ? 1 : -1)]);
 * const c = noiseCorrectedSobol(values, 2, { dimensions: 1, samples: 512, bootstrap: 0 }, rng);
 * Math.abs(c.indices[0].total - 1) < 0.15; // => true
 */
export function noiseCorrectedSobol(
  values: ArrayLike<number>,
  replicates: number,
  options: {
    readonly dimensions: number;
    readonly samples: number;
    readonly bootstrap?: number;
    readonly confidence?: number;
  },
  rng: RandomSource,
): { readonly indices: readonly CorrectedSobolIndex[]; readonly variance: number } {
  requireFunction('rng', rng, 'a random source (createRng(seed))');
  const { dimensions: k, samples: n, bootstrap = 500, confidence = 0.95 } = options;
  const R = replicates;
  if (!(Number.isSafeInteger(R) && R >= 2))
    throw new RangeError(
      `replicates must be an integer >= 2 to measure each pair's noise, received ${R}`,
    );
  if (values.length !== n * (k + 2) * R)
    throw new RangeError(
      `values must hold R values per design point, N·(k + 2)·R = ${n * (k + 2) * R}, received ${values.length}`,
    );
  const tail = (1 - confidence) / 2;
  const point = correctedEstimate(values, R, k, n, null, null);
  if (!(point.variance > 0))
    throw new RangeError(
      'the output varies no more than its replicate noise (corrected variance <= 0): more samples or replicates are needed',
    );
  // Rows: the bootstrap over the N base rows (the replicate streams held fixed).
  const boots = Array.from({ length: bootstrap }, () =>
    correctedEstimate(
      values,
      R,
      k,
      n,
      Int32Array.from({ length: n }, () => Math.floor(rng() * n)),
      null,
    ),
  ).filter((b) => b.variance > 0); // a resample with no variance left has no indices
  // Streams: replicate r's streams are shared by every point, so noise they share does not
  // average out over the rows; a delete-one-replicate jackknife measures that part.
  const jack =
    R >= 3
      ? Array.from({ length: R }, (_, r) => correctedEstimate(values, R, k, n, null, r))
      : null;
  // The jackknife's variance has R − 1 degrees of freedom: Student's t, not the normal.
  const t = R >= 3 ? studentTQuantile(1 - tail, R - 1) : 0;
  const summarise = (x: number, pick: (e: Estimate) => number) => {
    const draws = boots
      .map(pick)
      .filter(Number.isFinite)
      .sort((u, v) => u - v);
    const q = (p: number) => draws[Math.round(p * (draws.length - 1))] as number;
    const m = draws.reduce((a, v) => a + v, 0) / draws.length;
    const rowSe =
      draws.length === 0
        ? Number.NaN
        : Math.sqrt(draws.reduce((a, v) => a + (v - m) ** 2, 0) / Math.max(1, draws.length - 1));
    let streamSe = Number.NaN;
    if (jack !== null) {
      const d = jack.map(pick);
      const dm = d.reduce((a, v) => a + v, 0) / R;
      streamSe = Math.sqrt(((R - 1) / R) * d.reduce((a, v) => a + (v - dm) ** 2, 0));
    }
    // The two parts add in variance; each end of the rows' percentile interval is widened
    // by the streams' half-width.
    const extra = Number.isFinite(streamSe) ? t * streamSe : 0;
    const low = draws.length > 0 ? Math.min(q(tail), x) : Number.NaN;
    const high = draws.length > 0 ? Math.max(q(1 - tail), x) : Number.NaN;
    return {
      low: x - Math.hypot(x - low, extra),
      high: x + Math.hypot(high - x, extra),
      se: Number.isFinite(streamSe) ? Math.hypot(rowSe, streamSe) : rowSe,
      streamSe,
    };
  };
  const indices = point.first.map((s, i): CorrectedSobolIndex => {
    const t = point.total[i] as number;
    const fi = summarise(s, (e) => e.first[i] as number);
    const ti = summarise(t, (e) => e.total[i] as number);
    return {
      first: s,
      firstLow: fi.low,
      firstHigh: fi.high,
      firstSe: fi.se,
      firstStreamSe: fi.streamSe,
      total: t,
      totalLow: ti.low,
      totalHigh: ti.high,
      totalSe: ti.se,
      totalStreamSe: ti.streamSe,
    };
  });
  return { indices, variance: point.variance };
}

interface Estimate {
  readonly variance: number;
  readonly first: readonly number[];
  readonly total: readonly number[];
}

/**
 * The corrected estimators over the given rows (null: all N) and replicates (all R, or all
 * but `skip`): each squared mean difference less its pair's noise, s²_D/R.
 */
function correctedEstimate(
  values: ArrayLike<number>,
  R: number,
  k: number,
  n: number,
  rows: Int32Array | null,
  skip: number | null,
): Estimate {
  const used = skip === null ? R : R - 1;
  // Mean over rows of D̄² − s²_D/used for the pair of points p·N + j and q·N + j.
  const term = (p: number, q: number): number => {
    let total = 0;
    for (let i = 0; i < n; i++) {
      const j = rows === null ? i : (rows[i] as number);
      const x = (p * n + j) * R;
      const y = (q * n + j) * R;
      let mean = 0;
      for (let r = 0; r < R; r++)
        if (r !== skip) mean += (values[x + r] as number) - (values[y + r] as number);
      mean /= used;
      let ss = 0;
      for (let r = 0; r < R; r++)
        if (r !== skip) ss += ((values[x + r] as number) - (values[y + r] as number) - mean) ** 2;
      total += mean * mean - ss / (used - 1) / used;
    }
    return total / n;
  };
  const variance = term(0, 1) / 2;
  return {
    variance,
    first: Array.from({ length: k }, (_, i) => 1 - term(1, 2 + i) / (2 * variance)),
    total: Array.from({ length: k }, (_, i) => term(0, 2 + i) / (2 * variance)),
  };
}
