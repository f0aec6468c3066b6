import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minimizeBounded } from '../../src/optimize/minimizeBounded.js';
import { expectClose } from '../helpers/expectClose.js';

/** A box side: finite or open (±Infinity). */
const problem = fc.integer({ min: 1, max: 4 }).chain((k) =>
  fc.record({
    centre: fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: k, maxLength: k }),
    curvature: fc.array(fc.double({ min: 0.01, max: 100, noNaN: true }), {
      minLength: k,
      maxLength: k,
    }),
    lower: fc.array(fc.option(fc.double({ min: -5, max: 0, noNaN: true }), { nil: undefined }), {
      minLength: k,
      maxLength: k,
    }),
    width: fc.array(fc.option(fc.double({ min: 0, max: 6, noNaN: true }), { nil: undefined }), {
      minLength: k,
      maxLength: k,
    }),
    start: fc.array(fc.double({ min: -20, max: 20, noNaN: true }), { minLength: k, maxLength: k }),
  }),
);

describe('minimizeBounded invariants', () => {
  it('returns the clamped centre of a separable quadratic, inside the box and no worse than the start', () => {
    // min Σ a_i (x_i − c_i)² on a box is x_i = clamp(c_i, l_i, u_i) coordinate by coordinate.
    fc.assert(
      fc.property(problem, ({ centre, curvature, lower, width, start }) => {
        const l = lower.map((v) => v ?? Number.NEGATIVE_INFINITY);
        const u = lower.map((v, i) => (v ?? 0) + (width[i] ?? Number.POSITIVE_INFINITY));
        const f = (x: readonly number[]) =>
          x.reduce(
            (s, xi, i) => s + (curvature[i] as number) * (xi - (centre[i] as number)) ** 2,
            0,
          );
        const g = (x: readonly number[]) =>
          x.map((xi, i) => 2 * (curvature[i] as number) * (xi - (centre[i] as number)));
        const result = minimizeBounded(f, g, start, { lower: l, upper: u });
        const projectedStart = start.map((s, i) =>
          Math.min(u[i] as number, Math.max(l[i] as number, s)),
        );
        expect(result.value).toBeLessThanOrEqual(f(projectedStart));
        const best = result.x.map((_, i) =>
          Math.min(u[i] as number, Math.max(l[i] as number, centre[i] as number)),
        );
        result.x.forEach((xi, i) => {
          expect(xi).toBeGreaterThanOrEqual(l[i] as number);
          expect(xi).toBeLessThanOrEqual(u[i] as number);
          // The search stops when f falls by under 1e-12·max(|f|, 1) (its default relative
          // tolerance); an excess that small leaves coordinate i off by up to
          // √(1e-12·max(|f|, 1)/a_i), 1e-5 at the smallest curvature 0.01. Ten times that.
          const slack = 10 * Math.sqrt((1e-12 * Math.max(1, f(best))) / (curvature[i] as number));
          expectClose(xi, best[i] as number, { abs: slack });
        });
        expect(result.converged).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('stays in the box, never rises above the start and never returns NaN where f has NaN holes', () => {
    // Rosenbrock in k dimensions, undefined (NaN) wherever Σx > 2.5: the optimiser must step around it.
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 4 }).chain((k) =>
          fc.record({
            start: fc.array(fc.double({ min: -1.5, max: 0.5, noNaN: true }), {
              minLength: k,
              maxLength: k,
            }),
            upper: fc.array(fc.double({ min: 0.6, max: 3, noNaN: true }), {
              minLength: k,
              maxLength: k,
            }),
          }),
        ),
        ({ start, upper }) => {
          const k = start.length;
          const f = (x: readonly number[]): number => {
            if (x.reduce((s, v) => s + v, 0) > 2.5) return Number.NaN;
            let sum = 0;
            for (let i = 0; i < k - 1; i++)
              sum +=
                100 * ((x[i + 1] as number) - (x[i] as number) ** 2) ** 2 +
                (1 - (x[i] as number)) ** 2;
            return sum;
          };
          const g = (x: readonly number[]): number[] => {
            const out = new Array<number>(k).fill(0);
            for (let i = 0; i < k - 1; i++) {
              const a = x[i] as number;
              const b = x[i + 1] as number;
              out[i] = (out[i] as number) - 400 * a * (b - a * a) - 2 * (1 - a);
              out[i + 1] = (out[i + 1] as number) + 200 * (b - a * a);
            }
            return out;
          };
          const lower = new Array<number>(k).fill(-2);
          const result = minimizeBounded(f, g, start, { lower, upper }, { maxIterations: 200 });
          expect(result.value).toBeLessThanOrEqual(f(start));
          expect(Number.isFinite(result.value)).toBe(true);
          expect(result.x.every(Number.isFinite) && result.gradient.every(Number.isFinite)).toBe(
            true,
          );
          result.x.forEach((xi, i) => {
            expect(xi).toBeGreaterThanOrEqual(-2);
            expect(xi).toBeLessThanOrEqual(upper[i] as number);
          });
        },
      ),
      { numRuns: 100 },
    );
  });
});
