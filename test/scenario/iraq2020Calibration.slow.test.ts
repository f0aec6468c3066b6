import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { iraq2020CalibrationSource } from '../../scripts/iraq2020CalibrationSource.js';

// The calibrated iraq-2020 preset is what its calibration gives today, bit for bit: a change
// to the engine, the statistics or the priors that moves the posterior must regenerate it
// (`npx tsx scripts/calibrate-iraq-2020.ts`). Three ABC-SMC runs of 1,000 particles on two
// worker threads: about 100 s on this 2-core machine when quiet.
describe('the calibrated iraq-2020 preset', () => {
  it('equals a fresh calibration of the 2020 record', async () => {
    const committed = readFileSync(
      new URL('../../src/scenario/presets/iraq2020Calibration.ts', import.meta.url),
      'utf8',
    );
    const fresh = await iraq2020CalibrationSource({ workers: 2 });
    expect(fresh === committed, 'run: npx tsx scripts/calibrate-iraq-2020.ts').toBe(true);
  }, 1_800_000);
});
