import { describe, expect, it } from 'vitest';
import { fitHawkes } from '../../src/hawkes/fitHawkes.js';
import { simulateHawkes } from '../../src/hawkes/simulateHawkes.js';

// 20,000 events over 10,000 days with a true trend of zero (seed 'fit-large'): beyond 2000
// events, where the fit takes one start per model and the compared models start from the
// models nested in them.
const horizon = 10_000;
const { times } = simulateHawkes(
  { baseline: 1.2, branchingRatio: 0.4, decay: 6 },
  { horizon, seed: 'fit-large' },
);

describe('fitHawkes on a large sequence', () => {
  const steps: [number, number][] = [];
  const fit = fitHawkes(times, {
    horizon,
    onProgress: (done, total) => steps.push([done, total]),
  });
  const ll = (model: string) =>
    fit.comparison.find((row) => row.model === model)?.logLikelihood as number;

  it('reports each step: the main fit and the three compared models', () => {
    expect(times.length).toBeGreaterThan(2000);
    expect(steps).toEqual([
      [1, 4],
      [2, 4],
      [3, 4],
      [4, 4],
    ]);
  });

  it('never puts a model below the model nested in it', () => {
    // Each larger model contains the smaller at trend 0 (or n = 0): its maximum is at least
    // as high. (With the trend searched per day, the trend model of 1e5 events over 36,000
    // days stalled 0.9 below the Hawkes model after 2,000 likelihood passes.)
    expect(ll('hawkesTrend')).toBeGreaterThanOrEqual(ll('hawkes'));
    expect(ll('poissonTrend')).toBeGreaterThanOrEqual(ll('poisson'));
    expect(ll('hawkes')).toBeGreaterThanOrEqual(ll('poisson'));
  });

  it('recovers the parameters within 4 standard errors, and the trend model finds no trend', () => {
    const truth: Record<string, number> = { baseline: 1.2, branchingRatio: 0.4, decay: 6 };
    for (const e of fit.estimates) {
      expect(Math.abs(e.value - (truth[e.name] as number))).toBeLessThan(
        4 * (e.standardError as number),
      );
    }
    // With no trend, the likelihood ratio of the trend model is χ²₁ under the null: below
    // 10.8 (p = 0.001) unless the fit is wrong.
    expect(2 * (ll('hawkesTrend') - ll('hawkes'))).toBeLessThan(10.8);
  });

  it('refuses an onProgress that is not a function, by name', () => {
    expect(() =>
      fitHawkes([1, 2], { horizon: 10, onProgress: 3 as unknown as () => void }),
    ).toThrow(/^onProgress must be a function/);
  });
});
