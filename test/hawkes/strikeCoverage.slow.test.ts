import { describe, expect, it } from 'vitest';
import { STRIKE_TRUTH, strikeCoverageRecord } from '../../scripts/strikeCoverageRecord.js';
import { fitModel } from '../../src/hawkes/fit/fitModel.js';
import { profileInterval } from '../../src/hawkes/fit/profileInterval.js';
import { chiSquareQuantile } from '../../src/stats/chiSquare.js';

// Slow (SLOW=1, npm run test:slow; CI): 200 strike fits with the strike response's χ²₁
// profile interval, about 2 minutes on a loaded 2-core machine. It checks the profile search:
// intervals cut short by a profile that missed its maximum covered 73% before the wide-grid
// fallback and 181/200 before the ridge starts (a held response the MLE's baseline cannot
// carry); now 182/200 (91%). The rest of the shortfall from 95% is statistical: the signed
// root is skewed with few events (all 18 misses on one side), which the bootstrap cut-off
// corrects (strikeCoverage.long.test.ts; scripts/strike-coverage-diagnose.ts tabulates the
// misses).
describe('profile interval of the strike response', () => {
  it(
    'covers a deterring response at least 95% − 3 SE of the time with 50 strikes',
    () => {
      // Truth: μ = 0.5, n = 0.3, β = 1; 50 strikes 5 days apart, each with response r = −2
      // spread at δ = 0.5 (the clipped intensity is zero for a while after most strikes).
      const truth = STRIKE_TRUTH;
      const replicates = 200;
      const drop = chiSquareQuantile(0.95, 1) / 2;
      let covered = 0;
      for (let r = 0; r < replicates; r++) {
        // Seeds strike-coverage-0 … strike-coverage-199.
        const { spec } = strikeCoverageRecord(50, `strike-coverage-${r}`);
        const fit = fitModel(spec, { intervals: 'none', standardErrors: false });
        const theta = fit.estimates.map((e) => e.value);
        const index = spec.parameters.findIndex((p) => p.name === 'strikeResponse');
        const interval = profileInterval(spec, new Map(), index, theta, fit.logLikelihood, drop);
        if (interval.lower <= truth && truth <= interval.upper) covered++;
      }
      // Binomial SE of a 95% coverage over 200 fits: √(0.95·0.05/200) = 0.0154. One-sided: the
      // defect it guards against is intervals cut short by the search; χ²₁ itself falls short
      // of 95% here, which the long test's bootstrap cut-off corrects.
      const se = Math.sqrt((0.95 * 0.05) / replicates);
      console.info(`strike-response profile coverage: ${covered}/${replicates}`);
      expect(covered / replicates).toBeGreaterThan(0.95 - 3 * se);
    },
    30 * 60_000,
  );
});
