import { describe, expect, it } from 'vitest';
import { fitHawkes } from '../../src/hawkes/fitHawkes.js';
import { simulateHawkes } from '../../src/hawkes/simulateHawkes.js';

// Slow: 1000 full profile-likelihood fits. Runs with `npm run test:slow` (CI does).
describe('fitHawkes profile intervals', () => {
  it('cover the true parameters about 95% of the time over 1000 simulated data sets', () => {
    const truth = { baseline: 0.5, branchingRatio: 0.5, decay: 1 };
    const replicates = 1000;
    const covered = { baseline: 0, branchingRatio: 0, decay: 0 };
    for (let r = 0; r < replicates; r++) {
      // About 199 events each (E[N(200)] = 199.5); seeds coverage-0 … coverage-999.
      const { times } = simulateHawkes(truth, { horizon: 200, seed: `coverage-${r}` });
      const fit = fitHawkes(times, { horizon: 200, bootstrap: 0, compare: false });
      for (const e of fit.estimates) {
        const key = e.name as keyof typeof truth;
        if ((e.lower as number) <= truth[key] && truth[key] <= (e.upper as number)) covered[key]++;
      }
    }
    // Binomial standard error of a 95% coverage over 1000 fits: √(0.95·0.05/1000) = 0.0069.
    const se = Math.sqrt((0.95 * 0.05) / replicates);
    console.info(`profile-interval coverage over ${replicates} fits:`, covered);
    for (const count of Object.values(covered)) {
      expect(Math.abs(count / replicates - 0.95)).toBeLessThan(4 * se);
    }
  });
});
