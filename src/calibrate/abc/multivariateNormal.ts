/**
 * The lower Cholesky factor L of a symmetric positive-definite matrix (A = L·Lᵀ), row-major;
 * a diagonal that would not be positive is raised to `floor` (a near-singular covariance of
 * particles that agree on a parameter still gives a usable kernel).
 *
 * @param a - the matrix, row-major, d×d
 * @param d - its dimension
 * @param floor - the smallest diagonal value allowed (default 1e-12)
 * @returns L, row-major
 * @example
 * Array.from(cholesky(Float64Array.of(4, 2, 2, 2), 2)); // => [2, 0, 1, 1]
 */
export function cholesky(a: ArrayLike<number>, d: number, floor = 1e-12): Float64Array {
  const l = new Float64Array(d * d);
  for (let i = 0; i < d; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = a[i * d + j] as number;
      for (let k = 0; k < j; k++) sum -= (l[i * d + k] as number) * (l[j * d + k] as number);
      if (i === j) l[i * d + i] = Math.sqrt(Math.max(sum, floor));
      else l[i * d + j] = sum / (l[j * d + j] as number);
    }
  }
  return l;
}

/**
 * log N(x; mean, L·Lᵀ) for a multivariate normal given the Cholesky factor of its covariance.
 *
 * @param x - the point
 * @param mean - the mean
 * @param l - lower Cholesky factor, row-major
 * @param logDetHalf - Σ log L_ii (half the log-determinant), precomputed
 * @returns the log density
 * @example
 * multivariateNormalLogDensity([0], [0], Float64Array.of(1), 0); // => -0.9189385332046727
 */
export function multivariateNormalLogDensity(
  x: ArrayLike<number>,
  mean: ArrayLike<number>,
  l: ArrayLike<number>,
  logDetHalf: number,
): number {
  const d = x.length;
  // Solve L·z = x − mean by forward substitution; the quadratic form is |z|².
  let quadratic = 0;
  const z = new Float64Array(d);
  for (let i = 0; i < d; i++) {
    let s = (x[i] as number) - (mean[i] as number);
    for (let k = 0; k < i; k++) s -= (l[i * d + k] as number) * (z[k] as number);
    const zi = s / (l[i * d + i] as number);
    z[i] = zi;
    quadratic += zi * zi;
  }
  return -0.5 * quadratic - logDetHalf - 0.5 * d * Math.log(2 * Math.PI);
}

/**
 * Half the log-determinant of L·Lᵀ: Σ log L_ii.
 *
 * @param l - lower Cholesky factor, row-major
 * @param d - dimension
 * @returns Σ log L_ii
 * @example
 * halfLogDeterminant(Float64Array.of(2, 0, 1, 1), 2); // => Math.log(2)
 */
export function halfLogDeterminant(l: ArrayLike<number>, d: number): number {
  let s = 0;
  for (let i = 0; i < d; i++) s += Math.log(l[i * d + i] as number);
  return s;
}
