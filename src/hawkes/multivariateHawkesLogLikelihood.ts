import { requirePositive } from '../util/validate.js';
import {
  type ExogenousShocks,
  type MultivariateHawkesParams,
  validateMultivariateParams,
} from './MultivariateHawkesParams.js';
import { mergeStreams } from './markedEvents.js';
import { walkIntensity } from './walkIntensity.js';

/**
 * Log-likelihood of a multivariate exponential-kernel Hawkes process with optional trend
 * and exogenous shocks (strikes), whose intensity is clipped at zero where a negative
 * shock response outweighs the rest: ℓ = Σ_i log λ_{m_i}(t_i) − Σ_m ∫₀ᵀ λ_m(t) dt.
 *
 * The integral of the clipped intensity is exact: between change points the argument is a
 * sum of exponentials whose zeros are found by Rolle bracketing and bisection, and the
 * positive part is integrated in closed form. Cost O((events + shocks)·K²) for K dimensions,
 * plus root finding only on intervals where a shock response is negative.
 *
 * @param times - one strictly increasing list of event times (days) per dimension
 * @param params - baselines, branching-ratio matrix, decays, optional trends
 * @param horizon - end of observation in days
 * @param shocks - optional strikes with their (possibly negative) responses
 * @returns the log-likelihood; −Infinity when an event falls where its intensity is 0
 * @throws RangeError naming the invalid field or event
 * @example
 * multivariateHawkesLogLikelihood([[1, 2, 3.5, 7, 7.2]], { baseline: [0.5], branchingRatio: [[2 / 3]], decay: [1.2] }, 10);
 * // ≈ -10.214693667741852 (the univariate value)
 */
export function multivariateHawkesLogLikelihood(
  times: readonly ArrayLike<number>[],
  params: MultivariateHawkesParams,
  horizon: number,
  shocks?: ExogenousShocks,
): number {
  requirePositive('horizon', horizon);
  const dims = validateMultivariateParams(params, shocks);
  if (times.length !== dims)
    throw new RangeError(
      `times must have one list per dimension (${dims}), received ${times.length}`,
    );
  const walk = walkIntensity(mergeStreams(times, horizon), params, shocks, horizon, false);
  let total = walk.logIntensitySum;
  for (const integral of walk.integrals) total -= integral;
  return total;
}

/**
 * Compensators Λ_m(t) of each dimension at its own event times and at the horizon, for the
 * multivariate (clipped, trended, shocked) process of `multivariateHawkesLogLikelihood`.
 *
 * @returns per dimension, `{ atEvents, atHorizon }`
 * @throws RangeError naming the invalid field or event
 * @example
 * multivariateHawkesCompensator([[1, 2]], { baseline: [0.5], branchingRatio: [[0.5]], decay: [1] }, 3)[0].atEvents;
 * // => Float64Array [0.5, 1.316060279…]
 */
export function multivariateHawkesCompensator(
  times: readonly ArrayLike<number>[],
  params: MultivariateHawkesParams,
  horizon: number,
  shocks?: ExogenousShocks,
): { atEvents: Float64Array; atHorizon: number }[] {
  requirePositive('horizon', horizon);
  const dims = validateMultivariateParams(params, shocks);
  if (times.length !== dims)
    throw new RangeError(
      `times must have one list per dimension (${dims}), received ${times.length}`,
    );
  const events = mergeStreams(times, horizon);
  const walk = walkIntensity(events, params, shocks, horizon, true);
  const out = times.map((s, m) => ({
    atEvents: new Float64Array(s.length),
    atHorizon: walk.integrals[m] as number,
  }));
  const cursor = new Int32Array(dims);
  for (let i = 0; i < events.times.length; i++) {
    const d = events.dims[i] as number;
    (out[d] as { atEvents: Float64Array }).atEvents[cursor[d] as number] = walk
      .compensatorAtEvents?.[i] as number;
    cursor[d] = (cursor[d] as number) + 1;
  }
  return out;
}
