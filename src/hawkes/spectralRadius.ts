import { abs, eigs } from 'mathjs';

/**
 * Spectral radius of a square matrix: the largest modulus of its eigenvalues. For a
 * branching-ratio matrix it is the expected growth factor per generation, so the process is
 * stationary exactly when it is below 1 (Hawkes 1971).
 *
 * mathjs's QR iteration (`eigs`) fails to converge on some ordinary matrices (e.g.
 * [[0.4, 0.001, 0], [0, 0.4, 0.001], [0.1, 0, 0.4]]); for a non-negative matrix — every
 * branching matrix — the Perron root is then found by power iteration on A + I with the
 * Collatz–Wielandt bounds min (Bx)ᵢ/xᵢ ≤ ρ(B) ≤ max (Bx)ᵢ/xᵢ (Horn & Johnson, Matrix
 * Analysis, §8.1), which bracket it at every step; the upper bound is returned, so a
 * stability check made with it never passes an explosive process.
 *
 * @param matrix - a square matrix of finite numbers
 * @returns max |eigenvalue|
 * @throws RangeError when the matrix is not square or holds a non-finite number, or when
 *   it has negative entries and mathjs's eigenvalue iteration does not converge
 * @example
 * spectralRadius([[0.5, 0.2], [0.2, 0.5]]); // => 0.7
 */
export function spectralRadius(matrix: readonly (readonly number[])[]): number {
  const size = matrix.length;
  matrix.forEach((row, i) => {
    if (row.length !== size)
      throw new RangeError(
        `matrix[${i}] must have ${size} entries (square), received ${row.length}`,
      );
    row.forEach((v, j) => {
      if (!Number.isFinite(v))
        throw new RangeError(`matrix[${i}][${j}] must be a finite number, received ${v}`);
    });
  });
  if (size === 1) return Math.abs((matrix[0] as readonly number[])[0] as number);
  let values: unknown;
  try {
    values = eigs(matrix.map((row) => [...row])).values;
  } catch (error) {
    if (matrix.every((row) => row.every((v) => v >= 0))) return perronRoot(matrix);
    throw new RangeError(`matrix: eigenvalues did not converge (${(error as Error).message})`);
  }
  let radius = 0;
  for (const value of values as unknown as unknown[])
    radius = Math.max(radius, Number(abs(value as number)));
  return radius;
}

/** Upper Collatz–Wielandt bound of ρ(A) for A ≥ 0, iterated until it meets the lower one. */
function perronRoot(matrix: readonly (readonly number[])[]): number {
  const size = matrix.length;
  let x = new Float64Array(size).fill(1);
  let upper = Number.POSITIVE_INFINITY;
  for (let iteration = 0; iteration < 10_000; iteration++) {
    const y = new Float64Array(size);
    let low = Number.POSITIVE_INFINITY;
    let high = 0;
    let norm = 0;
    for (let i = 0; i < size; i++) {
      const row = matrix[i] as readonly number[];
      let sum = x[i] as number; // the + I shift keeps every entry of x positive
      for (let k = 0; k < size; k++) sum += (row[k] as number) * (x[k] as number);
      y[i] = sum;
      const ratio = sum / (x[i] as number);
      low = Math.min(low, ratio);
      high = Math.max(high, ratio);
      norm = Math.max(norm, sum);
    }
    upper = Math.min(upper, high);
    if (upper - low <= 1e-13 * upper) break;
    for (let i = 0; i < size; i++) y[i] = (y[i] as number) / norm;
    x = y;
  }
  return Math.max(0, upper - 1);
}
