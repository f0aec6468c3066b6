import { identityMatrix, multiplyMatrices, solveLinear } from './solveLinear.js';

// Padé degree 6 on a matrix scaled to ‖X‖∞ ≤ 1/2: the truncation bound
// 2^(3−2q)·(q!)²/((2q)!(2q+1)!) is 3.4e-16 (Moler and Van Loan 2003, §3).
const DEGREE = 6;

/**
 * The exponential e^A of a small square matrix by a diagonal Padé approximant with scaling
 * and squaring: e^A = (R₆(A/2^j))^(2^j) with ‖A/2^j‖∞ ≤ 1/2.
 *
 * The method of mathjs `expm` (and Moler and Van Loan 2003, "Nineteen dubious ways to compute
 * the exponential of a matrix, twenty-five years later", method 3), written out so the core
 * does not load a matrix library; the tests check it against mathjs. Cost O(n³·(6 + j)).
 *
 * @param a - n×n matrix of finite numbers
 * @returns e^A
 * @throws RangeError when the matrix is not square or holds a non-finite number
 * @example
 * matrixExponential([[0]]); // => [[1]]
 */
export function matrixExponential(a: ReadonlyArray<readonly number[]>): number[][] {
  const n = a.length;
  a.forEach((row, i) => {
    if (row.length !== n)
      throw new RangeError(`matrix[${i}] must have ${n} entries (square), received ${row.length}`);
    row.forEach((v, j) => {
      if (!Number.isFinite(v))
        throw new RangeError(`matrix[${i}][${j}] must be a finite number, received ${v}`);
    });
  });
  const norm = Math.max(0, ...a.map((row) => row.reduce((s, v) => s + Math.abs(v), 0)));
  const squarings = norm > 0.5 ? Math.ceil(Math.log2(norm / 0.5)) : 0;
  const scale = 2 ** -squarings;
  const x = a.map((row) => row.map((v) => v * scale));
  const numerator = identityMatrix(n);
  const denominator = identityMatrix(n);
  let power = identityMatrix(n);
  let c = 1;
  for (let k = 1; k <= DEGREE; k++) {
    c = (c * (DEGREE - k + 1)) / ((2 * DEGREE - k + 1) * k);
    power = multiplyMatrices(power, x);
    const sign = k % 2 === 0 ? 1 : -1;
    for (let i = 0; i < n; i++) {
      const p = power[i] as number[];
      const num = numerator[i] as number[];
      const den = denominator[i] as number[];
      for (let j = 0; j < n; j++) {
        num[j] = (num[j] as number) + c * (p[j] as number);
        den[j] = (den[j] as number) + sign * c * (p[j] as number);
      }
    }
  }
  // D is within 1/2 of I in norm here, so it is never singular.
  let result = solveLinear(denominator, numerator) as number[][];
  for (let s = 0; s < squarings; s++) result = multiplyMatrices(result, result);
  return result;
}
