/**
 * The scale of each summary statistic across simulations: the median absolute deviation
 * (×1.4826, so it estimates a standard deviation for normal data), or the standard deviation
 * where half the simulations share one value (counts, 0/1 reactions), or 0 where all do.
 *
 * Why: ABC distances add statistics on different scales (a count, a ratio, a 0/1); dividing
 * each by its spread under the prior predictive keeps one from drowning the others
 * (Beaumont, Zhang & Balding 2002; Prangle 2017).
 *
 * @param rows - one row of statistics per simulation
 * @returns one scale per statistic (0: constant across the simulations)
 * @example
 * statisticScales([[0, 1], [2, 1], [4, 1]]); // => [2.9652, 0]
 */
export function statisticScales(rows: readonly (readonly number[])[]): number[] {
  const width = rows[0]?.length ?? 0;
  const scales: number[] = [];
  for (let j = 0; j < width; j++) {
    const xs = rows.map((r) => r[j] as number).sort((a, b) => a - b);
    const median = quantileSorted(xs, 0.5);
    const deviations = xs.map((x) => Math.abs(x - median)).sort((a, b) => a - b);
    const mad = 1.4826 * quantileSorted(deviations, 0.5);
    if (mad > 0) {
      scales.push(mad);
      continue;
    }
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / Math.max(1, xs.length - 1);
    scales.push(Math.sqrt(variance));
  }
  return scales;
}

/**
 * The q-quantile of sorted values (linear interpolation between order statistics, type 7).
 *
 * @param sorted - values in ascending order
 * @param q - in [0, 1]
 * @returns the quantile (NaN for no values)
 * @example
 * quantileSorted([1, 2, 3, 4], 0.5); // => 2.5
 */
export function quantileSorted(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const a = sorted[lo] as number;
  const b = sorted[Math.min(sorted.length - 1, lo + 1)] as number;
  return a + (h - lo) * (b - a);
}
