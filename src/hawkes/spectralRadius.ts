import { requireArrayLike } from '../util/requireArgument.js';
/**
 * Spectral radius of a non-negative square matrix: the largest modulus of its eigenvalues,
 * which for such a matrix is itself an eigenvalue (the Perron root). For a branching-ratio
 * matrix it is the expected growth factor per generation, so the process is stationary
 * exactly when it is below 1 (Hawkes 1971).
 *
 * Found by bisection on s: for A ≥ 0, s > ρ(A) exactly when sI − A is a non-singular
 * M-matrix, that is when every pivot of its Gaussian elimination (without pivoting) is
 * positive (Berman and Plemmons 1994, Nonnegative Matrices in the Mathematical Sciences,
 * ch. 6, condition E17). Unlike power iteration this converges for periodic and reducible
 * matrices too. Cost O(n³) per step, about 60 steps.
 *
 * @param matrix - a square matrix of finite non-negative numbers
 * @returns ρ(matrix), to a few units of rounding
 * @throws RangeError when the matrix is not square or holds a negative or non-finite number
 * @example
 * spectralRadius([[0.5, 0.2], [0.2, 0.5]]); // => 0.7
 */
export function spectralRadius(matrix: readonly (readonly number[])[]): number {
  requireArrayLike('matrix', matrix, 'a square matrix (an array of rows)');
  const size = matrix.length;
  matrix.forEach((row, i) => {
    if (row.length !== size)
      throw new RangeError(
        `matrix[${i}] must have ${size} entries (square), received ${row.length}`,
      );
    row.forEach((v, j) => {
      if (!(Number.isFinite(v) && v >= 0))
        throw new RangeError(
          `matrix[${i}][${j}] must be a finite number >= 0 (a branching-ratio matrix), received ${v}`,
        );
    });
  });
  if (size === 0) return 0;
  if (size === 1) return (matrix[0] as readonly number[])[0] as number;
  const rowSums = matrix.map((row) => row.reduce((s, v) => s + v, 0));
  // min row sum ≤ ρ ≤ max row sum for a non-negative matrix.
  let lo = Math.min(...rowSums);
  let hi = Math.max(...rowSums);
  if (hi === lo) return hi;
  while (true) {
    const mid = lo + (hi - lo) / 2;
    if (mid <= lo || mid >= hi) return mid;
    if (isAboveSpectralRadius(matrix, mid)) hi = mid;
    else lo = mid;
  }
}

// Whether sI − A is a non-singular M-matrix (all elimination pivots positive), i.e. s > ρ(A).
function isAboveSpectralRadius(a: readonly (readonly number[])[], s: number): boolean {
  const n = a.length;
  const m = a.map((row, i) => row.map((v, j) => (i === j ? s - v : -v)));
  for (let k = 0; k < n; k++) {
    const rowK = m[k] as number[];
    const pivot = rowK[k] as number;
    if (!(pivot > 0)) return false;
    for (let i = k + 1; i < n; i++) {
      const row = m[i] as number[];
      const factor = (row[k] as number) / pivot;
      if (factor === 0) continue;
      for (let j = k + 1; j < n; j++) row[j] = (row[j] as number) - factor * (rowK[j] as number);
    }
  }
  return true;
}
