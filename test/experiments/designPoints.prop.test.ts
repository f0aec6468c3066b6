import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ParameterRange } from '../../src/experiments/sensitivity/ParameterRange.js';
import { designPoints } from '../../src/experiments/sweep/designPoints.js';
import { createRng, type RandomSource } from '../../src/random/createRng.js';

/**
 * The design as it was built before it was read point by point: every point's values as
 * one JS array, all points at once (the independent reference the compact design must match
 * bit for bit, so that sweeps keep their rows).
 */
function wholeDesign(
  ranges: readonly ParameterRange[],
  design: 'grid' | 'latinHypercube',
  points: number,
  rng: RandomSource,
): number[][] {
  if (design === 'grid') {
    const levels = ranges.map((r) =>
      Array.from({ length: points }, (_, i) =>
        i === points - 1 ? r.high : r.low + (i * (r.high - r.low)) / (points - 1),
      ),
    );
    const rows: number[][] = [];
    for (let index = 0; index < points ** ranges.length; index++) {
      let rest = index;
      const row = new Array<number>(ranges.length);
      for (let i = ranges.length - 1; i >= 0; i--) {
        row[i] = levels[i]?.[rest % points] as number;
        rest = Math.floor(rest / points);
      }
      rows.push(row);
    }
    return rows;
  }
  const columns = ranges.map((r) => {
    const strata = Array.from({ length: points }, (_, i) => i);
    for (let i = points - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [strata[i], strata[j]] = [strata[j] as number, strata[i] as number];
    }
    return strata.map((s) => r.low + ((s + rng()) / points) * (r.high - r.low));
  });
  return Array.from({ length: points }, (_, j) => columns.map((c) => c[j] as number));
}

const range = fc
  .tuple(
    fc.double({ min: -1e3, max: 1e3, noNaN: true }),
    fc.double({ min: 1e-6, max: 1e3, noNaN: true }),
  )
  .map(([low, width]) => ({ low, high: low + width }));
const ranges = (maxLength: number) =>
  fc
    .array(range, { minLength: 1, maxLength })
    .map((rs): ParameterRange[] => rs.map((r, i) => ({ path: `p${i}`, ...r })));

const designCase = fc.oneof(
  fc.record({
    design: fc.constant('grid' as const),
    ranges: ranges(3),
    points: fc.integer({ min: 2, max: 6 }),
    seed: fc.integer(),
  }),
  fc.record({
    design: fc.constant('latinHypercube' as const),
    ranges: ranges(4),
    points: fc.integer({ min: 1, max: 120 }),
    seed: fc.integer(),
  }),
);

// fast-check prints the seed and the shrunk counterexample of any failure.
describe('designPoints', () => {
  it('read point by point, in any blocks, equals the design built whole, bit for bit', () => {
    fc.assert(
      fc.property(designCase, fc.array(fc.nat(), { maxLength: 5 }), (c, cuts) => {
        const whole = wholeDesign(c.ranges, c.design, c.points, createRng(c.seed));
        const design = designPoints(c.ranges, c.design, c.points, createRng(c.seed));
        expect(design.count).toBe(whole.length);
        // Blocks [from, to) between sorted cut points, read in reverse order: a worker's part
        // depends on nothing but its range.
        const bounds = [...new Set([0, ...cuts.map((x) => x % (whole.length + 1)), whole.length])];
        bounds.sort((a, b) => a - b);
        const read: number[][] = new Array(whole.length);
        for (let b = bounds.length - 1; b > 0; b--)
          for (let i = bounds[b - 1] as number; i < (bounds[b] as number); i++)
            read[i] = design.at(i);
        expect(read).toEqual(whole); // toEqual compares numbers with Object.is
      }),
      { numRuns: 100 },
    );
  });

  it('refuses a point outside the design, naming it', () => {
    const design = designPoints([{ path: 'x', low: 0, high: 1 }], 'grid', 3, createRng(1));
    expect(() => design.at(3)).toThrow('index must be an integer in [0, 3), received 3');
    expect(() => design.at(-1)).toThrow('index must be an integer in [0, 3), received -1');
  });
});
