import { describe, expect, it } from 'vitest';
import { minimizeBounded } from '../../src/optimize/minimizeBounded.js';
import { expectClose } from '../helpers/expectClose.js';

const rosenbrock = ([x = 0, y = 0]: readonly number[]): number =>
  100 * (y - x * x) ** 2 + (1 - x) ** 2;
const rosenbrockGradient = ([x = 0, y = 0]: readonly number[]): number[] => [
  -400 * x * (y - x * x) - 2 * (1 - x),
  200 * (y - x * x),
];

/** KKT conditions of min f on a box: ∂f ≥ 0 at a lower bound, ≤ 0 at an upper one, 0 inside. */
function expectKkt(
  result: { gradient: number[]; atLowerBound: boolean[]; atUpperBound: boolean[] },
  tolerance: number,
): void {
  result.gradient.forEach((g, i) => {
    if (result.atLowerBound[i]) expect(g).toBeGreaterThan(-tolerance);
    else if (result.atUpperBound[i]) expect(g).toBeLessThan(tolerance);
    else expect(Math.abs(g)).toBeLessThan(tolerance);
  });
}

describe('minimizeBounded', () => {
  it('finds the minimum of Rosenbrock (1, 1) from the classical start (−1.2, 1)', () => {
    const result = minimizeBounded(rosenbrock, rosenbrockGradient, [-1.2, 1]);
    expect(result.converged).toBe(true);
    expectClose(result.x[0] as number, 1, { abs: 1e-6 });
    expectClose(result.x[1] as number, 1, { abs: 1e-6 });
    expect(result.value).toBeLessThan(1e-12);
    expect(result.atLowerBound).toEqual([false, false]);
  });

  it('stops on the bound x ≤ 0.5 of Rosenbrock at (0.5, 0.25), satisfying KKT', () => {
    // On x = 0.5 the best y is x² = 0.25 (f = 0.25), where ∂f/∂x = −2(1 − 0.5) = −1 < 0.
    const result = minimizeBounded(rosenbrock, rosenbrockGradient, [-1.2, 1], {
      lower: [-2, -2],
      upper: [0.5, 2],
    });
    expect(result.converged).toBe(true);
    expectClose(result.x[0] as number, 0.5, { abs: 0 });
    expectClose(result.x[1] as number, 0.25, { abs: 1e-7 });
    expectClose(result.value, 0.25, { abs: 1e-12 });
    expect(result.atUpperBound).toEqual([true, false]);
    expectClose(result.gradient[0] as number, -1, { abs: 1e-6 });
    expectKkt(result, 1e-6);
  });

  it('stops in a corner when both bounds bind (x ≥ 1.5, y ≤ 2)', () => {
    // y − x² < 0 throughout the box, so f falls as y rises and as x falls: the corner (1.5, 2).
    const result = minimizeBounded(rosenbrock, rosenbrockGradient, [2, 0], {
      lower: [1.5, -2],
      upper: [3, 2],
    });
    expect(result.x).toEqual([1.5, 2]);
    expect(result.atLowerBound).toEqual([true, false]);
    expect(result.atUpperBound).toEqual([false, true]);
    expectKkt(result, 0);
  });

  it('finds the known minimum of a correlated quadratic', () => {
    // f = ½(x − c)ᵀA(x − c) with A positive definite: minimum c, value 0.
    const A = [
      [4, 1, 0.5],
      [1, 3, -0.7],
      [0.5, -0.7, 2],
    ];
    const c = [1.5, -2, 0.25];
    const grad = (x: readonly number[]): number[] =>
      A.map((row) => row.reduce((sum, a, j) => sum + a * ((x[j] as number) - (c[j] as number)), 0));
    const f = (x: readonly number[]): number =>
      0.5 * grad(x).reduce((sum, g, i) => sum + g * ((x[i] as number) - (c[i] as number)), 0);
    const result = minimizeBounded(f, grad, [0, 0, 0]);
    expect(result.converged).toBe(true);
    for (const [i, v] of result.x.entries()) expectClose(v, c[i] as number, { abs: 1e-8 });
  });

  it('holds coordinates on their bounds: a correlated quadratic on the positive orthant meets KKT', () => {
    // Convex, so KKT at the answer proves it optimal. A projected quasi-Newton step without
    // the ε-active set stalls here and stops at a non-optimal point.
    const k = 6;
    const A = Array.from({ length: k }, (_, i) =>
      Array.from({ length: k }, (_, j) =>
        i === j ? 1 + i * i : 0.9 * Math.sqrt((1 + i * i) * (1 + j * j)) * 0.8 ** Math.abs(i - j),
      ),
    );
    const c = [-1, 2, -0.5, 1, -2, 3];
    const grad = (x: readonly number[]): number[] =>
      A.map((row) => row.reduce((sum, a, j) => sum + a * ((x[j] as number) - (c[j] as number)), 0));
    const f = (x: readonly number[]): number =>
      0.5 * grad(x).reduce((sum, g, i) => sum + g * ((x[i] as number) - (c[i] as number)), 0);
    const result = minimizeBounded(f, grad, new Array(k).fill(3), { lower: new Array(k).fill(0) });
    expect(result.converged).toBe(true);
    expect(result.atLowerBound).toEqual([true, false, true, true, true, false]);
    expectKkt(result, 1e-6);
    expect(result.evaluations).toBeLessThan(40);
  });

  it('follows a minimum that lies at infinity as far as f can tell (f = e^{−x} + y²)', () => {
    const result = minimizeBounded(
      ([x = 0, y = 0]) => Math.exp(-x) + y * y,
      ([x = 0, y = 0]) => [-Math.exp(-x), 2 * y],
      [0, 1],
      { lower: [0, -5] },
    );
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeGreaterThan(20); // e^{−20} ≈ 2e-9: below the relative tolerance 1e-12 of f = 1
    expect(result.value).toBeLessThan(1e-8);
    expect(result.atUpperBound).toEqual([false, false]);
  });

  it('approaches a bound where f stops being finite and reports it (as a branching ratio → 1)', () => {
    // f(n) = −n² falls towards n = 1 but is NaN there (as a likelihood can be at n = 1).
    const f = ([n = 0]: readonly number[]): number => (n < 1 ? -n * n : Number.NaN);
    const result = minimizeBounded(f, ([n = 0]) => [-2 * n], [0.5], { lower: [0], upper: [1] });
    expect(result.x[0]).toBeLessThan(1);
    expect(1 - (result.x[0] as number)).toBeLessThan(1e-6);
    expect(result.atUpperBound).toEqual([true]);
    expect(Number.isFinite(result.value)).toBe(true);
  });

  it('lands exactly on a bound set where f is finite (decay → its floor)', () => {
    // f(β) = β/2 + 1/(1 + β) has its minimum inside, at β = √2 − 1; f(β) = β + 1/(1 + β)
    // rises for all β > 0, so its minimum over β ≥ 1e-9 is exactly on the floor.
    const result = minimizeBounded(
      ([b = 0]) => b + 1 / (1 + b) - 0.5 * b,
      ([b = 0]) => [0.5 - 1 / (1 + b) ** 2],
      [3],
      { lower: [1e-9] },
    );
    expectClose(result.x[0] as number, Math.SQRT2 - 1, { abs: 1e-7 });
    const onFloor = minimizeBounded(
      ([b = 0]) => b + 1 / (1 + b),
      ([b = 0]) => [1 - 1 / (1 + b) ** 2],
      [3],
      {
        lower: [1e-9],
      },
    );
    expect(onFloor.x).toEqual([1e-9]);
    expect(onFloor.atLowerBound).toEqual([true]);
  });

  it('holds a coordinate fixed when its bounds coincide (for profile likelihoods)', () => {
    const result = minimizeBounded(rosenbrock, rosenbrockGradient, [0, 0], {
      lower: [0.8, -5],
      upper: [0.8, 5],
    });
    expect(result.x[0]).toBe(0.8);
    expectClose(result.x[1] as number, 0.64, { abs: 1e-7 });
  });

  it('projects a start outside the box and never returns a value above the start', () => {
    const result = minimizeBounded(
      rosenbrock,
      rosenbrockGradient,
      [5, 5],
      { lower: [-1, -1], upper: [2, 3] },
      { maxIterations: 3 },
    );
    expect(result.iterations).toBe(3);
    expect(result.converged).toBe(false);
    expect(result.message).toMatch(/iteration cap/);
    expect(result.value).toBeLessThanOrEqual(rosenbrock([2, 3]));
  });

  it('rejects a start where f is not finite, and malformed bounds, naming them', () => {
    expect(() =>
      minimizeBounded(
        ([x = 0]) => Math.log(x),
        ([x = 0]) => [1 / x],
        [-1],
      ),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: x0 must be a point where f and its gradient are finite, received f = NaN, gradient = [-1] at [-1]]`,
    );
    expect(() =>
      minimizeBounded(rosenbrock, rosenbrockGradient, [0, 0], { lower: [1, 0], upper: [0, 1] }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: bounds.lower[0] must be <= bounds.upper[0] and the box non-empty, received 1 and 0]`,
    );
    expect(() => minimizeBounded(rosenbrock, () => [1], [0, 0])).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: gradient must return 2 values, received 1]`,
    );
  });
});
