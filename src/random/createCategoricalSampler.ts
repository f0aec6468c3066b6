import { requireArrayLike } from '../util/requireArgument.js';
import type { RandomSource } from './createRng.js';
import { checkedTotal } from './sampleCategorical.js';

/** A precomputed categorical distribution: call it with a generator for an index. */
export type CategoricalSampler = (rng: RandomSource) => number;

/**
 * Precompute a sampler for repeated draws from the same weights.
 *
 * Why: choosing a target base for every attack of every replicate; the weights are
 * checked and accumulated once, so each draw is one uniform and a binary search.
 *
 * Reference: inversion on the cumulative weights with binary search (Devroye 1986,
 * §III.2). It returns exactly the index {@link sampleCategorical} would return for the
 * same uniform draw, so switching between the two never changes a simulation. (Walker's
 * alias method would be O(1) rather than O(log n), but needs the uniform split into an
 * index and a fraction, which costs resolution; the weight lists here are short.)
 *
 * Cost: O(n) once; O(log n) per draw, no allocation.
 *
 * @param weights - non-negative finite numbers, not all zero (need not sum to 1); copied
 * @returns a function from a generator to an index; a zero weight is never drawn
 * @throws RangeError when weights is empty, has a negative or non-finite entry, or sums to 0
 * @example
 * const pickBase = createCategoricalSampler([1, 0, 3]);
 * pickBase(createRng(42)); // => 2
 */
export function createCategoricalSampler(weights: ArrayLike<number>): CategoricalSampler {
  requireArrayLike('weights', weights, 'an array of non-negative weights');
  const total = checkedTotal(weights);
  const n = weights.length;
  // Same additions in the same order as sampleCategorical, so identical cumulative values.
  const cumulative = new Float64Array(n);
  let sum = 0;
  let last = 0;
  for (let i = 0; i < n; i++) {
    const w = weights[i] as number;
    if (w > 0) {
      sum += w;
      last = i;
    }
    cumulative[i] = sum;
  }
  return (rng: RandomSource): number => {
    const target = rng() * total;
    // Smallest i with target < cumulative[i]; a zero weight repeats the previous
    // cumulative value, so it can never be the smallest such i.
    let lo = 0;
    let hi = n - 1;
    if (!(target < (cumulative[hi] as number))) return last;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (target < (cumulative[mid] as number)) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}
