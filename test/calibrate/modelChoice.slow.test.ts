import { describe, expect, it } from 'vitest';
import { compareMechanisms } from '../../src/calibrate/modelChoice/compareMechanisms.js';
import { strikeResponseMechanisms } from '../../src/calibrate/modelChoice/strikeResponseMechanisms.js';
import { presets } from '../../src/scenario/presets.js';
import { syntheticRecord } from './helpers/syntheticRecord.js';

// The check that Robert, Cornuet, Marin & Pillai (2011) call for: ABC model choice on
// summary statistics can prefer the wrong model, so show that the default statistics make
// the choice on records simulated under each mechanism. iraq-2020 over 300 days with a
// baseline of 0.5 attacks a day (150–350 attacks), 19 strikes imposed every 15 days and a
// strong response (±3 attacks per strike, or none); replay mode; 6000 draws over the three
// mechanisms, the closest 3% kept (180). About 1–2 minutes in all on this machine.
const strikeTimes = Array.from({ length: 19 }, (_, i) => 15 * (i + 1));
const truths = [
  { mechanism: 'retaliation deters', response: -3 },
  { mechanism: 'retaliation provokes', response: 3 },
  { mechanism: 'no effect', response: 0 },
];

describe('ABC model choice picks the mechanism that simulated the record', () => {
  for (const truth of truths) {
    it(`${truth.mechanism} (response ${truth.response} per strike)`, () => {
      const { record, scenario } = syntheticRecord(
        presets['iraq-2020'],
        { 'militias.0.baseline': 0.5, 'militias.0.strikeResponse': truth.response },
        { horizonDays: 300, strikeTimes, seed: `model-choice/${truth.mechanism}` },
      );
      const choice = compareMechanisms(scenario, record, {
        mechanisms: strikeResponseMechanisms(
          { 'militias.0.baseline': { type: 'logUniform', min: 0.05, max: 2 } },
          { maxResponse: 5 },
        ),
        simulations: 6000,
        pilot: 1500,
        acceptQuantile: 0.03,
        seed: `model-choice/${truth.mechanism}`,
      });
      const best = [...choice.mechanisms].sort((a, b) => b.probability - a.probability)[0];
      expect(best?.name, JSON.stringify(choice.mechanisms)).toBe(truth.mechanism);
      // And not by a hair: at least 2 Monte Carlo SE ahead of the runner-up.
      const [first, second] = [...choice.mechanisms].sort((a, b) => b.probability - a.probability);
      const se = Math.sqrt((first?.standardError ?? 0) ** 2 + (second?.standardError ?? 0) ** 2);
      expect((first?.probability ?? 0) - (second?.probability ?? 0)).toBeGreaterThan(2 * se);
    });
  }
});
