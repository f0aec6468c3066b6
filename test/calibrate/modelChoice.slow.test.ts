import { describe, expect, it } from 'vitest';
import { compareMechanisms } from '../../src/calibrate/modelChoice/compareMechanisms.js';
import { strikeResponseMechanisms } from '../../src/calibrate/modelChoice/strikeResponseMechanisms.js';
import { presets } from '../../src/scenario/presets.js';
import { syntheticRecord } from './helpers/syntheticRecord.js';

// The check that Robert, Cornuet, Marin & Pillai (2011) call for: ABC model choice on
// summary statistics can prefer the wrong model, so show that the default statistics make
// the choice on records simulated under each mechanism. iraq-2020 over 300 days with a
// baseline of 0.5 attacks a day (150–350 attacks), 19 strikes imposed every 15 days and a
// strong response (±3 attacks per strike, or none); replay mode; per record 2000 draws over
// the three mechanisms, the closest 4% kept (80). Three records per mechanism: one record
// can mislead by chance (the after-minus-before strike statistic has a standard deviation
// of about 24 attacks under "no effect"; a first trial drew a record at +56 and ABC, rightly
// given that record, chose "provokes"), so the check asks that the right mechanism win on at
// least 2 of 3 records of each and 8 of 9 in all. About 6 minutes on this 2-core machine
// while shared (load average about 20).
const strikeTimes = Array.from({ length: 19 }, (_, i) => 15 * (i + 1));
const truths = [
  { mechanism: 'retaliation deters', response: -3 },
  { mechanism: 'retaliation provokes', response: 3 },
  { mechanism: 'no effect', response: 0 },
];
const RECORDS = 3;

describe('ABC model choice picks the mechanism that simulated the record', () => {
  it('on three records of each mechanism', () => {
    const confusion: Record<string, string[]> = {};
    for (const truth of truths) {
      confusion[truth.mechanism] = [];
      for (let r = 0; r < RECORDS; r++) {
        const seed = `model-choice/${truth.mechanism}/${r}`;
        const { record, scenario } = syntheticRecord(
          presets['iraq-2020'],
          { 'militias.0.baseline': 0.5, 'militias.0.strikeResponse': truth.response },
          { horizonDays: 300, strikeTimes, seed },
        );
        const choice = compareMechanisms(scenario, record, {
          mechanisms: strikeResponseMechanisms(
            { 'militias.0.baseline': { type: 'logUniform', min: 0.05, max: 2 } },
            { maxResponse: 5 },
          ),
          simulations: 2000,
          pilot: 600,
          acceptQuantile: 0.04,
          seed,
        });
        const best = [...choice.mechanisms].sort((a, b) => b.probability - a.probability)[0];
        confusion[truth.mechanism]?.push(best?.name ?? '');
      }
    }
    const right = (m: string) => (confusion[m] ?? []).filter((x) => x === m).length;
    const message = JSON.stringify(confusion);
    for (const truth of truths) expect(right(truth.mechanism), message).toBeGreaterThanOrEqual(2);
    expect(
      truths.reduce((s, t) => s + right(t.mechanism), 0),
      message,
    ).toBeGreaterThanOrEqual(8);
  });
});
