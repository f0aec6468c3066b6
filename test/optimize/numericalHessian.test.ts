import { describe, expect, it } from 'vitest';
import { hessianFromFunction, hessianFromGradient } from '../../src/optimize/numericalHessian.js';
import { expectClose } from '../helpers/expectClose.js';

// f(x, y, z) = e^{ax}·y + x·ln z + y³ with a = 0.7; its exact derivatives:
const a = 0.7;
const f = ([x = 0, y = 0, z = 1]: readonly number[]) =>
  Math.exp(a * x) * y + x * Math.log(z) + y ** 3;
const grad = ([x = 0, y = 0, z = 1]: readonly number[]) => [
  a * Math.exp(a * x) * y + Math.log(z),
  Math.exp(a * x) + 3 * y * y,
  x / z,
];
const exact = ([x = 0, y = 0, z = 1]: readonly number[]) => [
  [a * a * Math.exp(a * x) * y, a * Math.exp(a * x), 1 / z],
  [a * Math.exp(a * x), 6 * y, 0],
  [1 / z, 0, -x / (z * z)],
];

function expectMatrixClose(
  actual: number[][],
  expected: number[][],
  tolerance: { abs?: number; rel?: number },
): void {
  for (const [i, row] of expected.entries()) {
    for (const [j, v] of row.entries()) expectClose(actual[i]?.[j] as number, v, tolerance);
  }
}

describe('hessianFromGradient', () => {
  it("is exact (to rounding) for a quadratic's linear gradient", () => {
    const H = hessianFromGradient(([x = 0, y = 0]) => [2 * x + y, x + 6 * y], [1, 2]);
    expectMatrixClose(
      H,
      [
        [2, 1],
        [1, 6],
      ],
      { abs: 1e-9 },
    );
  });

  it('matches the closed-form Hessian of exp/log terms to about ε^{2/3}', () => {
    const x = [0.4, -1.3, 2.5];
    expectMatrixClose(hessianFromGradient(grad, x), exact(x), { abs: 1e-8 });
  });

  it('is symmetric', () => {
    const H = hessianFromGradient(grad, [1, 2, 3]);
    expect(H[0]?.[2]).toBe(H[2]?.[0]);
  });

  it('uses one-sided differences at a bound without leaving the box', () => {
    // z on its lower bound 0.5 (ln z would be fine below, but the box forbids it); x on its upper bound.
    const x = [1, 0.8, 0.5];
    const visited: number[][] = [];
    const H = hessianFromGradient(
      (p) => {
        visited.push([...p]);
        return grad(p);
      },
      x,
      { bounds: { lower: [-5, -5, 0.5], upper: [1, 5, 5] } },
    );
    expect(visited.every((p) => (p[2] as number) >= 0.5 && (p[0] as number) <= 1)).toBe(true);
    expectMatrixClose(H, exact(x), { abs: 1e-7 });
  });

  it('shrinks the step to fit a narrow box', () => {
    const x = [0, 0.3, 1];
    const H = hessianFromGradient(grad, x, {
      bounds: { lower: [-1e-7, 0, 0.5], upper: [1e-7, 1, 2] },
    });
    expectMatrixClose(H, exact(x), { abs: 1e-5 });
  });
});

describe('hessianFromFunction', () => {
  it("recovers a quadratic's exact Hessian", () => {
    const H = hessianFromFunction(([x = 0, y = 0]) => x * x + x * y + 3 * y * y, [1, 2]);
    expectMatrixClose(
      H,
      [
        [2, 1],
        [1, 6],
      ],
      { abs: 1e-6 },
    );
  });

  it('matches the closed-form Hessian of exp/log terms to about √ε', () => {
    const x = [0.4, -1.3, 2.5];
    expectMatrixClose(hessianFromFunction(f, x), exact(x), { abs: 2e-6 });
  });

  it('uses one-sided stencils at bounds', () => {
    const x = [1, 0.8, 0.5];
    const H = hessianFromFunction(
      (p) => {
        if ((p[2] as number) < 0.5 || (p[0] as number) > 1) throw new Error(`left the box at ${p}`);
        return f(p);
      },
      x,
      { bounds: { lower: [-5, -5, 0.5], upper: [1, 5, 5] } },
    );
    expectMatrixClose(H, exact(x), { abs: 1e-5 });
  });

  it('refuses to return NaN: a non-finite value names the point', () => {
    expect(() => hessianFromFunction(([x = 0]) => Math.log(x), [0])).toThrow(
      /f must be finite at every difference point/,
    );
    expect(() =>
      hessianFromGradient(grad, [0, 0, 1], { steps: [0, 1, 1] }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: steps[0] must be a finite number > 0, received 0]`,
    );
  });
});
