import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCategoricalSampler } from '../../src/random/createCategoricalSampler.js';
import { createRng, type RandomSource } from '../../src/random/createRng.js';
import { sampleBinomial } from '../../src/random/sampleBinomial.js';
import { sampleCategorical } from '../../src/random/sampleCategorical.js';
import { sampleExponential } from '../../src/random/sampleExponential.js';
import { sampleGamma } from '../../src/random/sampleGamma.js';
import { sampleNegativeBinomial } from '../../src/random/sampleNegativeBinomial.js';
import { sampleNormal } from '../../src/random/sampleNormal.js';
import { samplePoisson } from '../../src/random/samplePoisson.js';
import { sampleUniform } from '../../src/random/sampleUniform.js';

// For random valid parameters and seeds: every draw lies in the distribution's support,
// and the same seed gives the same draws. fast-check prints its seed on failure.
const DRAWS = 20;
const seed = fc.integer();
const positive = (min: number, max: number) => fc.double({ min, max, noNaN: true });
const nonNegativeInteger = (x: number) => Number.isInteger(x) && x >= 0;

interface Case {
  name: string;
  params: fc.Arbitrary<number[]>;
  draw: (rng: RandomSource, params: number[]) => number;
  inSupport: (x: number, params: number[]) => boolean;
}

const p = (params: number[], i: number) => params[i] as number;

const cases: Case[] = [
  {
    name: 'sampleUniform draws in [min, max)',
    params: fc.tuple(fc.double({ min: -1e6, max: 1e6, noNaN: true }), positive(1e-6, 1e6)),
    draw: (rng, [min, width]) =>
      sampleUniform(rng, min as number, (min as number) + (width as number)),
    inSupport: (x, [min, width]) => x >= (min as number) && x < (min as number) + (width as number),
  },
  {
    name: 'sampleExponential draws finite x ≥ 0',
    params: fc.tuple(positive(1e-6, 1e6)),
    draw: (rng, params) => sampleExponential(rng, p(params, 0)),
    inSupport: (x) => Number.isFinite(x) && x >= 0,
  },
  {
    name: 'sampleNormal draws finite numbers',
    params: fc.tuple(fc.double({ min: -1e6, max: 1e6, noNaN: true }), positive(0, 1e3)),
    draw: (rng, params) => sampleNormal(rng, p(params, 0), p(params, 1)),
    inSupport: (x) => Number.isFinite(x),
  },
  {
    name: 'sampleGamma draws finite x ≥ 0',
    params: fc.tuple(positive(1e-3, 1e4), positive(1e-3, 1e3)),
    draw: (rng, params) => sampleGamma(rng, p(params, 0), p(params, 1)),
    inSupport: (x) => Number.isFinite(x) && x >= 0,
  },
  {
    name: 'samplePoisson draws integers ≥ 0',
    params: fc.tuple(fc.oneof(positive(0, 12), positive(0, 1e12))),
    draw: (rng, params) => samplePoisson(rng, p(params, 0)),
    inSupport: nonNegativeInteger,
  },
  {
    name: 'sampleBinomial draws integers in [0, n]',
    params: fc.tuple(
      fc.oneof(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 2 ** 40 })),
      fc.double({ min: 0, max: 1, noNaN: true }),
    ),
    draw: (rng, params) => sampleBinomial(rng, p(params, 0), p(params, 1)),
    inSupport: (x, params) => nonNegativeInteger(x) && x <= p(params, 0),
  },
  {
    name: 'sampleNegativeBinomial draws integers ≥ 0',
    params: fc.tuple(positive(0, 1e4), positive(1e-2, 1e4)),
    draw: (rng, params) => sampleNegativeBinomial(rng, p(params, 0), p(params, 1)),
    inSupport: nonNegativeInteger,
  },
];

describe('sampler invariants', () => {
  it.each(cases.map((c) => [c.name, c] as const))(
    '%s; the same seed gives the same draws',
    (_, c) => {
      fc.assert(
        fc.property(seed, c.params, (s, params) => {
          const first = createRng(s);
          const again = createRng(s);
          for (let i = 0; i < DRAWS; i++) {
            const x = c.draw(first, params);
            expect(c.inSupport(x, params), `draw ${x}`).toBe(true);
            expect(c.draw(again, params)).toBe(x);
          }
        }),
      );
    },
  );

  it('categorical draws index a positive weight, the same from both forms and both runs', () => {
    const weights = fc
      .array(fc.oneof(fc.constant(0), positive(0, 100)), { minLength: 1, maxLength: 30 })
      .filter((w) => w.some((x) => x > 0));
    fc.assert(
      fc.property(seed, weights, (s, w) => {
        const sampler = createCategoricalSampler(w);
        const a = createRng(s);
        const b = createRng(s);
        for (let i = 0; i < DRAWS; i++) {
          const index = sampleCategorical(a, w);
          expect(w[index]).toBeGreaterThan(0);
          expect(sampler(b)).toBe(index);
        }
      }),
    );
  });
});
