import type { RandomSource } from '../random/createRng.js';
import { sampleNegativeBinomial } from '../random/sampleNegativeBinomial.js';

/** The salvo-size parameters of one militia (the `rockets` field of its spec). */
export interface SalvoSize {
  readonly mean: number;
  readonly dispersion: number;
  readonly largeShare: number;
  readonly largeMean: number;
  readonly largeDispersion: number;
}

/**
 * Draw the rockets of one attack from a two-component mixture: with probability s
 * (`largeShare`) a large salvo 1 + NB(M − 1, K), otherwise a small one 1 + NB(m − 1, k),
 * where NB(μ, k) is the negative binomial with mean μ and variance μ + μ²/k.
 *
 * Why: most attacks are a handful of rockets or mortar rounds and a few are salvos of
 * thirty or more; one negative binomial around the largest documented salvo makes every
 * attack large. The mixture's few parameters each mean something a reader can check.
 *
 * Moments, with Y_i = 1 + NB(μ_i, k_i), E[Y_i] = 1 + μ_i, Var[Y_i] = μ_i + μ_i²/k_i:
 *   E[X] = (1 − s)·E[Y_small] + s·E[Y_large],
 *   Var[X] = (1 − s)·(Var[Y_small] + E[Y_small]²) + s·(Var[Y_large] + E[Y_large]²) − E[X]².
 *
 * One uniform always chooses the component, even when s is 0 or 1, so the number of draws
 * does not depend on whether the share is at a bound.
 *
 * @param rng - a uniform source on [0, 1)
 * @param salvo - mean, dispersion (small salvo), largeShare, largeMean, largeDispersion
 * @returns an integer ≥ 1
 * @example
 * sampleRockets(createRng(7), { mean: 4, dispersion: 1, largeShare: 0, largeMean: 30, largeDispersion: 10 }) >= 1;
 * // => true
 */
export function sampleRockets(rng: RandomSource, salvo: SalvoSize): number {
  const large = rng() < salvo.largeShare;
  const mean = (large ? salvo.largeMean : salvo.mean) - 1;
  if (mean <= 0) return 1;
  return 1 + sampleNegativeBinomial(rng, mean, large ? salvo.largeDispersion : salvo.dispersion);
}
