import type { RandomSource } from '../random/createRng.js';
import { type StreamState, streamDraw } from '../random/streamDraw.js';
import {
  type CountTable,
  createCountTable,
  invertCount,
  sampleCount,
} from './createCountSampler.js';

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
  const { share, small, large } = createSalvoTable(salvo);
  return (rng) => 1 + sampleCount(rng() < share ? large : small, rng);
}

/** The mixture's share of large salvos and the tables of its two components. */
export interface SalvoTable {
  readonly share: number;
  readonly small: CountTable;
  readonly large: CountTable;
}

/**
 * Precompute a salvo-size mixture (see createSalvoSampler) for drawSalvo.
 *
 * @param salvo - mean, dispersion, largeShare, largeMean, largeDispersion
 * @returns the share and the two components' tables
 * @example
 * createSalvoTable({ mean: 1, dispersion: 1, largeShare: 0, largeMean: 30, largeDispersion: 10 }).share;
 * // => 0
 */
export function createSalvoTable(salvo: SalvoSize): SalvoTable {
  return {
    share: salvo.largeShare,
    small: createCountTable(salvo.mean - 1, salvo.dispersion),
    large: createCountTable(salvo.largeMean - 1, salvo.largeDispersion),
  };
}

/**
 * One salvo drawn from a stream state: the draws createSalvoSampler makes from the same
 * stream, without a call through a closure for each uniform (the engine draws one at every
 * attack).
 *
 * @param salvo - from createSalvoTable
 * @param stream - the stream's state (mutated)
 * @param rng - a uniform source over the same stream (for a component with a mean over
 *   1000, drawn as a gamma–Poisson mixture)
 * @returns the rockets, an integer ≥ 1
 * @example
 * const state = createStreamState();
 * drawSalvo(createSalvoTable({ mean: 1, dispersion: 1, largeShare: 0, largeMean: 30, largeDispersion: 10 }), state, streamSource(state));
 * // => 1
 */
export function drawSalvo(salvo: SalvoTable, stream: StreamState, rng: RandomSource): number {
  const count = streamDraw(stream) < salvo.share ? salvo.large : salvo.small;
  // No table: no draw for a mean of 0, the mixture for a huge one.
  if (count.table.length === 0) return 1 + sampleCount(count, rng);
  return 1 + invertCount(count, streamDraw(stream));
}
