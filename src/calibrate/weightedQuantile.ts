/**
 * The q-quantile of weighted values: the smallest value whose cumulative weight reaches q
 * (the inverse of the weighted empirical distribution function).
 *
 * @param values - the values
 * @param weights - non-negative weights (any scale)
 * @param q - in [0, 1]
 * @returns the quantile (NaN for no values)
 * @example
 * weightedQuantile([1, 2, 3], [1, 1, 2], 0.5); // => 2
 */
export function weightedQuantile(
  values: readonly number[],
  weights: readonly number[],
  q: number,
): number {
  const order = values
    .map((_, i) => i)
    .sort((a, b) => (values[a] as number) - (values[b] as number));
  const total = weights.reduce((s, w) => s + w, 0);
  let cumulative = 0;
  for (const i of order) {
    cumulative += weights[i] as number;
    if (cumulative >= q * total * (1 - 1e-12)) return values[i] as number;
  }
  return order.length === 0 ? Number.NaN : (values[order[order.length - 1] as number] as number);
}
