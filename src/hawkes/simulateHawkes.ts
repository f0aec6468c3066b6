import { type HawkesParams, validateHawkesParams } from './HawkesParams.js';
import {
  capWarning,
  finishTimes,
  grow,
  resolveSimulationOptions,
  type SimulationOptions,
  type SimulationResult,
} from './simulationOptions.js';

/**
 * Simulate an exponential-kernel Hawkes process on [0, horizon] from an empty start by
 * Ogata's (1981) thinning.
 *
 * Between events the intensity only decays, so its value just after the current point
 * bounds it until the next candidate: draw a candidate gap from Exp(bound), decay the
 * excitation, and accept with probability λ(candidate)/bound. Cost O(1) per candidate;
 * the excitation is a running sum, never a sum over the history.
 *
 * Reference: Y. Ogata (1981), On Lewis' simulation method for point processes, IEEE Trans.
 * Inf. Theory 27(1), 23–31.
 *
 * @param params - baseline (per day), branchingRatio, decay (per day)
 * @param options - `horizon`, `seed` or `rng`, and `maxEvents` (required when n ≥ 1; default a
 *   million, with a warning when it stops the run)
 * @returns event times, and whether the cap cut the run short (with a warning)
 * @throws RangeError for invalid parameters, or n ≥ 1 without `maxEvents`
 * @example
 * const { times } = simulateHawkes({ baseline: 0.2, branchingRatio: 0.5, decay: 1 }, { horizon: 365, seed: 1 });
 * times.length; // => about 146 on average (E[N(365)] ≈ 145.6)
 */
export function simulateHawkes(params: HawkesParams, options: SimulationOptions): SimulationResult {
  validateHawkesParams(params);
  const { rng, cap, capIsDefault } = resolveSimulationOptions(options, params.branchingRatio);
  const { baseline: mu, branchingRatio: n, decay: beta } = params;
  const horizon = options.horizon;
  const jump = n * beta;
  // Room for the expected count and a margin (so a typical run never regrows), capped.
  const expected = n < 1 ? (mu * horizon) / (1 - n) : mu * horizon;
  let buffer = new Float64Array(Math.min(1 << 22, Math.ceil(1.25 * expected) + 64));
  let count = 0;
  let t = 0;
  let excitation = 0;
  while (count < cap) {
    const bound = mu + excitation;
    // 1 − U is in (0, 1], so the logarithm is finite; with nothing left to fire (bound 0)
    // the gap is infinite and the run ends.
    const gap = -Math.log(1 - rng()) / bound;
    t += gap;
    if (!(t <= horizon)) break;
    excitation *= Math.exp(-beta * gap);
    if (rng() * bound <= mu + excitation) {
      if (count === buffer.length) buffer = grow(buffer);
      buffer[count++] = t;
      excitation += jump;
    }
  }
  const reachedCap = count >= cap;
  return {
    times: finishTimes(buffer, count),
    horizon,
    reachedCap,
    warnings: reachedCap ? [capWarning(cap, t, capIsDefault)] : [],
  };
}
