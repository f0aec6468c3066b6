import { describe, expect, it } from 'vitest';
import { fitHawkes } from '../../src/hawkes/fitHawkes.js';
import { simulateHawkes } from '../../src/hawkes/simulateHawkes.js';

// Slow (about 15 s): coverage of the default intervals at about 40 events, the size at which
// Wald intervals for the branching ratio covered 84% (issue 6). 1000 data sets, μ 0.25 a day,
// n 0.5, β 1 a day over 80 days (E[N] = μT/(1 − n) = 40 less the start-up; measured mean
// 39.4 events), seeds cov40-0 … cov40-999. Each interval must cover within 3 binomial
// standard errors of 95% (SE = √(0.95·0.05/1000) = 0.0069), on both sides: too narrow is the
// defect the issue found, too wide would pass an interval that says nothing. Measured
// (seeded, so fixed): baseline 939, branching ratio 932, decay 932 of 1000 — Wilks's χ²₁
// cut-off is a little optimistic at this size, about 2.6 SE; Wald: branching ratio 873.
describe('fitHawkes default intervals at about 40 events', () => {
  it('cover the true parameters within 3 SE of 95% over 1000 simulated data sets', () => {
    const truth = { baseline: 0.25, branchingRatio: 0.5, decay: 1 };
    const replicates = 1000;
    const covered = { baseline: 0, branchingRatio: 0, decay: 0 };
    let events = 0;
    for (let r = 0; r < replicates; r++) {
      const { times } = simulateHawkes(truth, { horizon: 80, seed: `cov40-${r}` });
      events += times.length;
      const fit = fitHawkes(times, { horizon: 80, bootstrap: 0, compare: false });
      for (const e of fit.estimates) {
        const key = e.name as keyof typeof truth;
        expect(e.intervalMethod, key).toBe('profile');
        if ((e.lower as number) <= truth[key] && truth[key] <= (e.upper as number)) covered[key]++;
      }
    }
    const se = Math.sqrt((0.95 * 0.05) / replicates);
    console.info(`default intervals at about 40 events: ${JSON.stringify(covered)}`);
    const message = `coverage over ${replicates} fits of ${(events / replicates).toFixed(1)} events on average: ${JSON.stringify(covered)}`;
    expect(events / replicates).toBeGreaterThan(35);
    expect(events / replicates).toBeLessThan(45);
    for (const count of Object.values(covered))
      expect(Math.abs(count / replicates - 0.95), message).toBeLessThan(3 * se);
  });
});
