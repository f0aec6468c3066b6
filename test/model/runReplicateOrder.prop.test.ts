import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../src/model/compileScenario.js';
import { runReplicate } from '../../src/model/runReplicate.js';
import { runScenario } from '../../src/model/runScenario.js';
import { presets } from '../../src/scenario/presets.js';
import { scenarioArbitrary } from './scenarioArbitrary.js';

// runReplicate seeds the streams of the next few replicates together when runs go in order
// (SeedsAhead). Whatever order replicates and seeds come in — in order, backwards, jumping
// into or out of a batch, alternating seeds, runs that strike after runs that did not — each
// must give exactly what a run on a fresh state gives (runScenario seeds one replicate alone).
const calls = fc.array(
  fc.record({
    seed: fc.constantFrom<number | string>('a', 'b', 1, '1'),
    replicate: fc.oneof(fc.integer({ min: 0, max: 14 }), fc.constant(2 ** 53 - 3)),
    // Runs of consecutive replicates, as ensembles make them.
    length: fc.integer({ min: 1, max: 9 }),
  }),
  { minLength: 1, maxLength: 8 },
);

function expectFreshRuns(
  compiled: ReturnType<typeof compileScenario>,
  order: Array<{ seed: number | string; replicate: number; length: number }>,
) {
  for (const { seed, replicate, length } of order) {
    for (let r = replicate; r < replicate + length && Number.isSafeInteger(r); r++) {
      expect(runReplicate(compiled, seed, r)).toEqual(
        runScenario(compiled, { seed, replicate: r, keepEvents: false }).outcomes,
      );
    }
  }
}

describe('runReplicate in any order', () => {
  it('iraq-2020 (some runs strike, some do not): the outcomes of fresh runs', () => {
    const compiled = compileScenario(presets['iraq-2020']);
    fc.assert(
      fc.property(calls, (order) => expectFreshRuns(compiled, order)),
      {
        numRuns: 40,
        seed: 7,
      },
    );
  });

  it('random scenarios (several militias, any policy): the outcomes of fresh runs', () => {
    fc.assert(
      fc.property(scenarioArbitrary, calls, (input, order) =>
        expectFreshRuns(compileScenario(input), order),
      ),
      { numRuns: 25, seed: 11 },
    );
  });
});
