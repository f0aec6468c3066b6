import { describe, expect, it } from 'vitest';
import { presets, sweep } from '../../src/index.js';
import { oldGenerationPerUnit } from '../helpers/oldGeneration.js';

const options = {
  parameters: [
    { path: 'militias.0.baseline', low: 0.04, high: 0.12 },
    { path: 'hostGovernment.thresholds.expulsion', low: 6, high: 20 },
  ],
  design: 'latinHypercube' as const,
  replicates: 1,
  seed: 1,
};

// Measured here (loaded, under the test runner): 5.2 KB per point when each row was built
// by object spread, 0.4-0.8 KB once rows were filled key by key. The bound sits between.
const BOUND = 2048;

describe('sweep memory', () => {
  // KNOWN REGRESSION, expected to fail: since the engine's single-militia loop and
  // Float64Array stream states, a run's state, compiled samplers and stream states end in
  // the old generation, 14-16 KB per point for the runs alone and 22-27 KB for a sweep
  // point. When that is fixed this test fails: make it `it` again.
  it.fails('leaves under 2 KB per design point in the old generation', () => {
    const run = (points: number) => {
      let rows = 0;
      for (const _ of sweep(presets['iraq-2020'], { ...options, points })) rows++;
      return rows;
    };
    run(600);
    const points = 600;
    expect(oldGenerationPerUnit(points, () => expect(run(points)).toBe(points))).toBeLessThan(
      BOUND,
    );
  }, 60_000);
});
