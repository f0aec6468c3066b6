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
  const table = createCategoricalTable(weights);
  return (rng: RandomSource): number => invertCategorical(table, rng());
}

/**
 * What createCategoricalSampler precomputes: the cumulative weights and the guide table. A
 * plain object of one shape, so an engine draws from any of them through the same code.
 */
export interface CategoricalTable {
  readonly total: number;
  /** The cumulative weights' last value, and the last index with a positive weight. */
  readonly top: number;
  readonly last: number;
  readonly cumulative: Float64Array;
  readonly guide: Int32Array;
}

/**
 * Check the weights and precompute their inversion tables (see createCategoricalSampler).
 *
 * @param weights - non-negative finite numbers, not all zero; copied
 * @returns the tables
 * @throws RangeError when weights is empty, has a negative or non-finite entry, or sums to 0
 * @example
 * invertCategorical(createCategoricalTable([1, 0, 3]), 0.5); // => 2
 */
export function createCategoricalTable(weights: ArrayLike<number>): CategoricalTable {
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
  return { total, top: cumulative[n - 1] as number, last, cumulative, guide };
}

/**
 * The index a uniform u picks: the smallest i with u·total < cumulative[i] (what
 * sampleCategorical returns for the same uniform).
 *
 * @param table - from createCategoricalTable
 * @param u - a uniform in [0, 1)
 * @returns an index with a positive weight
 * @example
 * invertCategorical(createCategoricalTable([1, 0, 3]), 0.1); // => 0
 */
export function invertCategorical(table: CategoricalTable, u: number): number {
  const target = u * table.total;
  // Smallest i with target < cumulative[i]; a zero weight repeats the previous
  // cumulative value, so it can never be the smallest such i.
  if (!(target < table.top)) return table.last;
  const { cumulative, guide } = table;
  // u·cells is exact (cells is a power of two), so its floor is the cell of u; a source
  // below 0 (out of contract) starts at 0, where the answer is what a search would give.
  let x = u > 0 ? (guide[Math.floor(u * guide.length)] as number) : 0;
  while (!(target < (cumulative[x] as number))) x++;
  return x;
}
