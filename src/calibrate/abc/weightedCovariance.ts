/**
 * The weighted mean and covariance (row-major) of points with normalised weights, with the
 * reliability-weights correction 1/(1 − Σw²) so one particle gives no false certainty.
 *
 * @param points - one row per point
 * @param weights - normalised weights (sum 1)
 * @returns mean and covariance
 * @example
 * Array.from(weightedCovariance([[0], [2]], [0.5, 0.5]).covariance); // => [2]
 */
export function weightedCovariance(
  points: readonly (readonly number[])[],
  weights: readonly number[],
): { mean: Float64Array; covariance: Float64Array } {
  const d = points[0]?.length ?? 0;
  const mean = new Float64Array(d);
  points.forEach((p, i) => {
    const w = weights[i] as number;
    for (let j = 0; j < d; j++) mean[j] = (mean[j] as number) + w * (p[j] as number);
  });
  const covariance = new Float64Array(d * d);
  let sumSquares = 0;
  points.forEach((p, i) => {
    const w = weights[i] as number;
    sumSquares += w * w;
    for (let a = 0; a < d; a++) {
      const da = (p[a] as number) - (mean[a] as number);
      for (let b = 0; b <= a; b++) {
        covariance[a * d + b] =
          (covariance[a * d + b] as number) + w * da * ((p[b] as number) - (mean[b] as number));
      }
    }
  });
  const correction = sumSquares < 1 ? 1 / (1 - sumSquares) : 1;
  for (let a = 0; a < d; a++) {
    for (let b = 0; b <= a; b++) {
      const v = (covariance[a * d + b] as number) * correction;
      covariance[a * d + b] = v;
      covariance[b * d + a] = v;
    }
  }
  return { mean, covariance };
}
