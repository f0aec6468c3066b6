import { describe, expect, it } from 'vitest';
import { presets, sensitivity } from '../../../src/index.js';

const restraint = presets.restraint;
const parameters = [
  { path: 'militias.0.baseline', low: 0.05, high: 0.1 },
  // Restraint never strikes, so intelligence cannot matter: with common random numbers its
  // effect is exactly zero, whatever the replicate noise.
  { path: 'foreignForce.intelligenceDays', low: 1, high: 14 },
];

describe('sensitivity on the model', () => {
  it('Morris: the baseline rate matters, an inert parameter has μ* = 0 exactly', () => {
    const s = sensitivity(restraint, {
      method: 'morris',
      seed: 1,
      replicates: 4,
      trajectories: 6,
      parameters,
    });
    expect(s.parameters[0]?.muStar).toBeGreaterThan(5);
    expect(s.parameters[1]).toMatchObject({ muStar: 0, sigma: 0 });
    expect(s).toMatchObject({
      evaluations: 18,
      runs: 72,
      outcome: 'attacks',
      method: 'morris',
      seed: 1,
    });
    expect(s.replicateNoise.share).toBeGreaterThan(0);
  });

  it('Sobol: an inert parameter has total index 0 exactly', () => {
    const s = sensitivity(restraint, {
      method: 'sobol',
      seed: 2,
      replicates: 2,
      samples: 16,
      bootstrap: 50,
      parameters,
    });
    expect(s.parameters[1]?.total).toBe(0);
    expect(s.parameters[0]?.total).toBeGreaterThan(0.5);
    expect(s.evaluations).toBe(16 * 4);
  });

  it('refuses bad input, naming it', () => {
    const o = { method: 'sobol' as const, seed: 1, replicates: 1 };
    expect(() =>
      sensitivity(restraint, {
        ...o,
        parameters: [{ path: 'militias.0.baseLine', low: 0, high: 1 }],
      }),
    ).toThrow(
      /parameters\[0\]\.path "militias.0.baseLine" is not a numeric field of the scenario. Did you mean "militias.0.baseline"\?/,
    );
    expect(() =>
      sensitivity(restraint, {
        ...o,
        parameters: [{ path: 'militias.0.baseline', low: 0.2, high: 0.1 }],
      }),
    ).toThrow(/^parameters\[0\] \(militias.0.baseline\) must have finite low < high/);
    expect(() => sensitivity(restraint, { ...o, samples: 4, parameters })).toThrow(
      /^samples must be an integer >= 16/,
    );
    expect(() => sensitivity(restraint, { ...o, outcome: 'expulsionDay', parameters })).toThrow(
      /^outcome expulsionDay is null in some runs/,
    );
    expect(() => sensitivity(restraint, { ...o, parameters: [] })).toThrow(
      /^parameters must list at least one/,
    );
  });
});
