const MAX_SWEEPS = 60;

/**
 * Eigenvalues of a small real symmetric matrix by the cyclic Jacobi method, ascending.
 *
 * Jacobi rotations are accurate to a few units of rounding relative to the matrix norm and
 * need a dozen lines; for the 2×2 to 6×6 Hessians of a fit they cost microseconds. Only the
 * upper triangle is read. Reference: Golub and Van Loan (2013), Matrix Computations, §8.5.
 * Cost O(n³) per sweep, quadratic convergence (usually under ten sweeps).
 *
 * @param matrix - n×n symmetric matrix of finite numbers
 * @returns the n eigenvalues, ascending
 * @example
 * symmetricEigenvalues([[2, 1], [1, 2]]); // => [1, 3]
 */
export function symmetricEigenvalues(matrix: ReadonlyArray<readonly number[]>): number[] {
  const n = matrix.length;
  const a = matrix.map((row, i) =>
    row.map((v, j) => (j >= i ? v : ((matrix[j] as readonly number[])[i] as number))),
  );
  const total = a.reduce((s, row) => s + row.reduce((t, v) => t + v * v, 0), 0);
  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++)
      for (let q = p + 1; q < n; q++) off += ((a[p] as number[])[q] as number) ** 2;
    if (off <= 1e-34 * total) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const rowP = a[p] as number[];
        const rowQ = a[q] as number[];
        const apq = rowP[q] as number;
        if (apq === 0) continue;
        const theta = ((rowQ[q] as number) - (rowP[p] as number)) / (2 * apq);
        // The smaller root of t² + 2θt − 1 = 0, so the rotation angle is at most π/4.
        const t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (const row of a) {
          const akp = row[p] as number;
          const akq = row[q] as number;
          row[p] = c * akp - s * akq;
          row[q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = rowP[k] as number;
          const aqk = rowQ[k] as number;
          rowP[k] = c * apk - s * aqk;
          rowQ[k] = s * apk + c * aqk;
        }
        rowP[q] = 0;
        rowQ[p] = 0;
      }
    }
  }
  return a.map((row, i) => row[i] as number).sort((x, y) => x - y);
}
