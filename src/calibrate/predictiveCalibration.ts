import { createRng } from '../random/createRng.js';
import { chiSquareSurvival } from '../stats/chiSquare.js';
import { type KsTestResult, ksTest } from '../stats/ksTest.js';
import { normalSurvival } from '../stats/normalCdf.js';
import { requireArrayLike } from '../util/requireArgument.js';
import type { PredictedStatistic } from './Posterior.js';

/** How often a level's central predictive intervals held the observed value. */
export interface IntervalCoverage {
  /** The nominal level, 0.5 or 0.9. */
  readonly level: number;
  /** Cases whose observed value fell in the interval. */
  readonly covered: number;
  /** Expected covered cases if the predictions are calibrated: the sum of the intervals' masses. */
  readonly expected: number;
  /** Its binomial (Poisson-binomial) standard deviation. */
  readonly sd: number;
  /** (covered − expected) / sd, and its two-sided normal p-value. */
  readonly z: number;
  readonly pValue: number;
}

/** Whether held-out predictions are calibrated: randomised PIT values and their tests. */
export interface PredictiveCalibration {
  readonly n: number;
  /** Randomised probability integral transform of each observed value: uniform if calibrated. */
  readonly pit: readonly number[];
  /** Counts of PIT values in equal bins of [0, 1]. */
  readonly histogram: readonly number[];
  /** Pearson chi-square of the histogram against uniform, bins − 1 degrees of freedom. */
  readonly chiSquare: { readonly statistic: number; readonly df: number; readonly pValue: number };
  /** Kolmogorov–Smirnov test of the PIT values against the uniform. */
  readonly ks: KsTestResult;
  readonly intervals: readonly IntervalCoverage[];
}

/**
 * Check that predictions of held-out windows are calibrated: over many cases (records the
 * calibration did not see), the randomised probability integral transform of each observed
 * value, PIT = P(X < x) + U·P(X = x) with U uniform, is uniform on [0, 1] exactly when the
 * predictive distributions are right (Czado, Gneiting & Held 2009, Biometrics 65, 1254, for
 * counts). A ∪-shaped histogram says the intervals are too narrow, ∩-shaped too wide, a
 * slope says biased. The 50% and 90% central intervals are checked too: covered counts
 * against the sum of each interval's predictive mass (which exceeds the nominal level for
 * counts), with its binomial standard deviation.
 *
 * @param predictions - one predicted statistic per case, each with its observed value
 * @param options - `seed` for the U draws (the same seed gives the same PIT values); `bins`
 *   for the histogram (default 10)
 * @returns PIT values, histogram, chi-square and KS tests, and interval coverage
 * @throws RangeError naming a case without an observed value, or bad bins
 * @example
 * const p = { statistic: 'attacks', observed: 2, mean: 2, q05: 0, q25: 1, median: 2, q75: 3,
 *   q95: 4, mass50: 0.6, mass90: 0.95, upperTail: 0.5, lowerTail: 0.4, tieMass: 0.2 };
 * predictiveCalibration([p, p], { seed: 1 }).intervals[0]?.covered; // => 2
 */
export function predictiveCalibration(
  predictions: readonly PredictedStatistic[],
  options: { readonly seed: number | string; readonly bins?: number },
): PredictiveCalibration {
  requireArrayLike(
    'predictions',
    predictions,
    'an array of predicted statistics (posterior.predictions[k].statistics[j])',
  );
  if (options === null || typeof options !== 'object' || options.seed === undefined)
    throw new RangeError('options.seed is required: it draws the randomisation of tied counts');
  const bins = options.bins ?? 10;
  if (!(Number.isSafeInteger(bins) && bins >= 2 && bins <= 1000))
    throw new RangeError(`bins must be an integer in [2, 1000], received ${bins}`);
  if (predictions.length === 0)
    throw new RangeError('predictions must hold at least one case, received 0');
  const rng = createRng(options.seed);
  const pit = predictions.map((p, i) => {
    if (p?.observed === null || p?.lowerTail == null || p?.tieMass == null)
      throw new RangeError(
        `predictions[${i}] must have an observed value and its tail masses (a window the record covers)`,
      );
    return Math.min(1, p.lowerTail + rng() * p.tieMass);
  });
  const n = pit.length;
  const histogram = new Array<number>(bins).fill(0);
  for (const u of pit) {
    const b = Math.min(bins - 1, Math.floor(u * bins));
    histogram[b] = (histogram[b] as number) + 1;
  }
  const e = n / bins;
  const statistic = histogram.reduce((s, o) => s + (o - e) ** 2 / e, 0);
  const intervals = (
    [
      [0.5, 'q25', 'q75', 'mass50'],
      [0.9, 'q05', 'q95', 'mass90'],
    ] as const
  ).map(([level, lo, hi, mass]): IntervalCoverage => {
    const covered = predictions.filter(
      (p) => (p.observed as number) >= p[lo] && (p.observed as number) <= p[hi],
    ).length;
    const expected = predictions.reduce((s, p) => s + p[mass], 0);
    const sd = Math.sqrt(predictions.reduce((s, p) => s + p[mass] * (1 - p[mass]), 0));
    const z = sd > 0 ? (covered - expected) / sd : 0;
    return {
      level,
      covered,
      expected,
      sd,
      z,
      pValue: Math.min(1, 2 * normalSurvival(Math.abs(z))),
    };
  });
  return {
    n,
    pit,
    histogram,
    chiSquare: { statistic, df: bins - 1, pValue: chiSquareSurvival(statistic, bins - 1) },
    ks: ksTest(pit),
    intervals,
  };
}
