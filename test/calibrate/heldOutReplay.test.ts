import { describe, expect, it } from 'vitest';
import { observedFromReading } from '../../src/calibrate/observed/observedFromReading.js';
import { prepareCalibration } from '../../src/calibrate/prepareCalibration.js';
import type { SummaryStatistic } from '../../src/calibrate/statistics/SummaryStatistic.js';
import { presets } from '../../src/scenario/presets.js';

// Replay mode calibrated on the first half of the record and predicting the second: within
// the record the force did what the record says, so the only strike in the held-out half is
// the record's (the wire reading's of March 11), whatever the drawn attack rate; the
// scenario's policy (strike after own deaths) decides only after the record ends.
const strikes: SummaryStatistic = {
  name: 'strikes',
  description: 'strikes in the window',
  compute: (r) => r.strikes.filter((s) => s.time > r.window.from && s.time <= r.window.to).length,
};

describe('held-out windows inside the record in replay mode', () => {
  it('impose the record’s strikes and nothing the policy would add', () => {
    const wire = observedFromReading('wire');
    const { from, to } = wire.window;
    const cut = (from + to) / 2;
    const prepared = prepareCalibration(presets['iraq-2020'], wire, {
      parameters: { 'militias.0.baseline': { type: 'uniform', min: 0.01, max: 3 } },
      window: { from, to: cut },
      predict: [
        { from: cut, to },
        { from: to, to: to + 30 },
      ],
      statistics: [strikes],
    });
    expect(prepared.predict[0]?.observed).toEqual([1]);
    let after = 0;
    for (let k = 0; k < 20; k++) {
      // 3 attacks a day for a month: own deaths, which the policy answers, are near certain.
      const outcome = prepared.simulate([3], `replay/${k}`);
      if (!('statistics' in outcome)) throw new Error(outcome.refused);
      expect(outcome.extra?.[0], `run ${k}`).toBe(1);
      after += outcome.extra?.[1] ?? 0;
    }
    // After the record the policy decides again (it is not held for ever).
    expect(after).toBeGreaterThan(0);
  });
});
