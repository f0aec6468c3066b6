/**
 * The Euclidean distance between simulated and observed statistics, each difference divided
 * by that statistic's scale; statistics with scale 0 (constant under the prior predictive,
 * so uninformative) are left out.
 *
 * @param simulated - the simulation's statistics
 * @param observed - the observed statistics
 * @param scales - from statisticScales
 * @returns the distance
 * @example
 * scaledDistance([3, 1], [0, 1], [1.5, 0]); // => 2
 */
export function scaledDistance(
  simulated: ArrayLike<number>,
  observed: ArrayLike<number>,
  scales: ArrayLike<number>,
): number {
  let sum = 0;
  for (let j = 0; j < observed.length; j++) {
    const s = scales[j] as number;
    if (!(s > 0)) continue;
    const d = ((simulated[j] as number) - (observed[j] as number)) / s;
    sum += d * d;
  }
  return Math.sqrt(sum);
}
