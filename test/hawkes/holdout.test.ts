import { describe, expect, it } from 'vitest';
import { fitHawkes } from '../../src/hawkes/fitHawkes.js';
import { simulateHawkes } from '../../src/hawkes/simulateHawkes.js';
import { createRng } from '../../src/random/createRng.js';
import { expectClose } from '../helpers/expectClose.js';
import { bruteHawkesLogLikelihood } from './bruteForce.js';

describe('fitHawkes holdout', () => {
  it('scores the held-out events by their exact conditional log-likelihood', () => {
    const { times } = simulateHawkes(
      { baseline: 0.4, branchingRatio: 0.5, decay: 1 },
      { horizon: 120, seed: 'holdout-exact' },
    );
    const from = 80;
    const fit = fitHawkes(times, {
      horizon: 120,
      bootstrap: 0,
      intervals: 'none',
      holdout: { from },
    });
    const training = Array.from(times).filter((t) => t <= from);
    const trained = fitHawkes(training, {
      horizon: from,
      bootstrap: 0,
      intervals: 'none',
      compare: false,
    }).params;
    // Σ log λ over (from, T] − ∫_from^T λ, by O(n²) sums: the difference of two closed forms.
    const { baseline, branchingRatio, decay } = trained;
    const expected =
      bruteHawkesLogLikelihood(Array.from(times), baseline, branchingRatio, decay, 120) -
      bruteHawkesLogLikelihood(training, baseline, branchingRatio, decay, from);
    const score = fit.comparison.find((r) => r.model === 'hawkes')?.heldOutLogLikelihood;
    expectClose(score as number, expected, { abs: 1e-9 });
    expect(fit.holdout?.heldOutEvents).toBe(times.length - training.length);
    expect(fit.comparison.every((r) => r.heldOutLogLikelihood !== null)).toBe(true);
  });

  it('warns when the model AIC prefers forecasts worse than a simpler one', () => {
    // A rate that grows fast for 70 days, then settles: a model fitted to the growth runs away.
    const rng = createRng('holdout-trend');
    const rate = (t: number) => (t < 70 ? 0.05 * Math.exp(t / 20) : 0.3);
    const times: number[] = [];
    for (let t = 0; ; ) {
      t += -Math.log(1 - rng()) / 1.7; // thinning against the bound 1.7 ≥ max rate
      if (t > 90) break;
      if (rng() * 1.7 < rate(t)) times.push(t);
    }
    const fit = fitHawkes(times, {
      horizon: 90,
      bootstrap: 0,
      intervals: 'none',
      holdout: { fraction: 2 / 9 },
    });
    expectClose(fit.holdout?.from as number, 70, { abs: 1e-12 });
    const warning = fit.warnings.find((w) => w.code === 'holdout-disagrees');
    expect(warning?.message).toMatch(/^AIC prefers \w+, but fitted to the earlier window/);
  });

  it('refuses a holdout that leaves no room, naming the field', () => {
    expect(() =>
      fitHawkes([1, 2, 3], { horizon: 10, holdout: { from: 10 } }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: holdout.from must leave a fit window and a held-out window inside [0, 10] (from in (0, horizon), fraction in (0, 1)), received 10]`,
    );
    expect(() =>
      fitHawkes([1, 5, 6], { horizon: 10, holdout: { from: 3 } }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: holdout.from leaves 1 event(s) before day 3; the fit needs at least 2]`,
    );
  });
});
