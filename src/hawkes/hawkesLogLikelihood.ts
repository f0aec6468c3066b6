import { type HawkesParams, validateHawkesParams } from './HawkesParams.js';
import { validateEventTimes } from './validateEventTimes.js';

/**
 * Log-likelihood of event times under an exponential-kernel Hawkes process observed on
 * [0, horizon], from an empty history.
 *
 * ℓ = Σ_i log λ(t_i) − Λ(T), with λ(t_i) = μ + nβ·A_i and A_i = Σ_{j<i} e^{−β(t_i−t_j)}
 * computed by Ozaki's (1979) recursion A_i = e^{−β(t_i−t_{i−1})}(1 + A_{i−1}), and the
 * compensator Λ(T) = μT + n·Σ_i (1 − e^{−β(T−t_i)}). Cost O(n).
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
export function hawkesLogLikelihood(times: ArrayLike<number>, params: HawkesParams, horizon: number): number {
  validateHawkesParams(params);
  validateEventTimes(times, horizon);
  return logLikelihoodUnchecked(times, params.baseline, params.branchingRatio, params.decay, horizon);
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
  let tail = 0;
  for (let i = 0; i < times.length; i++) {
    const t = times[i] as number;
    if (i > 0) a = Math.exp(-beta * (t - previous)) * (1 + a);
    sumLog += Math.log(mu + k * a);
    tail -= Math.expm1(-beta * (horizon - t));
    previous = t;
  }
  return sumLog - mu * horizon - n * tail;
}
