import { requireArrayLike, requireFunction } from '../util/requireArgument.js';
import type { RandomSource } from './createRng.js';

/**
 * Draw an index i with probability weights[i] / Σ weights.
 *
 * Why: choosing a target base by weights, or any one-off choice among a few options. For
 * many draws from the same weights use {@link createCategoricalSampler}, which returns
 * the same index from the same uniform draw.
 *
 * Reference: inversion on the cumulative weights: the smallest i with U·Σw < w₀ + … + wᵢ.
 * A zero weight is never drawn. Cost: one uniform and two passes over the weights.
 *
 * @param rng - a uniform source on [0, 1)
 * @param weights - non-negative finite numbers, not all zero (need not sum to 1)
 * @returns an index into weights
 * @throws RangeError when weights is empty, has a negative or non-finite entry, or sums to 0
 * @example
 * sampleCategorical(createRng(42), [1, 0, 3]); // => 2
 */
export function sampleCategorical(rng: RandomSource, weights: ArrayLike<number>): number {
  requireFunction('rng', rng, 'a random source (createRng(seed))');
  requireArrayLike('weights', weights, 'an array of non-negative weights');
  const total = checkedTotal(weights);
  const target = rng() * total;
  let cumulative = 0;
  let last = 0;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i] as number;
    if (w === 0) continue;
    cumulative += w;
    if (target < cumulative) return i;
    last = i;
  }
  // Only when rounding put target at the total: the last index with positive weight.
  return last;
}

/**
 * Sum the weights, checking each (shared with createCategoricalSampler).
 *
 * @param weights - candidate weights
 * @returns their sum, > 0
 * @throws RangeError when weights is empty, has a negative or non-finite entry, or sums to 0
 * @example
 * checkedTotal([1, 0, 3]); // => 4
 */
export function checkedTotal(weights: ArrayLike<number>): number {
  const n = weights.length;
  if (n === 0) throw new RangeError('weights must have at least one entry, received []');
  let total = 0;
  for (let i = 0; i < n; i++) {
    const w = weights[i] as number;
    // Messages are built only on failure: this runs in hot loops.
    if (!(w >= 0 && w < Number.POSITIVE_INFINITY)) {
      throw new RangeError(`weights[${i}] must be a finite number >= 0, received ${w}`);
    }
    total += w;
  }
  if (!(total > 0)) {
    throw new RangeError(
      `weights must have a positive sum, received [${Array.from(weights).join(', ')}]`,
    );
  }
  if (!Number.isFinite(total)) {
    throw new RangeError(`weights must have a finite sum, received a sum of ${total}`);
  }
  return total;
}
