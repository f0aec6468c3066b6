import { describe, expect, it } from 'vitest';
import { orderStatisticQuantile } from '../../src/hawkes/fit/bootstrapCutoff.js';
import { fitHawkes } from '../../src/hawkes/fitHawkes.js';
import { simulateMultivariateHawkes } from '../../src/hawkes/simulateMultivariateHawkes.js';
import { chiSquareQuantile } from '../../src/stats/chiSquare.js';

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

describe('orderStatisticQuantile', () => {
  it('takes the ⌈(B + 1)p⌉-th of B values and brackets it by binomial ranks', () => {
    const sorted = Array.from({ length: 199 }, (_, i) => i + 1);
    // (199 + 1)·0.95 = 190; ranks 199·0.95 ∓ 1.96·√(199·0.95·0.05) = 189.05 ∓ 6.04.
    expect(orderStatisticQuantile(sorted, 0.95)).toEqual({ cutoff: 190, lower: 183, upper: 197 });
    // The 19th of 19: the smallest B for a 95% cut-off.
    expect(orderStatisticQuantile(sorted.slice(0, 19), 0.95).cutoff).toBe(19);
  });
});

describe('the strike response cut-off in fitHawkes', () => {
  it('is calibrated by bootstrap on request, reproducibly, and only ever widens the interval', () => {
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
    for (const end of [cutoff?.lower, cutoff?.upper]) {
      if (!end) continue; // an end the χ²₁ profile did not reach
      expect(end.replicates + end.skipped).toBe(19);
      expect(end.value).toBeGreaterThan(0);
      const [low, high] = end.monteCarloInterval ?? [Number.NaN, Number.NaN];
      expect(low).toBeLessThanOrEqual(end.value);
      expect(high).toBeGreaterThanOrEqual(end.value);
    }
    expect(cutoff?.lower ?? cutoff?.upper).not.toBeNull();
    expect(response?.intervalMethod).toBe('profile-bootstrap');
    expect(calibrated.strikeEffect?.intervalMethod).toContain('bootstrap-calibrated');

    const plain = fitHawkes(times, { ...options, strikes: { times: strikeTimes } });
    expect(plain.strikeResponseCutoff?.method).toBe('chiSquare');
    expect(plain.strikeResponseCutoff?.chiSquare).toBe(chiSquareQuantile(0.95, 1));
    const chiResponse = plain.estimates.find((e) => e.name === 'strikeResponse');
    expect(chiResponse?.intervalMethod).toBe('profile');
    // Everything but the strike response's interval is the same fit.
    expect(plain.logLikelihood).toBe(calibrated.logLikelihood);
    // Each end moves outward where its bootstrap quantile exceeds χ²₁, else stays put.
    const chi = chiSquareQuantile(0.95, 1);
    if (cutoff?.lower && !chiResponse?.lowerOpen) {
      if (cutoff.lower.value > chi)
        expect(response?.lower as number).toBeLessThan(chiResponse?.lower as number);
      else expect(response?.lower).toBe(chiResponse?.lower);
    }
    if (cutoff?.upper && !chiResponse?.upperOpen) {
      if (cutoff.upper.value > chi)
        expect(response?.upper as number).toBeGreaterThan(chiResponse?.upper as number);
      else expect(response?.upper).toBe(chiResponse?.upper);
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
