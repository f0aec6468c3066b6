import { buildModel, type ModelShape } from '../src/hawkes/fit/buildModels.js';
import { fitModel } from '../src/hawkes/fit/fitModel.js';
import type { ModelSpec } from '../src/hawkes/fit/ModelSpec.js';
import { profileInterval } from '../src/hawkes/fit/profileInterval.js';
import { recalibrated } from '../src/hawkes/fit/strikeResponseCutoff.js';
import { fitHawkes } from '../src/hawkes/fitHawkes.js';
import { simulateMultivariateHawkes } from '../src/hawkes/simulateMultivariateHawkes.js';
import { createRng } from '../src/random/createRng.js';
import { chiSquareQuantile } from '../src/stats/chiSquare.js';

/** The true strike response of the strike-coverage records. */
export const STRIKE_TRUTH = -2;

/** The model the strike-coverage checks fit: self-exciting, no trend, responding to strikes. */
export const STRIKE_SHAPE: ModelShape = { excitation: true, trend: false, strikes: 'response' };

/**
 * A family of strike-coverage records: the truth they are simulated from and how strikes
 * fall. The defaults are the family the slow test checks (μ 0.5, n 0.3, β 1, r −2, δ 0.5,
 * a strike every 5 days from day 2.5).
 */
export interface StrikeFamily {
  /** Baseline attack rate μ (per day). */
  readonly baseline: number;
  /** True strike response r (extra attacks per strike; negative deters). */
  readonly response: number;
  /** Days of record per strike: the horizon is `strikes · every`. */
  readonly every: number;
  /**
   * 'regular': strikes `every` days apart from `every / 2`; 'poisson': the same number of
   * strikes at uniform random times over the horizon (a Poisson process given its count).
   */
  readonly spacing: 'regular' | 'poisson';
}

/** The family the slow test and the earlier measurements use. */
export const DEFAULT_FAMILY: StrikeFamily = {
  baseline: 0.5,
  response: STRIKE_TRUTH,
  every: 5,
  spacing: 'regular',
};

/**
 * One record of the strike-coverage checks (the slow test and the scripts beside this
 * file): μ = 0.5, n = 0.3, β = 1; `strikes` strikes 5 days apart from day 2.5, each with
 * response r = −2 spread at δ = 0.5, over 5 days a strike; and the strike model built on it.
 * `family` changes the baseline, the response, the days per strike or the spacing; Poisson
 * strike times are drawn from the stream `${seed}/strikes`, apart from the attacks' stream.
 */
export function strikeCoverageRecord(
  strikes: number,
  seed: string,
  family: StrikeFamily = DEFAULT_FAMILY,
): { times: Float64Array; spec: ModelSpec; strikeTimes: number[]; horizon: number } {
  const horizon = family.every * strikes;
  const strikeTimes =
    family.spacing === 'regular'
      ? Array.from({ length: strikes }, (_, j) => family.every * (j + 0.5))
      : poissonStrikeTimes(strikes, horizon, seed);
  const shocks = {
    times: strikeTimes,
    response: strikeTimes.map(() => [family.response]),
    decay: [0.5],
  };
  const [times] = simulateMultivariateHawkes(
    { baseline: [family.baseline], branchingRatio: [[0.3]], decay: [1] },
    { horizon, seed, shocks },
  ).times as [Float64Array];
  const spec = buildModel(times, horizon, STRIKE_SHAPE, { times: strikeTimes });
  return { times, spec, strikeTimes, horizon };
}

/** `count` sorted uniform times on (0, horizon), distinct, from the stream `${seed}/strikes`. */
function poissonStrikeTimes(count: number, horizon: number, seed: string): number[] {
  const rng = createRng(seed).fork('strikes');
  const times = Array.from({ length: count }, () => horizon * rng()).sort((a, b) => a - b);
  // Alea draws are multiples of 2⁻³², so two strikes at one instant are possible in principle.
  for (let j = 1; j < times.length; j++)
    if ((times[j] as number) <= (times[j - 1] as number))
      throw new Error(`record ${seed}: two strikes drawn at one time; pick another seed`);
  return times;
}

