import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCountTable, invertCount, sampleCount } from '../../src/model/createCountSampler.js';
import {
  createSalvoSampler,
  createSalvoTable,
  drawSalvo,
} from '../../src/model/createSalvoSampler.js';
import { createSeedsAhead } from '../../src/model/SeedsAhead.js';
import {
  createCategoricalSampler,
  createCategoricalTable,
  invertCategorical,
} from '../../src/random/createCategoricalSampler.js';
import { createRng } from '../../src/random/createRng.js';
import { aleaSeedAt, createStream, seedStream } from '../../src/random/createStream.js';
import { createStreamState, streamDraw, streamSource } from '../../src/random/streamDraw.js';

// The engine draws targets and salvo sizes from plain tables and a stream's state
// (invertCategorical, drawSalvo); the samplers draw them through a uniform source. Both
// must give the same values from the same stream, or the engine's runs would change.
describe('mark tables', () => {
  it('drawSalvo draws what createSalvoSampler draws from the same stream, any mixture', () => {
    const count = fc.oneof(
      fc.constant(1), // a component with mean 0: no draw
      fc.double({ min: 1, max: 60, noNaN: true }),
      fc.double({ min: 1002, max: 3000, noNaN: true }), // drawn as a gamma–Poisson mixture
    );
    const dispersion = fc.double({ min: 0.2, max: 20, noNaN: true });
    fc.assert(
      fc.property(
        count,
        dispersion,
        fc.double({ min: 0, max: 1, noNaN: true }),
        count,
        dispersion,
        fc.string({ minLength: 1, maxLength: 8 }),
        (mean, k, largeShare, largeMean, largeK, seed) => {
          const salvo = { mean, dispersion: k, largeShare, largeMean, largeDispersion: largeK };
          const sampler = createSalvoSampler(salvo);
          const table = createSalvoTable(salvo);
          const reference = createStream(seed);
          const state = createStreamState();
          seedStream(seed, state);
          const rng = streamSource(state);
          for (let i = 0; i < 30; i++)
            expect(drawSalvo(table, state, rng)).toBe(sampler(reference));
          // The two views stayed in step: the next uniforms agree.
          expect(streamDraw(state)).toBe(reference());
        },
      ),
      { numRuns: 200, seed: 3 },
    );
  });

  it('invertCategorical picks what createCategoricalSampler picks for the same uniform', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 100, noNaN: true })), {
          minLength: 1,
          maxLength: 12,
        }),
        fc.integer({ min: 0, max: 1e6 }),
        (weights, seed) => {
          fc.pre(weights.some((w) => w > 0));
          const sampler = createCategoricalSampler(weights);
          const table = createCategoricalTable(weights);
          const a = createRng(seed);
          const b = createRng(seed);
          for (let i = 0; i < 40; i++) expect(invertCategorical(table, a())).toBe(sampler(b));
        },
      ),
      { numRuns: 200, seed: 5 },
    );
  });

  it('documented examples', () => {
    expect(invertCategorical(createCategoricalTable([1, 0, 3]), 0.5)).toBe(2);
    expect(invertCategorical(createCategoricalTable([1, 0, 3]), 0.1)).toBe(0);
    expect(createCountTable(3, 1).table.length > 0).toBe(true);
    expect(invertCount(createCountTable(3, 1), 0)).toBe(0);
    expect(sampleCount(createCountTable(0, 1), createRng(1))).toBe(0);
    const salvo = { mean: 1, dispersion: 1, largeShare: 0, largeMean: 30, largeDispersion: 10 };
    expect(createSalvoTable(salvo).share).toBe(0);
    const state = createStreamState();
    expect(drawSalvo(createSalvoTable(salvo), state, streamSource(state))).toBe(1);
    const states = new Float64Array(8);
    aleaSeedAt(states, 4, 0.5, 0.5, 0.5);
    expect(states[7]).toBe(1);
    expect(createSeedsAhead(1).count).toBe(0);
  });
});
