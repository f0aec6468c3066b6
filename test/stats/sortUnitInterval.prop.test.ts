import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortUnitInterval } from '../../src/stats/sortUnitInterval.js';

describe('sortUnitInterval', () => {
  it('sorts any 64–500 values in [0, 1] exactly as the built-in sort does', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 64, maxLength: 500 }),
        (xs) => {
          const expected = Float64Array.from(xs).sort();
          expect(Array.from(sortUnitInterval(Float64Array.from(xs)))).toEqual(Array.from(expected));
        },
      ),
    );
  });

  it('sorts crowded values (all in one bucket) through the fallback', () => {
    const crowded = Float64Array.from({ length: 1000 }, (_, i) => 0.5 + ((i * 7919) % 1000) * 1e-9);
    const expected = Float64Array.from(crowded).sort();
    expect(Array.from(sortUnitInterval(crowded))).toEqual(Array.from(expected));
  });
});
