import { describe, expect, it } from 'vitest';
import { calibrate } from '../../src/calibrate/calibrate.js';
import { presets } from '../../src/scenario/presets.js';
import { RECOVERY_PRIORS, RECOVERY_TRUTH } from './helpers/recoveryProblem.js';
import { syntheticRecord } from './helpers/syntheticRecord.js';

// A record of the real data's length: iraq-2020 with baseline 0.2 a day and branching ratio
// 0.4 over 35 days (13 attacks with this seed), no strikes. A small ABC-SMC (100 particles,
// 3 generations): its 90% intervals must cover the truth (a 90% event for each parameter,
// fixed by the seed), and the same seed must give the same posterior bit for bit.
// The long record and the narrowing are in parameterRecovery.slow.test.ts.
describe('parameter recovery from a short synthetic record', () => {
  const { record, scenario } = syntheticRecord(presets['iraq-2020'], RECOVERY_TRUTH, {
    horizonDays: 35,
    seed: 'recovery/short',
  });
  const options = {
    parameters: RECOVERY_PRIORS,
    particles: 100,
    maxGenerations: 3,
    seed: 'recovery/short',
  };
  const posterior = calibrate(scenario, record, options);

  it('the 90% credible intervals cover the truth', () => {
    expect(record.attacks.length).toBeGreaterThanOrEqual(5);
    for (const [path, value] of Object.entries(RECOVERY_TRUTH)) {
      const s = posterior.summary.find((x) => x.path === path);
      expect(s?.q05, path).toBeLessThanOrEqual(value);
      expect(s?.q95, path).toBeGreaterThanOrEqual(value);
    }
  });

  it('the same seed gives the same posterior, bit for bit', () => {
    expect(JSON.stringify(calibrate(scenario, record, options))).toBe(JSON.stringify(posterior));
  });
});
