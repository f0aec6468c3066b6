import { type HawkesParams, validateHawkesParams } from './HawkesParams.js';
import { validateEventTimes } from './validateEventTimes.js';

/**
 * Log-likelihood of event times under an exponential-kernel Hawkes process observed on
 * [0, horizon], from an empty history.
 *
 * ℓ = Σ_i log λ(t_i) − Λ(T), with λ(t_i) = μ + nβ·A_i and A_i = Σ_{j<i} e^{−β(t_i−t_j)}
 * computed by Ozaki's (1979) recursion A_i = e^{−β(t_i−t_{i−1})}(1 + A_{i−1}), and the
 * compensator Λ(T) = μT + n·Σ_i (1 − e^{−β(T−t_i)}), whose sum is the count minus the same
 * recursion carried to T. Cost O(n): one exp per event, and one log per block of events
 * (the log of a running product, flushed before it leaves [1e-100, 1e100]).
 *
 * Reference: T. Ozaki (1979), Maximum likelihood estimation of Hawkes' self-exciting point
 * processes, Ann. Inst. Statist. Math. 31, 145–155.
 *
 * @param times - strictly increasing event times in days, within [0, horizon]
 * @param params - baseline (per day), branchingRatio, decay (per day)
 * @param horizon - end of observation in days
 * @returns the log-likelihood; −Infinity when an event falls where the intensity is 0
 * @throws RangeError for invalid times (naming the index) or parameters (naming the field)
 * @example
 * hawkesLogLikelihood([1, 2, 3.5, 7, 7.2], { baseline: 0.5, branchingRatio: 2 / 3, decay: 1.2 }, 10);
 * // => -10.214693667741852
 */
export function hawkesLogLikelihood(
  times: ArrayLike<number>,
  params: HawkesParams,
  horizon: number,
): number {
  validateHawkesParams(params);
  validateEventTimes(times, horizon);
  return logLikelihoodUnchecked(
    times,
    params.baseline,
    params.branchingRatio,
    params.decay,
    horizon,
  );
}

/** The recursion itself, for callers that validated once (the optimiser's inner loop). */
export function logLikelihoodUnchecked(
  times: ArrayLike<number>,
  mu: number,
  n: number,
  beta: number,
  horizon: number,
): number {
  const k = n * beta;
  let a = 0;
  let previous = 0;
  let sumLog = 0;
  let product = 1;
  const count = times.length;
  for (let i = 0; i < count; i++) {
    const t = times[i] as number;
    if (i > 0) a = Math.exp(-beta * (t - previous)) * (1 + a);
    // Σ log λ_i as the log of running products: one log per block instead of one per event.
    product *= mu + k * a;
    if (product > 1e100 || product < 1e-100) {
      sumLog += Math.log(product);
      product = 1;
    }
    previous = t;
  }
  sumLog += Math.log(product);
  // Σ_i (1 − e^{−β(T−t_i)}) = n − S(T), with S(T) the recursion carried to the horizon.
  const tail = count === 0 ? 0 : count - Math.exp(-beta * (horizon - previous)) * (1 + a);
  return sumLog - mu * horizon - n * tail;
}
