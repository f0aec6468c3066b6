import { describe, expect, it } from 'vitest';
import { fitHawkes } from '../../src/hawkes/fitHawkes.js';
import { simulateMultivariateHawkes } from '../../src/hawkes/simulateMultivariateHawkes.js';
import { chiSquareQuantile } from '../../src/stats/chiSquare.js';
import { studentTQuantile } from '../../src/stats/studentT.js';

const strikeTimes = Array.from({ length: 10 }, (_, j) => 2.5 + 5 * j);
const [times] = simulateMultivariateHawkes(
  { baseline: [0.8], branchingRatio: [[0.3]], decay: [1] },
  {
    horizon: 50,
    seed: 'strike-cutoff-unit',
    shocks: { times: strikeTimes, response: strikeTimes.map(() => [-2]), decay: [0.5] },
  },
).times as [Float64Array];
const options = { horizon: 50, bootstrap: 0, compare: false } as const;

/** The record's fit with its strikes, 19 bootstrap records per end, seed 3. */
const fitWithStrikes = (cutoff?: 'bootstrap' | 'chiSquare') =>
  fitHawkes(times, {
    ...options,
    strikes: { times: strikeTimes },
    ...(cutoff === undefined ? {} : { strikeCutoff: cutoff }),
    strikeCutoffReplicates: 19,
    seed: 3,
  });

describe('the strike response cut-off in fitHawkes', () => {
  it('is calibrated by the signed root’s bootstrap on request, reproducibly, each end at its own cut-off', () => {
    const calibrated = fitWithStrikes('bootstrap');
    const again = fitWithStrikes('bootstrap');
    const cutoff = calibrated.strikeResponseCutoff;
    expect(cutoff?.method).toBe('bootstrap');
    expect(again.strikeResponseCutoff).toEqual(cutoff);
    const response = calibrated.estimates.find((e) => e.name === 'strikeResponse');
    for (const [side, end] of [
      ['lower', cutoff?.lower],
      ['upper', cutoff?.upper],
    ] as const) {
      if (!end) continue; // an end the χ²₁ profile did not reach
      expect(end.replicates + end.skipped).toBe(19);
      const a = end.signedRootMean as number;
      const b = end.signedRootSd as number;
      // The normal prediction quantile for B records: t_{B−1}(0.975)·√(1 + 1/B).
      const B = end.replicates;
      const z = studentTQuantile(0.975, B - 1) * Math.sqrt(1 + 1 / B);
      // The lower end's signed root is positive (the estimate lies above it), the upper's negative.
      const bound = side === 'lower' ? a + z * b : a - z * b;
      const expected = (side === 'lower' ? bound > 0 : bound < 0) ? bound * bound : 0;
      expect(Math.abs(end.value - expected)).toBeLessThan(1e-12);
      const [low, high] = end.monteCarloInterval ?? [Number.NaN, Number.NaN];
      expect(low).toBeLessThanOrEqual(end.value);
      expect(high).toBeGreaterThanOrEqual(end.value);
    }
    expect(cutoff?.lower ?? cutoff?.upper).not.toBeNull();
    expect(response?.intervalMethod).toBe('profile-bootstrap');
    expect(calibrated.strikeEffect?.intervalMethod).toBe('profile');

    const plain = fitHawkes(times, {
      ...options,
      strikes: { times: strikeTimes },
      strikeCutoff: 'chiSquare',
    });
    expect(plain.strikeResponseCutoff?.method).toBe('chiSquare');
    expect(plain.strikeResponseCutoff?.reason).toMatch(/^asked for/);
    expect(plain.strikeResponseCutoff?.chiSquare).toBe(chiSquareQuantile(0.95, 1));
    const chiResponse = plain.estimates.find((e) => e.name === 'strikeResponse');
    expect(chiResponse?.intervalMethod).toBe('profile');
    // Everything but the strike response's interval is the same fit.
    expect(plain.logLikelihood).toBe(calibrated.logLikelihood);
    // Each end moves out where its cut-off exceeds χ²₁ and in where it is below.
    const chi = chiSquareQuantile(0.95, 1);
    const estimate = response?.value as number;
    if (cutoff?.lower && !chiResponse?.lowerOpen) {
      const moved = Math.sign((chiResponse?.lower as number) - (response?.lower as number));
      expect(moved).toBe(Math.sign(cutoff.lower.value - chi));
      expect(response?.lower as number).toBeLessThanOrEqual(estimate);
    }
    if (cutoff?.upper && !chiResponse?.upperOpen) {
      const moved = Math.sign((response?.upper as number) - (chiResponse?.upper as number));
      expect(moved).toBe(Math.sign(cutoff.upper.value - chi));
      expect(response?.upper as number).toBeGreaterThanOrEqual(estimate);
    }
  });

  it('is the bootstrap by default on a small record with strikes, and says why', () => {
    const auto = fitWithStrikes();
    const asked = fitWithStrikes('bootstrap');
    const cutoff = auto.strikeResponseCutoff;
    expect(cutoff?.method).toBe('bootstrap');
    expect(cutoff?.requested).toBe('auto');
    expect(cutoff?.reason).toBe(
      `automatic: ${times.length} events (up to 500), where χ²₁ intervals cover less than stated`,
    );
    expect(cutoff?.message.startsWith(cutoff?.reason ?? '?')).toBe(true);
    // The same interval as asking for the bootstrap.
    expect(auto.estimates).toEqual(asked.estimates);
    expect(cutoff?.lower).toEqual(asked.strikeResponseCutoff?.lower);
    expect(cutoff?.upper).toEqual(asked.strikeResponseCutoff?.upper);
  });

  it('falls back to χ²₁ by default with one strike or with priors, says so, and is null without strikes', () => {
    const one = fitHawkes(times, { ...options, strikes: { times: [20] } });
    expect(one.strikeResponseCutoff?.method).toBe('chiSquare');
    expect(one.strikeResponseCutoff?.reason).toMatch(/^automatic: one strike does not identify/);
    const priors = fitHawkes(times, {
      ...options,
      strikes: { times: strikeTimes },
      priors: { branchingRatio: 'lewis2012' },
    });
    expect(priors.strikeResponseCutoff?.method).toBe('chiSquare');
    expect(priors.strikeResponseCutoff?.reason).toMatch(/^a fit with priors/);
    expect(priors.strikeResponseCutoff?.message).toMatch(/a fit with priors.*may cover less/);
    expect(one.strikeResponseCutoff?.message).not.toMatch(/cover less/);
    expect(fitHawkes(times, options).strikeResponseCutoff).toBeNull();
  });

  it('refuses a bad method or replicate count by name', () => {
    expect(() =>
      fitHawkes(times, {
        ...options,
        strikes: { times: strikeTimes },
        strikeCutoff: 'wilks' as 'chiSquare',
      }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: strikeCutoff must be one of auto, bootstrap, chiSquare, received "wilks"]`,
    );
    expect(() =>
      fitHawkes(times, { ...options, strikes: { times: strikeTimes }, strikeCutoffReplicates: 5 }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: strikeCutoffReplicates must be an integer in [19, 10000], received 5]`,
    );
  });
});
