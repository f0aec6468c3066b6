import type { RandomSource } from '../random/createRng.js';
import { createCountSampler } from './createCountSampler.js';

/** The salvo-size parameters of one militia (the `rockets` field of its spec). */
export interface SalvoSize {
  readonly mean: number;
  readonly dispersion: number;
  readonly largeShare: number;
  readonly largeMean: number;
  readonly largeDispersion: number;
}

/**
 * A sampler of the rockets of one attack: a two-component mixture where, with probability s
 * (`largeShare`), the attack is a large salvo 1 + NB(M − 1, K), otherwise a small one
 * 1 + NB(m − 1, k); NB(μ, k) is the negative binomial with mean μ and variance μ + μ²/k.
 *
 * Why: most attacks are a handful of rockets or mortar rounds and a few are salvos of
 * thirty or more; one negative binomial around the largest documented salvo makes every
 * attack large. The mixture's few parameters each mean something a reader can check.
 *
 * Moments, with Y_i = 1 + NB(μ_i, k_i), E[Y_i] = 1 + μ_i, Var[Y_i] = μ_i + μ_i²/k_i:
 *   E[X] = (1 − s)·E[Y_small] + s·E[Y_large],
 *   Var[X] = (1 − s)·(Var[Y_small] + E[Y_small]²) + s·(Var[Y_large] + E[Y_large]²) − E[X]².
 *
 * Each draw takes two uniforms: one chooses the component (even when s is 0 or 1), one
 * inverts its cumulative table (createCountSampler). Built once per scenario.
 *
 * @param salvo - mean, dispersion (small salvo), largeShare, largeMean, largeDispersion
 * @returns a sampler taking a uniform source, giving an integer ≥ 1
 * @example
 * createSalvoSampler({ mean: 1, dispersion: 1, largeShare: 0, largeMean: 30, largeDispersion: 10 })(createRng(7));
 * // => 1
 */
export function createSalvoSampler(salvo: SalvoSize): (rng: RandomSource) => number {
  const small = createCountSampler(salvo.mean - 1, salvo.dispersion);
  const large = createCountSampler(salvo.largeMean - 1, salvo.largeDispersion);
  const share = salvo.largeShare;
  return (rng) => 1 + (rng() < share ? large(rng) : small(rng));
}
