import type { RandomSource } from '../random/createRng.js';
import { sampleBinomial } from '../random/sampleBinomial.js';

/** Trials up to which counting Bernoulli successes beats the general sampler. */
const FEW_TRIALS = 16;

/**
 * Draw Binomial(n, p) exactly: for n ≤ 16 by counting successes of n Bernoulli trials (n
 * uniforms, no transcendental function), otherwise by sampleBinomial.
 *
 * Why: the engine draws many binomials over a handful of trials (sites struck, hits that
 * land among foreign personnel, people killed of those harmed), where the general sampler's
 * set-up, a power of 1 − p, costs more than the trials themselves.
 *
 * @param rng - a uniform source on [0, 1)
 * @param n - trials, an integer ≥ 0
 * @param p - success probability in [0, 1]
 * @returns an integer in [0, n]
 * @example
 * binomialCount(createRng(1), 5, 1); // => 5
 */
export function binomialCount(rng: RandomSource, n: number, p: number): number {
  if (n > FEW_TRIALS) return sampleBinomial(rng, n, p);
  let x = 0;
  for (let i = 0; i < n; i++) if (rng() < p) x++;
  return x;
}
