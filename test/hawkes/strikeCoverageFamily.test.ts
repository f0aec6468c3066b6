import { describe, expect, it } from 'vitest';
import { DEFAULT_FAMILY, strikeCoverageRecord } from '../../scripts/strikeCoverageRecord.js';

// The record families of scripts/strike-cutoff-coverage.ts: the default family must stay the
// records the slow coverage test measured, and the others must be what their flags say.
describe('strike-coverage record families', () => {
  it('keeps the default records: strikes 5 days apart from day 2.5 over 250 days', () => {
    const { strikeTimes, horizon } = strikeCoverageRecord(50, 'strike-coverage-0');
    expect(horizon).toBe(250);
    expect(strikeTimes).toEqual(Array.from({ length: 50 }, (_, j) => 2.5 + 5 * j));
    const again = strikeCoverageRecord(50, 'strike-coverage-0', DEFAULT_FAMILY);
    expect(again.times).toEqual(strikeCoverageRecord(50, 'strike-coverage-0').times);
  });

  it('puts Poisson strikes at sorted distinct times inside the horizon, from their own stream', () => {
    const family = { ...DEFAULT_FAMILY, spacing: 'poisson' as const, every: 25 };
    const a = strikeCoverageRecord(10, 'family-a', family);
    expect(a.horizon).toBe(250);
    expect(a.strikeTimes).toHaveLength(10);
    for (let j = 1; j < 10; j++)
      expect(a.strikeTimes[j] as number).toBeGreaterThan(a.strikeTimes[j - 1] as number);
    expect(Math.min(...a.strikeTimes)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...a.strikeTimes)).toBeLessThan(250);
    expect(a.strikeTimes).not.toEqual(Array.from({ length: 10 }, (_, j) => 12.5 + 25 * j));
    expect(strikeCoverageRecord(10, 'family-a', family).strikeTimes).toEqual(a.strikeTimes);
    expect(strikeCoverageRecord(10, 'family-b', family).strikeTimes).not.toEqual(a.strikeTimes);
  });

  it('simulates with the family truth: a provoking response and a higher baseline give more attacks', () => {
    // Mean attacks over 20 records each: the default family about 57, r = +2 about 320,
    // μ = 1.25 about 300 (scripts/strike-cutoff-coverage.ts); the gaps are many SEs wide.
    const mean = (family: typeof DEFAULT_FAMILY) => {
      let sum = 0;
      for (let i = 0; i < 20; i++)
        sum += strikeCoverageRecord(50, `family-${i}`, family).times.length;
      return sum / 20;
    };
    const base = mean(DEFAULT_FAMILY);
    expect(mean({ ...DEFAULT_FAMILY, response: 2 })).toBeGreaterThan(3 * base);
    expect(mean({ ...DEFAULT_FAMILY, baseline: 1.25 })).toBeGreaterThan(3 * base);
  });
});
