import type { Count } from './types.js';

/**
 * Add documented counts, carrying ranges: `3 + {3, 4}` is `{6, 7}`. Undocumented (`null`)
 * terms are left out; the sum is `null` when no term is documented.
 *
 * Why: the data set keeps casualty figures per group and source; readings and exports need
 * totals per side or per event without turning "3-4" into a made-up point value.
 *
 * @param counts - counts to add
 * @returns the total, a number when exact, a range otherwise, `null` when nothing is known
 * @example
 * sumCounts([3, { min: 3, max: 4 }, null]);
 * // => { min: 6, max: 7 }
 */
export function sumCounts(counts: readonly Count[]): Count {
  let min = 0;
  let max = 0;
  let known = false;
  for (const c of counts) {
    if (c === null) continue;
    known = true;
    min += typeof c === 'number' ? c : c.min;
    max += typeof c === 'number' ? c : c.max;
  }
  if (!known) return null;
  return min === max ? min : { min, max };
}
