import { describe, expect, it } from 'vitest';
import { fitHawkes } from '../../src/hawkes/fitHawkes.js';
import { simulateMultivariateHawkes } from '../../src/hawkes/simulateMultivariateHawkes.js';
import { chiSquareQuantile } from '../../src/stats/chiSquare.js';
import { normalQuantile } from '../../src/stats/normalQuantile.js';

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

describe('the strike response cut-off in fitHawkes', () => {
  it('is calibrated by the signed root’s bootstrap on request, reproducibly, each end at its own cut-off', () => {
    const calibrated = fitHawkes(times, {
      ...options,
      strikes: { times: strikeTimes },
      strikeCutoff: 'bootstrap',
      strikeCutoffReplicates: 19,
      seed: 3,
    });
    const again = fitHawkes(times, {
      ...options,
      strikes: { times: strikeTimes },
      strikeCutoff: 'bootstrap',
      strikeCutoffReplicates: 19,
      seed: 3,
    });
    const cutoff = calibrated.strikeResponseCutoff;
    expect(cutoff?.method).toBe('bootstrap');
    expect(again.strikeResponseCutoff).toEqual(cutoff);
    const response = calibrated.estimates.find((e) => e.name === 'strikeResponse');
    const z = normalQuantile(0.975);
    for (const [side, end] of [
      ['lower', cutoff?.lower],
      ['upper', cutoff?.upper],
    ] as const) {
      if (!end) continue; // an end the χ²₁ profile did not reach
      expect(end.replicates + end.skipped).toBe(19);
      const a = end.signedRootMean as number;
      const b = end.signedRootSd as number;
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

    const plain = fitHawkes(times, { ...options, strikes: { times: strikeTimes } });
    expect(plain.strikeResponseCutoff?.method).toBe('chiSquare');
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

  it('is χ²₁ by default and null without strikes', () => {
    const one = fitHawkes(times, { ...options, strikes: { times: [20] } });
    expect(one.strikeResponseCutoff?.method).toBe('chiSquare');
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
      `[RangeError: strikeCutoff must be one of bootstrap, chiSquare, received "wilks"]`,
    );
    expect(() =>
      fitHawkes(times, { ...options, strikes: { times: strikeTimes }, strikeCutoffReplicates: 5 }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: strikeCutoffReplicates must be an integer in [19, 10000], received 5]`,
    );
  });
});
