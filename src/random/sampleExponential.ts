import { requirePositive } from '../util/validate.js';
import type { RandomSource } from './createRng.js';

/**
 * Draw from the exponential distribution with the given rate (mean 1/rate).
 *
 * Why: waiting times between events of a Poisson process, e.g. the next candidate time in
 * Ogata thinning. Reference: inversion, X = −ln(1 − U)/rate (Devroye 1986, §II.2.1).
 * Using 1 − U ∈ (0, 1] (via log1p) means the logarithm is never of 0.
 *
 * Note: with a 32-bit source such as createRng's Alea the largest draw is
 * 32·ln 2/rate ≈ 22.2/rate (the tail beyond it has probability 2⁻³²).
 *
 * @param rng - a uniform source on [0, 1)
 * @param rate - events per unit time, > 0
 * @returns a draw x ≥ 0
 * @throws RangeError when rate is not a finite number > 0
 * @example
 * sampleExponential(createRng(42), 2); // −ln(1 − 0.68486…)/2
 * // => 0.5773746945337969
 */
export function sampleExponential(rng: RandomSource, rate: number): number {
  requirePositive('rate', rate);
  return -Math.log1p(-rng()) / rate;
}
