import { requireArrayLike } from '../util/requireArgument.js';
/**
 * Holm's step-down adjustment of p-values for multiple comparisons.
 *
 * Why: comparing k policies against a baseline runs k tests; reading each at 5% inflates
 * the chance of at least one false alarm. Holm's adjusted p-values control that
 * family-wise error rate at the nominal level under any dependence between the tests, and
 * are never larger than Bonferroni's.
 *
 * Reference: Holm, S. (1979). A simple sequentially rejective multiple test procedure.
 * Scandinavian Journal of Statistics 6(2), 65–70. Sorted ascending, the i-th (0-based) of
 * m is multiplied by m − i, then made non-decreasing by a running maximum and capped at 1
 * (as R's `p.adjust(p, 'holm')`).
 *
 * @param pValues - p-values in [0, 1], in any order
 * @returns the adjusted p-values, in the input order
 * @throws RangeError naming the first p-value not in [0, 1]
 * @example
 * holmAdjust([0.01, 0.04, 0.03]); // R: p.adjust(c(0.01, 0.04, 0.03), 'holm')
 * // => [0.03, 0.06, 0.06]
 */
export function holmAdjust(pValues: readonly number[]): number[] {
  requireArrayLike('pValues', pValues, 'an array of p-values in [0, 1]');
  pValues.forEach((p, i) => {
    if (!(p >= 0 && p <= 1)) throw new RangeError(`pValues[${i}] must be in [0, 1], received ${p}`);
  });
  const m = pValues.length;
  const order = pValues
    .map((_, i) => i)
    .sort((i, j) => (pValues[i] as number) - (pValues[j] as number));
  const adjusted = new Array<number>(m);
  let running = 0;
  order.forEach((index, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * (pValues[index] as number)));
    adjusted[index] = running;
  });
  return adjusted;
}
