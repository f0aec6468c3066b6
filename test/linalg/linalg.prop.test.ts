// Our small dense routines against mathjs (kept as a test-only reference): random matrices,
// tolerances a few hundred units of rounding relative to the matrix norm.
import fc from 'fast-check';
import { eigs, expm, inv, matrix } from 'mathjs';
import { describe, expect, it } from 'vitest';
import { spectralRadius } from '../../src/hawkes/spectralRadius.js';
import { matrixExponential } from '../../src/linalg/matrixExponential.js';
import { identityMatrix, solveLinear } from '../../src/linalg/solveLinear.js';
import { symmetricEigenvalues } from '../../src/linalg/symmetricEigenvalues.js';
import { expectClose } from '../helpers/expectClose.js';

const entry = fc.double({ min: -10, max: 10, noNaN: true });
const squareMatrix = (min: number, max: number, arb = entry) =>
  fc
    .integer({ min, max })
    .chain((n) =>
      fc.array(fc.array(arb, { minLength: n, maxLength: n }), { minLength: n, maxLength: n }),
    );
const norm = (a: number[][]) => Math.max(...a.map((r) => r.reduce((s, v) => s + Math.abs(v), 0)));

describe('symmetricEigenvalues', () => {
  it('matches mathjs eigs on random symmetric matrices up to 7×7', () => {
    fc.assert(
      fc.property(squareMatrix(1, 7), (raw) => {
        const a = raw.map((row, i) => row.map((v, j) => (j >= i ? v : (raw[j]?.[i] as number))));
        const ours = symmetricEigenvalues(a);
        const theirs = (eigs(a, { eigenvectors: false }).values as unknown as number[])
          .map(Number)
          .sort((x, y) => x - y);
        const scale = Math.max(1, norm(a));
        ours.forEach((v, i) => {
          expectClose(v, theirs[i] as number, { abs: 1e-12 * scale });
        });
      }),
    );
  });
  it('finds the closed-form eigenvalues 1 and 3 of [[2, 1], [1, 2]]', () => {
    const [a, b] = symmetricEigenvalues([
      [2, 1],
      [1, 2],
    ]);
    expectClose(a as number, 1, { abs: 1e-15 });
    expectClose(b as number, 3, { abs: 1e-15 });
  });
});

describe('solveLinear', () => {
  it('inverts random well-conditioned matrices as mathjs inv does', () => {
    fc.assert(
      fc.property(squareMatrix(1, 6), (raw) => {
        // Diagonal dominance keeps the condition number small, so both agree to rounding.
        const a = raw.map((row, i) =>
          row.map((v, j) => (i === j ? v + 10 * row.length * (v < 0 ? -1 : 1) : v)),
        );
        const ours = solveLinear(a, identityMatrix(a.length)) as number[][];
        const theirs = inv(a) as number[][];
        for (const [i, row] of ours.entries())
          row.forEach((v, j) => {
            expectClose(v, theirs[i]?.[j] as number, { abs: 1e-13 });
          });
      }),
    );
  });
  it('returns null for a singular matrix', () => {
    expect(
      solveLinear(
        [
          [1, 2],
          [2, 4],
        ],
        [[1], [1]],
      ),
    ).toBeNull();
  });
});

describe('matrixExponential', () => {
  it('matches mathjs expm on random matrices, including ones that need squaring', () => {
    fc.assert(
      fc.property(squareMatrix(1, 6, fc.double({ min: -3, max: 3, noNaN: true })), (a) => {
        const ours = matrixExponential(a);
        const theirs = expm(matrix(a)).toArray() as number[][];
        const scale = Math.max(1, norm(theirs));
        for (const [i, row] of ours.entries())
          row.forEach((v, j) => {
            expectClose(v, theirs[i]?.[j] as number, { abs: 1e-12 * scale });
          });
      }),
    );
  });
  it('gives the closed form of a rotation generator: e^[[0, t], [−t, 0]] = [[cos t, sin t], [−sin t, cos t]]', () => {
    const t = 7.3;
    const [[a, b] = [], [c, d] = []] = matrixExponential([
      [0, t],
      [-t, 0],
    ]);
    expectClose(a as number, Math.cos(t), { abs: 1e-13 });
    expectClose(b as number, Math.sin(t), { abs: 1e-13 });
    expectClose(c as number, -Math.sin(t), { abs: 1e-13 });
    expectClose(d as number, Math.cos(t), { abs: 1e-13 });
  });
});

describe('spectralRadius', () => {
  // For a positive matrix and any positive x, min (Ax)ᵢ/xᵢ ≤ ρ ≤ max (Ax)ᵢ/xᵢ
  // (Collatz–Wielandt), and power iteration narrows that bracket onto ρ. (mathjs's general
  // eigensolver does not always converge on these, so it is no reference here.)
  it('lies in the Collatz–Wielandt bracket of random positive matrices up to 6×6', () => {
    fc.assert(
      fc.property(squareMatrix(2, 6, fc.double({ min: 0.01, max: 2, noNaN: true })), (a) => {
        let x = a.map(() => 1);
        let bracket = [0, Number.POSITIVE_INFINITY];
        for (let k = 0; k < 3000; k++) {
          const y = a.map((row) => row.reduce((s, v, j) => s + v * (x[j] as number), 0));
          const ratios = y.map((v, i) => v / (x[i] as number));
          bracket = [Math.min(...ratios), Math.max(...ratios)];
          const top = Math.max(...y);
          x = y.map((v) => v / top);
        }
        const rho = spectralRadius(a);
        const [lo, hi] = bracket as [number, number];
        expect(rho).toBeGreaterThanOrEqual(lo * (1 - 1e-13));
        expect(rho).toBeLessThanOrEqual(hi * (1 + 1e-13));
      }),
    );
  });
  it('is exact on a block-triangular matrix whose eigenvalues are its blocks’ (2 − 1e-10 beats ±√(4 − 1e-6))', () => {
    const a = [
      [2 - 1e-10, 0, 0],
      [1e-5, 0, 2],
      [0, 2 - 5e-7, 0],
    ];
    expectClose(spectralRadius(a), 2 - 1e-10, { abs: 1e-15 });
  });
  it('handles periodic matrices, where power iteration never converges', () => {
    expectClose(
      spectralRadius([
        [0, 2],
        [0.5, 0],
      ]),
      1,
      { abs: 1e-15 },
    );
    expectClose(
      spectralRadius([
        [0, 0.4, 0],
        [0, 0, 0.4],
        [0.4, 0, 0],
      ]),
      0.4,
      { abs: 1e-15 },
    );
  });
  it('refuses a negative entry by its position', () => {
    expect(() =>
      spectralRadius([
        [0, 1],
        [-1, 0],
      ]),
    ).toThrow(/^matrix\[1\]\[0\] must be a finite number >= 0/);
  });
});
