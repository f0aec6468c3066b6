import { describe, expect, it } from 'vitest';
import { strikeCutoffCoverage } from './strikeCutoffCoverage.js';

describe('strike response interval at the bootstrap-calibrated cut-off', () => {
  it(
    'covers the true response 95% ± 2 SE of the time over 150 data sets (χ²₁ covered 81%)',
    () => {
      // Slow suite (SLOW=1, npm run test:slow; CI): 150 data sets, each 2 fits and 19
      // bootstrap records of 2 fits; about 2 minutes on a quiet machine.
      const datasets = 150;
      const { covered, coveredChi } = strikeCutoffCoverage(datasets, 19, 'strike-cutoff');
      // Binomial SE of a 95% coverage over 150 data sets: √(0.95·0.05/150) = 0.0178.
      const se = Math.sqrt((0.95 * 0.05) / datasets);
      console.info(
        `strike-response coverage over ${datasets} data sets: bootstrap cut-off ${covered}, χ²₁ ${coveredChi}`,
      );
      expect(Math.abs(covered / datasets - 0.95)).toBeLessThan(2 * se);
    },
    30 * 60_000,
  );
});
