import { describe, expect, it } from 'vitest';
import {
  exponentialSumRoots,
  integrateExponentialSum,
  integratePositivePart,
} from '../../src/hawkes/exponentialSum.js';
import { createRng } from '../../src/random/createRng.js';
import { expectClose } from '../helpers/expectClose.js';

describe('exponentialSumRoots', () => {
  it('finds the root of 1 − 2e^{−u} at ln 2', () => {
    const [root] = exponentialSumRoots([1, -2], [0, 1], 5);
    expectClose(root as number, Math.LN2, { abs: 1e-15 });
  });

  it('finds both roots of a sum that dips below zero and recovers', () => {
    // f(u) = 1 − 3e^{−u} + 2e^{−2u} = (1 − e^{−u})(1 − 2e^{−u}) has a root at u = ln 2 and a
    // double root at 0; on (0, 5) only ln 2 is a sign change.
    expect(exponentialSumRoots([1, -3, 2], [0, 1, 2], 5).map((r) => r.toFixed(12))).toEqual([
      Math.LN2.toFixed(12),
    ]);
    // g(u) = 0.2 − e^{−u} + 2e^{−3u}: positive at 0, negative near 1, positive at ∞; roots by hand
    // are where e^{−u} = x solves 2x³ − x + 0.2 = 0, x ∈ {0.2137…, 0.5989…}.
    const roots = exponentialSumRoots([0.2, -1, 2], [0, 1, 3], 10);
    expect(roots).toHaveLength(2);
    for (const r of roots)
      expectClose(0.2 - Math.exp(-r) + 2 * Math.exp(-3 * r), 0, { abs: 1e-14 });
  });

  it('finds no root in a sum of positive terms or a single term', () => {
    expect(exponentialSumRoots([1, 2, 3], [0, 1, 2], 10)).toEqual([]);
    expect(exponentialSumRoots([-1], [0.5], 10)).toEqual([]);
  });
});

describe('integratePositivePart', () => {
  it('integrates max(0, 1 − 2e^{−u}) on [0, 5] in closed form', () => {
    // ∫_{ln 2}^{5} (1 − 2e^{−u}) du = 5 − ln 2 − 2(1/2 − e^{−5}).
    expectClose(
      integratePositivePart([1, -2], [0, 1], 5),
      5 - Math.LN2 - 2 * (0.5 - Math.exp(-5)),
      { abs: 1e-14 },
    );
  });

  it('equals the plain integral when nothing is negative, and 0 when everything is', () => {
    expectClose(
      integratePositivePart([1, 2], [0, 1], 3),
      integrateExponentialSum([1, 2], [0, 1], 0, 3),
      { rel: 1e-15 },
    );
    expect(integratePositivePart([-1, -2], [0, 1], 3)).toBe(0);
  });

  it('matches a fine midpoint rule on random sums with growing and decaying terms', () => {
    const rng = createRng('positive-part');
    for (let trial = 0; trial < 50; trial++) {
      const terms = 1 + Math.floor(rng() * 4);
      const coef = Array.from({ length: terms }, () => 4 * rng() - 2);
      const rate = Array.from({ length: terms }, () => 3 * rng() - 0.5);
      const length = 0.5 + 5 * rng();
      const steps = 200_000;
      const h = length / steps;
      let riemann = 0;
      for (let i = 0; i < steps; i++) {
        const u = (i + 0.5) * h;
        let f = 0;
        for (let k = 0; k < terms; k++)
          f += (coef[k] as number) * Math.exp(-(rate[k] as number) * u);
        riemann += Math.max(0, f) * h;
      }
      // The midpoint rule's error is O(h²·max|f''|·length) away from kinks, O(h²) at each kink.
      expectClose(integratePositivePart(coef, rate, length), riemann, { abs: 1e-7 });
    }
  });
});
