import { type HawkesParams, validateHawkesParams } from './HawkesParams.js';
import { validateEventTimes } from './validateEventTimes.js';

/** The compensator Λ(t) = ∫₀ᵗ λ(s) ds at each event time and at the horizon. */
export interface Compensator {
  /** Λ(t_i) for each event i; the increments Λ(t_i) − Λ(t_{i−1}) are the rescaled gaps. */
  readonly atEvents: Float64Array;
  /** Λ(T), the expected number of events on [0, T] given the history. */
  readonly atHorizon: number;
}

/**
 * Compensator of an exponential-kernel Hawkes process along an observed sequence:
 * Λ(t) = μt + n Σ_{t_i < t} (1 − e^{−β(t − t_i)}), computed in O(n) with the running sum
 * S(t) = Σ_{t_i < t} e^{−β(t−t_i)}: between events Λ grows by μΔ + n·S·(1 − e^{−βΔ}).
 *
 * By the time-rescaling theorem (Papangelou 1972; Brown et al. 2002) the values Λ(t_i) form
 * a unit-rate Poisson process when the model is right; see `timeRescaling`.
 *
 * @param times - strictly increasing event times in days, within [0, horizon]
 * @param params - baseline (per day), branchingRatio, decay (per day)
 * @param horizon - end of observation in days
 * @returns `{ atEvents, atHorizon }`
 * @throws RangeError for invalid times or parameters
 * @example
 * hawkesCompensator([1, 2], { baseline: 0.5, branchingRatio: 0.5, decay: 1 }, 3).atEvents;
 * // => Float64Array [0.5, 1.316060279…]
 */
export function hawkesCompensator(
  times: ArrayLike<number>,
  params: HawkesParams,
  horizon: number,
): Compensator {
  validateHawkesParams(params);
  validateEventTimes(times, horizon);
  const { baseline: mu, branchingRatio: n, decay: beta } = params;
  const atEvents = new Float64Array(times.length);
  // Accumulate non-negative increments μΔ + n·S·(1 − e^{−βΔ}) so that the result never
  // decreases, even between events a rounding error apart.
  let s = 0;
  let total = 0;
  let previous = 0;
  for (let i = 0; i < times.length; i++) {
    const t = times[i] as number;
    const gap = t - previous;
    const decayed = -Math.expm1(-beta * gap);
    total += mu * gap + n * s * decayed;
    atEvents[i] = total;
    s = s * (1 - decayed) + 1;
    previous = t;
  }
  const gap = horizon - previous;
  const atHorizon = total + mu * gap + n * s * -Math.expm1(-beta * gap);
  return { atEvents, atHorizon };
}
