import { requireArrayLike } from '../util/requireArgument.js';
import type { RandomSource } from './createRng.js';
import { checkedTotal } from './sampleCategorical.js';

/** A precomputed categorical distribution: call it with a generator for an index. */
export type CategoricalSampler = (rng: RandomSource) => number;

/**
 * Precompute a sampler for repeated draws from the same weights.
 *
 * Why: choosing a target base for every attack of every replicate; the weights are
 * checked and accumulated once, so each draw is one uniform, a table look-up and a
 * step or two.
 *
 * Reference: inversion on the cumulative weights with a guide table (Chen and Asau 1974;
 * Devroye 1986, §III.2.4). It returns exactly the index {@link sampleCategorical} would return for the
 * same uniform draw, so switching between the two never changes a simulation. (Walker's
 * alias method would be O(1) rather than O(log n), but needs the uniform split into an
 * index and a fraction, which costs resolution; the weight lists here are short.)
 *
 * Cost: O(n) once; O(1) expected per draw, no allocation.
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
  // Guide table (Chen and Asau 1974): cell j holds the answer for u = j/cells, a lower
  // bound of the answer for every u in the cell (u·total is monotone in u, rounding
  // included), so a draw starts there and steps up at most a few entries.
  let cells = 1;
  while (cells < 2 * n) cells *= 2;
  const guide = new Int32Array(cells);
  for (let j = 0, x = 0; j < cells; j++) {
    const start = (j / cells) * total;
    while (x < n - 1 && !(start < (cumulative[x] as number))) x++;
    guide[j] = x;
  }
  const top = cumulative[n - 1] as number;
  return (rng: RandomSource): number => {
    const u = rng();
    const target = u * total;
    // Smallest i with target < cumulative[i]; a zero weight repeats the previous
    // cumulative value, so it can never be the smallest such i.
    if (!(target < top)) return last;
    // u·cells is exact (cells is a power of two), so its floor is the cell of u; a source
    // below 0 (out of contract) starts at 0, where the answer is what a search would give.
    let x = u > 0 ? (guide[Math.floor(u * cells)] as number) : 0;
    while (!(target < (cumulative[x] as number))) x++;
    return x;
  };
}
