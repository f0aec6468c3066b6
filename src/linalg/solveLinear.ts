/**
 * Solve A·X = B for a small dense square A by Gaussian elimination with partial pivoting.
 *
 * Exists so the core needs no matrix library for its few tiny systems (the Padé step of
 * {@link matrixExponential}, the inverse of a Hessian). Reference: Golub and Van Loan (2013),
 * Matrix Computations, §3.4. Cost O(n³ + n²m) for an n×n A and n×m B.
 *
 * @param a - n×n coefficient matrix (not changed)
 * @param b - n×m right-hand sides (not changed)
 * @returns X, n×m; null when A is singular to working precision (a zero pivot)
 * @example
 * solveLinear([[2, 0], [0, 4]], [[1], [2]]); // => [[0.5], [0.5]]
 */
export function solveLinear(
  a: ReadonlyArray<readonly number[]>,
  b: ReadonlyArray<readonly number[]>,
): number[][] | null {
  const n = a.length;
  const m = (b[0] ?? []).length;
  const lu = a.map((row) => [...row]);
  const x = b.map((row) => [...row]);
  for (let k = 0; k < n; k++) {
    let pivotRow = k;
    for (let i = k + 1; i < n; i++)
      if (Math.abs(at(lu, i, k)) > Math.abs(at(lu, pivotRow, k))) pivotRow = i;
    const pivot = at(lu, pivotRow, k);
    if (pivot === 0 || !Number.isFinite(pivot)) return null;
    [lu[k], lu[pivotRow]] = [lu[pivotRow] as number[], lu[k] as number[]];
    [x[k], x[pivotRow]] = [x[pivotRow] as number[], x[k] as number[]];
    const rowK = lu[k] as number[];
    const xK = x[k] as number[];
    for (let i = k + 1; i < n; i++) {
      const row = lu[i] as number[];
      const factor = (row[k] as number) / pivot;
      if (factor === 0) continue;
      for (let j = k; j < n; j++) row[j] = (row[j] as number) - factor * (rowK[j] as number);
      const xi = x[i] as number[];
      for (let j = 0; j < m; j++) xi[j] = (xi[j] as number) - factor * (xK[j] as number);
    }
  }
  for (let k = n - 1; k >= 0; k--) {
    const rowK = lu[k] as number[];
    const xK = x[k] as number[];
    for (let i = k + 1; i < n; i++) {
      const xi = x[i] as number[];
      const f = rowK[i] as number;
      for (let j = 0; j < m; j++) xK[j] = (xK[j] as number) - f * (xi[j] as number);
    }
    for (let j = 0; j < m; j++) xK[j] = (xK[j] as number) / (rowK[k] as number);
  }
  return x;
}

/**
 * The product of two dense matrices.
 *
 * @param a - n×k matrix
 * @param b - k×m matrix
 * @returns a·b, n×m
 * @example
 * multiplyMatrices([[1, 2]], [[3], [4]]); // => [[11]]
 */
export function multiplyMatrices(
  a: ReadonlyArray<readonly number[]>,
  b: ReadonlyArray<readonly number[]>,
): number[][] {
  const m = (b[0] ?? []).length;
  return a.map((row) => {
    const out = new Array<number>(m).fill(0);
    row.forEach((v, k) => {
      if (v === 0) return;
      const bk = b[k] as readonly number[];
      for (let j = 0; j < m; j++) out[j] = (out[j] as number) + v * (bk[j] as number);
    });
    return out;
  });
}

/**
 * The n×n identity matrix.
 *
 * @param n - size
 * @returns I
 * @example
 * identityMatrix(2); // => [[1, 0], [0, 1]]
 */
export function identityMatrix(n: number): number[][] {
  return Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)),
  );
}

function at(m: readonly (readonly number[])[], i: number, j: number): number {
  return (m[i] as readonly number[])[j] as number;
}