/**
 * The strike response's 95% profile interval for one record as fitHawkes draws it, at χ²₁
 * and, given `bootstrap`, also with each end recalibrated by the signed-root bootstrap
 * (`replicates` records per end). Only the strike response is profiled, which is all the
 * coverage checks need.
 */
export function strikeResponseIntervals(
  record: ReturnType<typeof strikeCoverageRecord>,
  bootstrap?: { readonly replicates: number; readonly seed: string },
): {
  chiSquare: { lower: number; upper: number };
  bootstrap: { lower: number; upper: number } | null;
} {
  const { spec, strikeTimes, horizon } = record;
  const fit = fitModel(spec, { intervals: 'none', standardErrors: false });
  const theta = fit.estimates.map((e) => e.value);
  const index = spec.parameters.findIndex((p) => p.name === 'strikeResponse');
  const drop = chiSquareQuantile(0.95, 1) / 2;
  const chi = profileInterval(spec, new Map(), index, theta, fit.logLikelihood, drop);
  const chiSquare = { lower: chi.lower, upper: chi.upper };
  if (bootstrap === undefined) return { chiSquare, bootstrap: null };
  const withInterval = {
    ...fit,
    logPosterior: fit.logLikelihood,
    estimates: fit.estimates.map((e, i) =>
      i === index
        ? {
            ...e,
            ...chiSquare,
            lowerOpen: chi.lowerOpen,
            upperOpen: chi.upperOpen,
            intervalMethod: 'profile' as const,
          }
        : e,
    ),
    profileEnds: { strikeResponse: { lower: chi.lowerTheta, upper: chi.upperTheta } },
  };
  const { fit: calibrated } = recalibrated(
    spec,
    STRIKE_SHAPE,
    { times: strikeTimes },
    horizon,
    withInterval,
    {},
    {
      ...bootstrap,
      confidence: 0.95,
      onReplicate: () => {},
      requested: 'bootstrap',
      reason: 'asked for',
    },
  );
  const response = calibrated.estimates[index];
  return {
    chiSquare,
    bootstrap: { lower: response?.lower as number, upper: response?.upper as number },
  };
}

/**
 * The strike response's 95% interval on coverage record `index` (seed
 * `strike-coverage-${index}`, of `family`) as a plain `fitHawkes(times, { horizon, strikes })`
 * draws it (the default cut-off; no model comparison, no Poisson test), with the cut-off it
 * used and the χ²₁ interval it started from (each bootstrap end's `simulatedAt`).
 */
export function defaultStrikeInterval(
  strikes: number,
  index: number,
  family: StrikeFamily = DEFAULT_FAMILY,
): {
  index: number;
  events: number;
  method: 'bootstrap' | 'chiSquare';
  interval: { lower: number; upper: number };
  chiSquare: { lower: number; upper: number };
} {
  const { times, strikeTimes, horizon } = strikeCoverageRecord(
    strikes,
    `strike-coverage-${index}`,
    family,
  );
  const fit = fitHawkes(times, {
    horizon,
    strikes: { times: strikeTimes },
    compare: false,
    bootstrap: 0,
    seed: `strike-coverage-cutoff-${index}`,
  });
  const response = fit.estimates.find((e) => e.name === 'strikeResponse');
  const cutoff = fit.strikeResponseCutoff;
  if (response === undefined || response.lower === null || response.upper === null || !cutoff)
    throw new Error(`record ${index}: the fit drew no profile interval for strikeResponse`);
  return {
    index,
    events: times.length,
    method: cutoff.method,
    interval: { lower: response.lower, upper: response.upper },
    chiSquare: {
      lower: cutoff.lower?.simulatedAt ?? response.lower,
      upper: cutoff.upper?.simulatedAt ?? response.upper,
    },
  };
}
