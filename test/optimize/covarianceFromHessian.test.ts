import { describe, expect, it } from 'vitest';
import { covarianceFromHessian } from '../../src/optimize/covarianceFromHessian.js';
import { expectClose } from '../helpers/expectClose.js';

describe('covarianceFromHessian', () => {
  it('inverts a 2×2 Hessian as the closed form [[d, −b], [−b, a]]/(ad − b²)', () => {
    const [a, b, d] = [5, 1.5, 2];
    const det = a * d - b * b;
    const result = covarianceFromHessian([
      [a, b],
      [b, d],
    ]);
    expect(result.ok).toBe(true);
    const C = result.covariance as number[][];
    expectClose(C[0]?.[0] as number, d / det, { rel: 1e-14 });
    expectClose(C[0]?.[1] as number, -b / det, { rel: 1e-14 });
    expectClose(C[1]?.[1] as number, a / det, { rel: 1e-14 });
    expectClose(result.standardErrors?.[0] as number, Math.sqrt(d / det), { rel: 1e-14 });
    expectClose(result.correlation?.[0]?.[1] as number, -b / Math.sqrt(a * d), { rel: 1e-14 });
    expect(result.eigenvalues).toHaveLength(2);
  });

  it('inverts a 3×3 Hessian as adj(H)/det(H) (cofactors computed here)', () => {
    const H = [
      [4, 1, 0.5],
      [1, 3, -0.7],
      [0.5, -0.7, 2],
    ];
    const m = (i: number, j: number) => H[i]?.[j] as number;
    const cofactor = (i: number, j: number): number => {
      const rows = [0, 1, 2].filter((r) => r !== i);
      const cols = [0, 1, 2].filter((c) => c !== j);
      const [r0 = 0, r1 = 0] = rows;
      const [c0 = 0, c1 = 0] = cols;
      return (-1) ** (i + j) * (m(r0, c0) * m(r1, c1) - m(r0, c1) * m(r1, c0));
    };
    const det = m(0, 0) * cofactor(0, 0) + m(0, 1) * cofactor(0, 1) + m(0, 2) * cofactor(0, 2);
    const result = covarianceFromHessian(H);
    expect(result.ok).toBe(true);
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++)
        expectClose(result.covariance?.[i]?.[j] as number, cofactor(j, i) / det, { rel: 1e-13 });
    }
    // Eigenvalues multiply to the determinant.
    expectClose(
      result.eigenvalues.reduce((p, v) => p * v, 1),
      det,
      { rel: 1e-12 },
    );
  });

  it('returns ok = false and nulls (not NaN) for a singular Hessian', () => {
    const result = covarianceFromHessian([
      [1, 2],
      [2, 4],
    ]);
    expect(result.ok).toBe(false);
    expect(result.standardErrors).toBeNull();
    expect(result.covariance).toBeNull();
    expect(result.message).toMatch(/singular/);
  });

  it('returns ok = false for an indefinite Hessian (a saddle, or a maximum on a bound)', () => {
    const result = covarianceFromHessian([
      [2, 0, 0],
      [0, -0.5, 0],
      [0, 0, 1],
    ]);
    expect(result.ok).toBe(false);
    expect(result.standardErrors).toBeNull();
    expect(result.message).toMatch(/not positive definite/);
  });

  it('flags a nearly flat direction as numerically singular', () => {
    const result = covarianceFromHessian([
      [1, 1],
      [1, 1 + 1e-12],
    ]);
    expect(result.ok).toBe(false);
    const loose = covarianceFromHessian(
      [
        [1, 1],
        [1, 1 + 1e-12],
      ],
      { relativeTolerance: 1e-14 },
    );
    expect(loose.ok).toBe(true);
  });

  it('rejects a non-square or non-finite matrix', () => {
    expect(() => covarianceFromHessian([[1, 2]])).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: hessian[0] must have 1 entries, received 2]`,
    );
    expect(() => covarianceFromHessian([[Number.NaN]])).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: hessian[0][0] must be finite, received NaN]`,
    );
  });
});
