import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/hawkes/fit/buildModels.js';
import { searchObjective } from '../../src/hawkes/fit/searchObjective.js';
import { fitHawkes } from '../../src/hawkes/fitHawkes.js';
import { simulateHawkes } from '../../src/hawkes/simulateHawkes.js';
import { simulateMultivariateHawkes } from '../../src/hawkes/simulateMultivariateHawkes.js';
import { createRng } from '../../src/random/createRng.js';
import { nelderMead } from '../helpers/nelderMead.js';

/** The best of Nelder–Mead searches from `starts` random points spread over the search box. */
function independentMaximum(
  times: Float64Array,
  horizon: number,
  strikeTimes: number[] | undefined,
  starts: number,
  seed: string,
): number {
  const spec = buildModel(
    times,
    horizon,
    { excitation: true, trend: false, strikes: strikeTimes ? 'response' : 'none' },
    strikeTimes ? { times: strikeTimes } : undefined,
  );
  const objective = searchObjective(spec, new Map());
  const rng = createRng(seed);
  const rate = times.length / horizon;
  let best = Number.POSITIVE_INFINITY;
  for (let s = 0; s < starts; s++) {
    // Baseline and decays log-uniform over two decades around the event rate; n uniform.
    const theta = spec.parameters.map((p) =>
      p.name === 'branchingRatio'
        ? rng()
        : p.name === 'strikeResponse'
          ? p.lower + (p.upper - p.lower) * rng()
          : rate * 10 ** (2 * rng() - 1),
    );
    const found = nelderMead(
      objective.valueOnly,
      objective.search(theta),
      objective.lower,
      objective.upper,
    );
    best = Math.min(best, found.value);
  }
  return -best;
}

// Slow: Nelder–Mead from many starts on 30 data sets (about 10 minutes on a shared 2-core machine).
describe('fitHawkes reaches the global maximum', () => {
  it('is never below an independent Nelder–Mead search by more than 1e-6', () => {
    for (let r = 0; r < 20; r++) {
      // Seeds search-0 … search-19: 20–120 events, branching ratios 0.1–0.9.
      const truth = { baseline: 0.3, branchingRatio: 0.1 + 0.04 * r, decay: 0.5 + 0.2 * r };
      const { times } = simulateHawkes(truth, { horizon: 100, seed: `search-${r}` });
      if (times.length < 2) continue;
      const fit = fitHawkes(times, {
        horizon: 100,
        bootstrap: 0,
        compare: false,
        intervals: 'none',
      });
      const independent = independentMaximum(times, 100, undefined, 20, `search-nm-${r}`);
      expect(fit.logLikelihood, `seed search-${r}`).toBeGreaterThanOrEqual(independent - 1e-6);
    }
    for (let r = 0; r < 10; r++) {
      // Seeds search-strikes-0 … 9: 5 strikes, true responses from −3 to +2.
      const strikeTimes = Array.from({ length: 5 }, (_, j) => 10 + 18 * j);
      const response = -3 + (5 * r) / 9;
      const [times] = simulateMultivariateHawkes(
        { baseline: [0.3], branchingRatio: [[0.3]], decay: [1] },
        {
          horizon: 100,
          seed: `search-strikes-${r}`,
          shocks: { times: strikeTimes, response: strikeTimes.map(() => [response]), decay: [0.5] },
        },
      ).times as [Float64Array];
      const fit = fitHawkes(times, {
        horizon: 100,
        strikes: { times: strikeTimes },
        bootstrap: 0,
        compare: false,
      });
      const independent = independentMaximum(times, 100, strikeTimes, 12, `search-nm-strikes-${r}`);
      expect(fit.logLikelihood, `seed search-strikes-${r}`).toBeGreaterThanOrEqual(
        independent - 1e-6,
      );
    }
  }, 3600_000);
});
