/**
 * The p-quantile of sorted values, linear between order statistics (R's type 7, the
 * default of R's `quantile` and of numpy's `percentile`).
 *
 * Why: the fan chart's bands are quantiles across replicates at each day; stating the
 * definition makes them comparable with a table computed in R.
 *
 * Reference: Hyndman and Fan (1996), Sample quantiles in statistical packages, definition 7:
 * h = (n − 1)·p, Q(p) = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋]) (0-based).
 *
 * @param sorted - values in ascending order (at least one)
 * @param p - the probability, in [0, 1]
 * @returns the quantile
 * @throws RangeError when sorted is empty or p is outside [0, 1]
 * @example
 * sampleQuantile([1, 2, 3, 4], 0.25); // => 1.75
 */
export function sampleQuantile(sorted: readonly number[], p: number): number {
  if (!Array.isArray(sorted) || sorted.length === 0)
    throw new RangeError('sorted must be a non-empty array of numbers in ascending order');
  if (!(typeof p === 'number' && p >= 0 && p <= 1))
    throw new RangeError(`p must be a number in [0, 1], received ${String(p)}`);
  const h = (sorted.length - 1) * p;
  const low = Math.floor(h);
  const below = sorted[low] as number;
  const above = sorted[Math.min(low + 1, sorted.length - 1)] as number;
  return below + (h - low) * (above - below);
}
