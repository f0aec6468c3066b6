import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/hawkes/fit/buildModels.js';
import { fitModel } from '../../src/hawkes/fit/fitModel.js';
import { functionProfileInterval } from '../../src/hawkes/fit/functionProfileInterval.js';
import { fitHawkes } from '../../src/hawkes/fitHawkes.js';
import { chiSquareQuantile } from '../../src/stats/chiSquare.js';
import { expectClose } from '../helpers/expectClose.js';
import { meanEffect, record, SHAPE } from './strikeEffectRecord.js';

describe('the strike effect’s profile-likelihood interval', () => {
  it('is the strike response’s profile interval times the effect per unit of response where nothing clips (closed form)', () => {
    // Self-excitation held at 0 and the strike decay held: only μ and r are free. With r > 0
    // the intensity never clips, so each strike's effect is r(1 − e^{−δ·min(7, T − s)}): the
    // mean effect is k·r, and its profile at e is the response's profile at e/k.
    const { times, strikeTimes, horizon } = record(30, 0.3, 3, 'effect-linear');
    const fit = fitHawkes(times, {
      horizon,
      strikes: { times: strikeTimes },
      bootstrap: 0,
      compare: false,
      fix: { branchingRatio: 0, decay: 1, strikeResponseDecay: 0.5 },
    });
    const k =
      strikeTimes.reduce((sum, s) => sum + 1 - Math.exp(-0.5 * Math.min(7, horizon - s)), 0) /
      strikeTimes.length;
    const response = fit.estimates.find((e) => e.name === 'strikeResponse');
    const effect = fit.strikeEffect;
    expect(response?.lower as number).toBeGreaterThan(0); // the unclipped region
    expect(effect?.intervalMethod).toBe('profile');
    expectClose(effect?.perStrike as number, k * (response?.value as number), { rel: 1e-12 });
    // Each end's multiplier is located to 1e-5 of its size, which moves the end by about that
    // share of its distance from the estimate: well inside 1e-5 of the interval's width.
    const width = (effect?.upper as number) - (effect?.lower as number);
    expectClose(effect?.lower as number, k * (response?.lower as number), { abs: 1e-5 * width });
    expectClose(effect?.upper as number, k * (response?.upper as number), { abs: 1e-5 * width });
    expect([effect?.lowerOpen, effect?.upperOpen]).toEqual([false, false]);
  });

  it('has the effect at each end, the likelihood there cut-off/2 below the maximum, and the estimate inside (seeded records)', () => {
    const chi = chiSquareQuantile(0.95, 1);
    for (const seed of ['effect-a', 'effect-b', 'effect-c']) {
      const { times, strikeTimes, horizon } = record(12, 0.5, -2, seed);
      const spec = buildModel(times, horizon, SHAPE, { times: strikeTimes });
      const g = meanEffect(times, strikeTimes, horizon);
      const fit = fitModel(spec, { intervals: 'none', standardErrors: false });
      const mle = fit.estimates.map((e) => e.value);
      // An asymmetric pair of cut-offs, as a bootstrap calibration gives.
      const cutoffs = { lower: chi, upper: 0.5 * chi };
      const bounds = functionProfileInterval(spec, new Map(), g, mle, fit.logLikelihood, cutoffs);
      const point = g(mle);
      expect(bounds.problem, seed).toBeNull();
      expect(bounds.lower, seed).toBeLessThanOrEqual(point);
      expect(bounds.upper, seed).toBeGreaterThanOrEqual(point);
      for (const side of ['lower', 'upper'] as const) {
        const theta = side === 'lower' ? bounds.lowerTheta : bounds.upperTheta;
        expectClose(g(theta), bounds[side], { abs: 1e-12 });
        if (side === 'lower' ? bounds.lowerOpen : bounds.upperOpen) continue;
        // The multiplier's root is located to 1e-5 of its size: the drop to about 1e-4 of itself.
        expectClose(fit.logLikelihood - spec.logLikelihood(theta), cutoffs[side] / 2, {
          rel: 1e-3,
        });
      }
    }
  });

  it('puts an end with cut-off 0 at the estimate and refuses a negative cut-off by name', () => {
    const { times, strikeTimes, horizon } = record(6, 0.5, -2, 'effect-zero');
    const spec = buildModel(times, horizon, SHAPE, { times: strikeTimes });
    const g = meanEffect(times, strikeTimes, horizon);
    const fit = fitModel(spec, { intervals: 'none', standardErrors: false });
    const mle = fit.estimates.map((e) => e.value);
    const bounds = functionProfileInterval(spec, new Map(), g, mle, fit.logLikelihood, {
      lower: 0,
      upper: 0,
    });
    expect([bounds.lower, bounds.upper]).toEqual([g(mle), g(mle)]);
    expect(() =>
      functionProfileInterval(spec, new Map(), g, mle, fit.logLikelihood, { lower: -1, upper: 1 }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: cutoffs.lower must be a number >= 0, received -1]`,
    );
  });

  it('is a posterior-mode profile with priors, and drawn but flagged not identified with one strike', () => {
    const { times, strikeTimes, horizon } = record(10, 0.5, -2, 'effect-priors');
    const options = { horizon, bootstrap: 0, compare: false } as const;
    const map = fitHawkes(times, {
      ...options,
      strikes: { times: strikeTimes },
      priors: { branchingRatio: 'lewis2012' },
    }).strikeEffect;
    expect(map?.intervalMethod).toBe('profile');
    expect(map?.intervalNote).toMatch(/^profile-posterior interval.*posterior-mode profile/);
    expect(map?.lower as number).toBeLessThanOrEqual(map?.perStrike as number);
    expect(map?.upper as number).toBeGreaterThanOrEqual(map?.perStrike as number);

    const one = fitHawkes(times, {
      ...options,
      strikes: { times: [strikeTimes[4] as number] },
    }).strikeEffect;
    expect(one?.identified).toBe(false);
    expect(one?.message).toMatch(/^not identified: with one strike/);
    expect(one?.lower as number).toBeLessThanOrEqual(one?.perStrike as number);
    expect(one?.upper as number).toBeGreaterThanOrEqual(one?.perStrike as number);

    const wald = fitHawkes(times, {
      ...options,
      strikes: { times: strikeTimes },
      intervals: 'wald',
    });
    expect(wald.strikeEffect?.lower).toBeNull();
    expect(wald.strikeEffect?.intervalMethod).toBeNull();
  });
});
