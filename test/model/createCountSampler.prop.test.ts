import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCountSampler } from '../../src/model/createCountSampler.js';

/**
 * Inversion written independently of the sampler's search: the smallest x with u < F(x),
 * scanning from 0, over F summed term by term with the sampler's recurrence and stopping
 * rule (so the same rounding), or null when u lies beyond the table (the chop-down tail,
 * which the guide table does not touch).
 */
function smallestX(u: number, mean: number, k: number): number | null {
  const ratio = mean / (k + mean);
  let p = Math.exp(-k * Math.log1p(mean / k));
  let total = 0;
  for (let x = 0; x < 4096; x++) {
    total += p;
    if (u < total) return x;
    p *= ((x + k) / (x + 1)) * ratio;
    if (1 - total < 2 ** -40 && x >= mean) return null;
  }
  return null;
}

describe('createCountSampler (guide table)', () => {
  it('returns for every uniform within its table exactly the smallest x with u < F(x)', () => {
    // The guide table only chooses where the search starts; the answer must not change,
    // including at cell edges (u = j/G) and at the extreme 32-bit uniforms the engine's
    // streams give (0 and 1 − 2⁻³²).
    const uniform = fc.oneof(
      fc.integer({ min: 0, max: 2 ** 32 - 1 }).map((i) => i * 2 ** -32),
      fc.integer({ min: 0, max: 4096 }).map((j) => j / 4096),
      fc.constantFrom(0, 1 - 2 ** -32),
    );
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 200, noNaN: true }),
        fc.double({ min: 0.05, max: 50, noNaN: true }),
        fc.array(uniform, { minLength: 1, maxLength: 30 }),
        (mean, k, us) => {
          const sample = createCountSampler(mean, k);
          for (const u of us) {
            const x = smallestX(u, mean, k);
            if (x !== null) expect(sample(() => u)).toBe(x);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
