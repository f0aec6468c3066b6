import { buildModel, type ModelShape } from '../src/hawkes/fit/buildModels.js';
import type { ModelSpec } from '../src/hawkes/fit/ModelSpec.js';
import { simulateMultivariateHawkes } from '../src/hawkes/simulateMultivariateHawkes.js';

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
