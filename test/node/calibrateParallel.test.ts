import { describe, expect, it } from 'vitest';
import { calibrate } from '../../src/calibrate/calibrate.js';
import { observedFromReading } from '../../src/calibrate/observed/observedFromReading.js';
import { calibrateParallel } from '../../src/node/calibrate/calibrateParallel.js';
import { presets } from '../../src/scenario/presets.js';

describe('calibrateParallel', () => {
  it('gives calibrate’s posterior bit for bit on 1, 2 and 3 threads', async () => {
    const options = {
      parameters: {
        'militias.0.baseline': { type: 'logUniform', min: 0.01, max: 1 },
        'militias.0.branchingRatio': { type: 'beta', alpha: 4.3, beta: 5.6 },
      },
      predict: [{ from: 0, to: 25 }],
      particles: 40,
      simulationBudget: 800,
      batchSize: 50,
      seed: 'pool',
    } as const;
    const wire = observedFromReading('wire');
    const sequential = calibrate(presets['iraq-2020'], wire, options);
    for (const workers of [1, 2, 3]) {
      const parallel = await calibrateParallel(presets['iraq-2020'], wire, { ...options, workers });
      expect(JSON.stringify(parallel)).toBe(JSON.stringify(sequential));
    }
  });

  it('refuses custom statistics, which cannot cross into threads', async () => {
    await expect(
      calibrateParallel(presets['iraq-2020'], observedFromReading('wire'), {
        parameters: { 'militias.0.baseline': { type: 'logUniform', min: 0.01, max: 1 } },
        statistics: [{ name: 'n', description: 'n', compute: (r) => r.attacks.length }],
        seed: 1,
      }),
    ).rejects.toThrow(/custom statistics are functions/);
  });
});
