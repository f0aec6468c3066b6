import { describe, expect, it } from 'vitest';
import { attributeObservedAttacks } from '../../src/calibrate/attributeObservedAttacks.js';
import { calibrate } from '../../src/calibrate/calibrate.js';
import { observedFromReading } from '../../src/calibrate/observed/observedFromReading.js';
import type { Posterior } from '../../src/calibrate/Posterior.js';
import { attributeEvents } from '../../src/hawkes/attributeEvents.js';
import { presets } from '../../src/scenario/presets.js';
import { expectClose } from '../helpers/expectClose.js';

const iraq = presets['iraq-2020'];
const wire = observedFromReading('wire');
const militia = iraq.militias[0] as NonNullable<(typeof iraq.militias)[0]>;
// A small posterior over three of the six attack-process fields; the other three come
// from the scenario.
const posterior = calibrate(iraq, wire, {
  parameters: {
    'militias.0.baseline': { type: 'logUniform', min: 0.02, max: 1 },
    'militias.0.branchingRatio': { type: 'uniform', min: 0, max: 0.9 },
    'militias.0.strikeResponse': { type: 'normal', mean: 1, sd: 1 },
  },
  particles: 30,
  simulationBudget: 300,
  seed: 4,
});
const times = wire.attacks.map((a) => a.time as number).sort((a, b) => a - b);
const strikes = {
  times: wire.strikes.map((s) => s.time),
  hostKilled: wire.strikes.map((s) => s.hostKilled ?? 0),
};
const exact = (row: readonly number[]) =>
  attributeEvents(
    times,
    {
      baseline: row[0] as number,
      branchingRatio: row[1] as number,
      decay: militia.decay,
      strikeResponse: row[2] as number,
      strikeResponseDecay: militia.strikeResponseDecay,
      hostDeathResponse: militia.hostDeathResponse,
    },
    { strikes },
  );
const pointMass = (k: number): Posterior => ({
  ...posterior,
  weights: posterior.weights.map((_, i) => (i === k ? 1 : 0)),
});

describe('attributeObservedAttacks', () => {
  it('under a posterior with all its weight on one draw, equals attributeEvents at that draw', () => {
    for (const k of [0, 7, 29]) {
      const got = attributeObservedAttacks(iraq, wire, pointMass(k), { seed: 1, draws: 20 });
      const want = exact(posterior.draws[k] as number[]);
      expect(got.map((a) => a.time)).toEqual(times);
      got.forEach((a, i) => {
        const w = want[i] as (typeof want)[0];
        expectClose(a.background, w.background, { abs: 1e-12 });
        expectClose(a.triggered, w.triggered, { abs: 1e-12 });
        expectClose(a.provoked, w.provoked, { abs: 1e-12 });
      });
    }
  });

  it('averages over the weighted draws: with many draws, the weighted mean of the exact attributions', () => {
    // Each of D draws picks particle k with probability w_k, so the average of a share has
    // standard error sd/√D; with D = 4000 every share must lie within 4 SE of its weighted mean.
    const D = 4000;
    const got = attributeObservedAttacks(iraq, wire, posterior, { seed: 2, draws: D });
    const each = posterior.draws.map((row) => exact(row));
    for (const key of ['background', 'triggered', 'provoked'] as const)
      got.forEach((a, i) => {
        const values = each.map((list) => (list[i] as (typeof list)[0])[key]);
        const mean = values.reduce((s, v, k) => s + (posterior.weights[k] as number) * v, 0);
        const variance = values.reduce(
          (s, v, k) => s + (posterior.weights[k] as number) * (v - mean) ** 2,
          0,
        );
        expect(Math.abs(a[key] - mean), `${key} of attack ${i}`).toBeLessThanOrEqual(
          4 * Math.sqrt(variance / D) + 1e-12,
        );
      });
    // Only the attack after the strike can have been provoked by it.
    expect(got.filter((a) => a.provoked > 0).map((a) => a.day)).toEqual(['2020-03-14']);
  });

  it('is deterministic by seed, and refuses a posterior of another scenario or a bad draw count', () => {
    const a = attributeObservedAttacks(iraq, wire, posterior, { seed: 3, draws: 50 });
    expect(attributeObservedAttacks(iraq, wire, posterior, { seed: 3, draws: 50 })).toEqual(a);
    expect(() => attributeObservedAttacks(presets.restraint, wire, posterior, { seed: 3 })).toThrow(
      /calibrated on scenario "iraq-2020"/,
    );
    expect(() => attributeObservedAttacks(iraq, wire, posterior, { seed: 3, draws: 0 })).toThrow(
      'draws must be an integer in [1, 100000], received 0',
    );
  });
});
