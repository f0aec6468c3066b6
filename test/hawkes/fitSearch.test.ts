import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/hawkes/fit/buildModels.js';
import { searchObjective } from '../../src/hawkes/fit/searchObjective.js';
import { fitHawkes } from '../../src/hawkes/fitHawkes.js';
import { simulateMultivariateHawkes } from '../../src/hawkes/simulateMultivariateHawkes.js';
import { nelderMead } from '../helpers/nelderMead.js';

// 47 events, 5 strikes, no true strike response (seed 'repro-67'). Its likelihood had a
// maximum ~1 unit above the one the default starts reach: strikeResponse on the range's lower
// end with a fast decay (each strike silences attacks for a few hours). Before the fix the
// search stopped at ℓ = −79.836 and the profile of decay threw "f(a) and f(b) must have
// opposite signs" (its warm start changed between evaluations of one bracket end). The
// strike decay's limit (a response lasts at least a quarter of the mean gap) now excludes
// that maximum: the fit sits on the limit instead, and says so.
const horizon = 100;
const strikeTimes = Array.from({ length: 5 }, (_, j) => 10 + 18 * j);
const [times] = simulateMultivariateHawkes(
  { baseline: [0.3], branchingRatio: [[0.3]], decay: [1] },
  {
    horizon,
    seed: 'repro-67',
    shocks: { times: strikeTimes, response: strikeTimes.map(() => [0]), decay: [0.5] },
  },
).times as [Float64Array];

describe('fitHawkes search with strikes', () => {
  // One profile fit serves every check: it is the slow part.
  const fit = fitHawkes(times, {
    horizon,
    strikes: { times: strikeTimes },
    bootstrap: 0,
    compare: false,
    strikeCutoff: 'chiSquare', // the search is checked here, not the interval's cut-off
  });

  it('reaches the maximum an independent Nelder–Mead search finds, to 1e-6', () => {
    const spec = buildModel(
      times,
      horizon,
      { excitation: true, trend: false, strikes: 'response' },
      {
        times: strikeTimes,
      },
    );
    const objective = searchObjective(spec, new Map());
    const rate = times.length / horizon;
    // Starts spread over the range, chosen here, not taken from the library's grid.
    const starts = [
      [0.7 * rate, 0.3, rate, 0, rate],
      [0.5 * rate, 0.5, 5 * rate, -20, 20 * rate],
      [0.9 * rate, 0.1, 0.2 * rate, 5, 0.2 * rate],
    ];
    const independent = Math.max(
      ...starts.map(
        (s) =>
          -nelderMead(objective.valueOnly, objective.search(s), objective.lower, objective.upper)
            .value,
      ),
    );
    expect(fit.logLikelihood).toBeGreaterThanOrEqual(independent - 1e-6);
  });

  it('computes every profile interval without throwing, open ends marked', () => {
    for (const e of fit.estimates) {
      expect(e.intervalMethod).toBe('profile');
      expect(e.lower as number).toBeLessThanOrEqual(e.value);
      expect(e.upper as number).toBeGreaterThanOrEqual(e.value);
    }
    const response = fit.estimates.find((e) => e.name === 'strikeResponse');
    expect(response?.lowerOpen || response?.upperOpen).toBe(true);
  });

  it('sits on the strike decay limit, not on a silence of hours, and bounds the effect around its truth 0', () => {
    const response = fit.estimates.find((e) => e.name === 'strikeResponse');
    expect(response?.atBound).toBeNull();
    expect(response?.lowerOpen).toBe(true);
    expect(fit.strikeResponseDecayLimit?.atLimit).toBe(true);
    expect(fit.warnings.map((w) => w.code)).toContain('strike-decay-limit');
    const effect = fit.strikeEffect;
    // A silenced spell cannot remove more than the attacks expected without the strike.
    expect(effect?.lower as number).toBeGreaterThan(-times.length);
    expect(effect?.lower as number).toBeLessThanOrEqual(Math.min(0, effect?.perStrike as number));
    expect(effect?.upper as number).toBeGreaterThanOrEqual(
      Math.max(0, effect?.perStrike as number),
    );
    expect(effect?.intervalMethod).toBe('profile');
    expect(effect?.message).toMatch(
      /the response's size is not determined .* but its effect on the count is bounded$/,
    );
  });
});
