import { buildModel, type ModelShape } from '../src/hawkes/fit/buildModels.js';
import { fitModel } from '../src/hawkes/fit/fitModel.js';
import type { ModelSpec } from '../src/hawkes/fit/ModelSpec.js';
import { profileInterval } from '../src/hawkes/fit/profileInterval.js';
import { recalibrated } from '../src/hawkes/fit/strikeResponseCutoff.js';
import { fitHawkes } from '../src/hawkes/fitHawkes.js';
import { simulateMultivariateHawkes } from '../src/hawkes/simulateMultivariateHawkes.js';
import { chiSquareQuantile } from '../src/stats/chiSquare.js';

/** The true strike response of the strike-coverage records. */
export const STRIKE_TRUTH = -2;

/** The model the strike-coverage checks fit: self-exciting, no trend, responding to strikes. */
export const STRIKE_SHAPE: ModelShape = { excitation: true, trend: false, strikes: 'response' };

/**
 * One record of the strike-coverage checks (the slow test and the two scripts beside this
 * file): μ = 0.5, n = 0.3, β = 1; `strikes` strikes 5 days apart from day 2.5, each with
 * response r = −2 spread at δ = 0.5, over 5 days a strike; and the strike model built on it.
 */
export function strikeCoverageRecord(
  strikes: number,
  seed: string,
): { times: Float64Array; spec: ModelSpec; strikeTimes: number[]; horizon: number } {
  const horizon = 5 * strikes;
  const strikeTimes = Array.from({ length: strikes }, (_, j) => 2.5 + 5 * j);
  const shocks = {
    times: strikeTimes,
    response: strikeTimes.map(() => [STRIKE_TRUTH]),
    decay: [0.5],
  };
  const [times] = simulateMultivariateHawkes(
    { baseline: [0.5], branchingRatio: [[0.3]], decay: [1] },
    { horizon, seed, shocks },
  ).times as [Float64Array];
  const spec = buildModel(times, horizon, STRIKE_SHAPE, { times: strikeTimes });
  return { times, spec, strikeTimes, horizon };
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
 * `strike-coverage-${index}`) as a plain `fitHawkes(times, { horizon, strikes })` draws it
 * (the default cut-off; no model comparison, no Poisson test), with the cut-off it used and
 * the χ²₁ interval it started from (each bootstrap end's `simulatedAt`).
 */
export function defaultStrikeInterval(
  strikes: number,
  index: number,
): {
  index: number;
  events: number;
  method: 'bootstrap' | 'chiSquare';
  interval: { lower: number; upper: number };
  chiSquare: { lower: number; upper: number };
} {
  const { times, strikeTimes, horizon } = strikeCoverageRecord(strikes, `strike-coverage-${index}`);
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
