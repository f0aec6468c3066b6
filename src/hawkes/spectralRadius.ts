import { abs, eigs } from 'mathjs';

/**
 * Spectral radius of a square matrix: the largest modulus of its eigenvalues. For a
 * branching-ratio matrix it is the expected growth factor per generation, so the process is
 * stationary exactly when it is below 1 (Hawkes 1971).
 *
 * @param matrix - a square matrix of finite numbers
 * @returns max |eigenvalue|
 * @throws RangeError when the matrix is not square or holds a non-finite number
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
  const { values } = eigs(matrix.map((row) => [...row]));
  let radius = 0;
  for (const value of values as unknown as unknown[])
    radius = Math.max(radius, Number(abs(value as number)));
  return radius;
}
