import { describe, expect, it } from 'vitest';
import { iraq2020Reading } from '../../src/data/iraq2020/iraq2020Reading.js';
import { fitHawkes } from '../../src/hawkes/fitHawkes.js';
import { simulateHawkes } from '../../src/hawkes/simulateHawkes.js';
import { simulateMultivariateHawkes } from '../../src/hawkes/simulateMultivariateHawkes.js';

const truth = { baseline: 0.5, branchingRatio: 0.5, decay: 2 };

describe('fitHawkes on simulated data', () => {
  // About 2000 events (E[N(2000)] = 1999), seed 'fit-truth'.
  const { times } = simulateHawkes(truth, { horizon: 2000, seed: 'fit-truth' });
  const fit = fitHawkes(times, { horizon: 2000, bootstrap: 0, compare: false });

  it('recovers each parameter within 4 of its standard errors', () => {
    for (const e of fit.estimates) {
      const target = truth[e.name as keyof typeof truth];
      expect(e.standardError).not.toBeNull();
      expect(Math.abs(e.value - target)).toBeLessThan(4 * (e.standardError as number));
    }
  });

  it('gives profile intervals close to Wald intervals when the sample is large', () => {
    const wald = fitHawkes(times, {
      horizon: 2000,
      bootstrap: 0,
      compare: false,
      intervals: 'wald',
    });
    fit.estimates.forEach((e, i) => {
      const w = wald.estimates[i];
      const profileWidth = (e.upper as number) - (e.lower as number);
      const waldWidth = (w?.upper as number) - (w?.lower as number);
      // Both are first-order equivalent; with ~2000 events their widths differ by a few percent.
      expect(Math.abs(profileWidth / waldWidth - 1)).toBeLessThan(0.15);
      expect(e.lower as number).toBeLessThan(e.value);
      expect(e.upper as number).toBeGreaterThan(e.value);
    });
  });

  it('has the maximised log-likelihood no lower than at the truth', () => {
    const atTruth = fitHawkes(times, {
      horizon: 2000,
      bootstrap: 0,
      compare: false,
      intervals: 'none',
      fix: truth,
    });
    expect(fit.logLikelihood).toBeGreaterThanOrEqual(atTruth.logLikelihood);
  });

  it('passes its own goodness-of-fit test and rejects the Poisson process', () => {
    expect(fit.goodnessOfFit.ks.pValue).toBeGreaterThan(0.01);
    const tested = fitHawkes(times.slice(0, 200), {
      horizon: times[199] as number,
      bootstrap: 19,
      compare: false,
      intervals: 'none',
    });
    // With 19 replicates the smallest attainable p-value is 1/20.
    expect(tested.poissonTest.pValue).toBe(0.05);
  });
});

describe('fitHawkes on a Poisson sequence', () => {
  it('finds little excitation, a non-significant test, and prefers simpler models by AIC', () => {
    const { times } = simulateHawkes(
      { baseline: 1, branchingRatio: 0, decay: 1 },
      { horizon: 300, seed: 'poisson' },
    );
    const fit = fitHawkes(times, { horizon: 300, bootstrap: 99, seed: 3 });
    expect(fit.estimates[1]?.lower).toBe(0);
    expect(fit.poissonTest.pValue as number).toBeGreaterThan(0.05);
    expect(fit.comparison[0]?.model.startsWith('poisson')).toBe(true);
  });
});

describe('fitHawkes with strikes', () => {
  it('recovers a deterrent strike response within 4 standard errors', () => {
    // Twenty-five strikes, each preventing 3 expected attacks (clipped intensity), decay 0.5/day.
    const strikeTimes = Array.from({ length: 25 }, (_, j) => 20 + 20 * j);
    const params = { baseline: [1], branchingRatio: [[0.3]], decay: [1] };
    const shocks = { times: strikeTimes, response: strikeTimes.map(() => [-3]), decay: [0.5] };
    const [times] = simulateMultivariateHawkes(params, {
      horizon: 520,
      seed: 'deterrence',
      shocks,
    }).times;
    const fit = fitHawkes(times as Float64Array, {
      horizon: 520,
      strikes: { times: strikeTimes },
      bootstrap: 0,
      compare: false,
      intervals: 'wald',
    });
    const response = fit.estimates.find((e) => e.name === 'strikeResponse');
    expect(Math.abs((response?.value as number) + 3)).toBeLessThan(
      4 * (response?.standardError as number),
    );
    expect(fit.strikeParams?.strikeResponse).toBeLessThan(0);
  }); // ~500 events and 25 strikes: under a second with the exact gradient (was 20–60 s)
});

describe('fitHawkes on the documented table reading', () => {
  const reading = iraq2020Reading('table');
  const fit = fitHawkes(reading.attackTimes, { horizon: reading.horizonDays, bootstrap: 19 });

  it('says the maximum is on the boundary and that a trend explains the data as well', () => {
    const codes = fit.warnings.map((w) => w.code);
    expect(codes).toContain('few-events');
    expect(codes).toContain('trend-not-excitation');
    expect(fit.estimates.find((e) => e.name === 'branchingRatio')?.atBound).toBe('upper');
    const trendRow = fit.comparison.find((r) => r.model === 'poissonTrend');
    const hawkesRow = fit.comparison.find((r) => r.model === 'hawkes');
    expect(trendRow?.aic as number).toBeLessThan(hawkesRow?.aic as number);
  });

  it('never reports NaN', () => {
    const numbers = JSON.stringify(fit, (_, v) =>
      typeof v === 'number' && Number.isNaN(v) ? 'NaN' : v,
    );
    expect(numbers).not.toContain('NaN');
  });
});

describe('fitHawkes input errors', () => {
  it('names the field and the rule', () => {
    expect(() => fitHawkes([], { horizon: 10 })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: times must hold at least 2 events to fit a Hawkes process, received 0]`,
    );
    expect(() =>
      fitHawkes([1, 2], { horizon: 10, fix: { decya: 1 } }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: fix.decya is not a parameter of this model; valid names: baseline, branchingRatio, decay]`,
    );
    expect(() =>
      fitHawkes([1, 2], { horizon: 10, strikes: { times: [11] } }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: strikes.times[0] must be a number in [0, 10], received 11]`,
    );
    expect(() => fitHawkes([1, 2], { horizon: 10, bootstrap: -1 })).toThrow(
      /^bootstrap must be an integer/,
    );
    expect(() => fitHawkes([1, 2, 2], { horizon: 10 })).toThrow(/^times\[2\] ties with times\[1\]/);
    expect(() =>
      fitHawkes([1, 2], { horizon: 10, bootstrapp: 0 } as never),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: options.bootstrapp is not an option of fitHawkes; valid options: horizon, strikes, fix, intervals, confidence, bootstrap, seed, compare, effectWindow, holdout, priors, strikeCutoff, strikeCutoffReplicates, timeResolution, onProgress]`,
    );
    expect(() => fitHawkes([1, 2], { horizon: 10, intervals: 'x' } as never)).toThrow(
      /^intervals must be one of profile, wald, none/,
    );
  });
});
