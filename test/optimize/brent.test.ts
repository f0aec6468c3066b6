import { describe, expect, it } from 'vitest';
import { findRoot } from '../../src/optimize/findRoot.js';
import { minimizeScalar } from '../../src/optimize/minimizeScalar.js';
import { expectClose } from '../helpers/expectClose.js';

describe('findRoot', () => {
  it('finds classical roots', () => {
    // cos x = x: the Dottie number 0.7390851332151607 (fixed point of cos).
    expectClose(findRoot((x) => Math.cos(x) - x, 0, 1).x, 0.7390851332151607, { abs: 1e-12 });
    // Wallis's cubic x³ − 2x − 5 (Newton's example): 2.0945514815423265.
    expectClose(findRoot((x) => x ** 3 - 2 * x - 5, 2, 3).x, 2.0945514815423265, { abs: 1e-12 });
    // ln x = 0 with the bracket given in either order.
    expectClose(findRoot(Math.log, 5, 0.1).x, 1, { abs: 1e-12 });
  });

  it('reaches a tight tolerance in few steps on a smooth function and still works on a step', () => {
    const smooth = findRoot((x) => Math.exp(x) - 2, 0, 3, { tolerance: 1e-15 });
    expectClose(smooth.x, Math.LN2, { abs: 1e-15 });
    expect(smooth.iterations).toBeLessThan(15);
    const step = findRoot((x) => (x < 0.3 ? -1 : 1), 0, 1); // bisection fallback
    expectClose(step.x, 0.3, { abs: 1e-12 });
  });

  it('finds the χ²₁ profile-likelihood end points of a quadratic log-likelihood', () => {
    // ℓ(θ) = −(θ − 2)²/(2·0.5²): the 95% interval is 2 ± 1.959963984540054·0.5.
    const drop = (theta: number) => -((theta - 2) ** 2) / (2 * 0.25) + 3.841458820694124 / 2;
    expectClose(findRoot(drop, 2, 10).x, 2 + 1.959963984540054 * 0.5, { abs: 1e-11 });
    expectClose(findRoot(drop, -10, 2).x, 2 - 1.959963984540054 * 0.5, { abs: 1e-11 });
  });

  it('rejects a bracket without a sign change', () => {
    expect(() => findRoot((x) => x * x + 1, -1, 1)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: f(a) and f(b) must have opposite signs, received f(-1) = 2 and f(1) = 2]`,
    );
  });
});

describe('minimizeScalar', () => {
  it('finds classical minima to √ε relative precision', () => {
    // sin on [3, 5]: minimum at 3π/2; x e^{−x} maximum at 1 (minimise the negative).
    expectClose(minimizeScalar(Math.sin, 3, 5).x, (3 * Math.PI) / 2, { abs: 1e-7 });
    expectClose(minimizeScalar((x) => -x * Math.exp(-x), 0, 4).x, 1, { abs: 1e-7 });
    const quartic = minimizeScalar((x) => (x - 0.3) ** 4, -1, 2); // flat: value tiny, x to ε^{1/4}
    expect(quartic.value).toBeLessThan(1e-14);
  });

  it('approaches a minimum at an end of the interval to within the tolerance', () => {
    const result = minimizeScalar((x) => x, 0, 1);
    expect(result.x).toBeGreaterThan(0);
    expect(result.x).toBeLessThan(1e-8);
  });

  it('treats NaN as +Infinity', () => {
    const result = minimizeScalar((x) => (x > 2 ? Number.NaN : (x - 1.5) ** 2), 0, 4);
    expectClose(result.x, 1.5, { abs: 1e-7 });
  });

  it('rejects an empty interval', () => {
    expect(() => minimizeScalar(Math.sin, 2, 1)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: a must be < b, received a = 2 and b = 1]`,
    );
  });
});
