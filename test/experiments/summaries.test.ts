import { describe, expect, it } from 'vitest';
import {
  describeSummary,
  summaryQuantile,
} from '../../src/experiments/summaries/describeSummary.js';
import {
  formatDyadic,
  parseDyadic,
  ratioToNumber,
} from '../../src/experiments/summaries/dyadic.js';
import { ExactSum } from '../../src/experiments/summaries/ExactSum.js';
import { mergeSummaries } from '../../src/experiments/summaries/mergeSummaries.js';
import { Summary } from '../../src/experiments/summaries/Summary.js';
import { createRng } from '../../src/random/createRng.js';
import { samplePoisson } from '../../src/random/samplePoisson.js';
import { exact, exactSquare, quantileType7 } from './exactReference.js';

// Exactness is what these tests claim, so computed values are compared with toBe where the
// expected value is exact (an independent BigInt computation or a value with a closed form).
const summarise = (values: readonly (number | null)[], options = {}) => {
  const s = new Summary(options);
  for (const x of values) s.add(x);
  return s.toState();
};

describe('ExactSum', () => {
  it('holds 0.1 + 0.2 − 0.3 exactly: 1/2^55, not 5.55e-17 after rounding', () => {
    // 0.1 = 3602879701896397/2^55, 0.2 = 2·that, 0.3 = 5404319552844595/2^54: the sum is 1/2^55.
    const s = new ExactSum();
    for (const x of [0.1, 0.2, -0.3]) s.add(x);
    expect(s.toString()).toBe('1/2^55');
  });

  it('matches an independent BigInt sum of values and squares across the double range', () => {
    const values = [
      1e300,
      -1e300,
      5e-324,
      2.5e-310,
      3,
      -7.25,
      2 ** 60 + 2 ** 9,
      1e-200,
      0.1,
      1e150,
    ];
    const s = new ExactSum();
    const q = new ExactSum();
    for (const x of values) {
      s.add(x);
      q.addSquare(x);
    }
    expect(s.toBigInt()).toBe(values.reduce((t, x) => t + exact(x), 0n));
    expect(q.toBigInt()).toBe(values.reduce((t, x) => t + exactSquare(x), 0n));
  });

  it('survives millions of adds through the integer lane and delayed carries', () => {
    // 3·10^6 adds of 2^52 − 1 (lane flushes) and of 0.75 (limbs; carries every 2^20 adds).
    const s = new ExactSum();
    const n = 3_000_000;
    for (let i = 0; i < n; i++) {
      s.add(2 ** 52 - 1);
      s.add(0.75);
    }
    expect(s.toBigInt()).toBe(BigInt(n) * (exact(2 ** 52 - 1) + exact(0.75)));
  });

  it('round-trips through its text, negative values included', () => {
    const s = new ExactSum();
    s.add(-5);
    s.add(0.25);
    expect(s.toString()).toBe('-19/2^2');
    expect(ExactSum.parse(s.toString()).toBigInt()).toBe(s.toBigInt());
  });
});

describe('dyadic text and rounding', () => {
  it('formats canonically and parses back', () => {
    expect(formatDyadic(12n, 3)).toBe('3/2^1');
    expect(formatDyadic(-16n, 3)).toBe('-2');
    expect(formatDyadic(0n, 3)).toBe('0');
    expect(parseDyadic('3/2^1', 3, 'sum')).toBe(12n);
    expect(() => parseDyadic('1/3', 3, 'sum')).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: sum must be an integer or "n/2^k" with k ≤ 3, received "1/3"]`,
    );
  });

  it('rounds quotients correctly (ties to even), as the FPU does for exact operands', () => {
    expect(ratioToNumber(1n, 3n)).toBe(1 / 3);
    expect(ratioToNumber(-22n, 7n)).toBe(-22 / 7);
    // 2^53 + 1 is a tie between 2^53 and 2^53 + 2: to even gives 2^53.
    expect(ratioToNumber(2n ** 53n + 1n, 1n)).toBe(2 ** 53);
    expect(ratioToNumber(2n ** 53n + 3n, 1n)).toBe(2 ** 53 + 4);
    expect(ratioToNumber(1n, 2n ** 1070n)).toBe(2 ** -1070);
  });
});

describe('describeSummary', () => {
  it('gives exact mean, sd and type-7 quantiles of integer data', () => {
    const values = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5];
    const s = describeSummary(summarise([...values, null, null]));
    // Direct computation: Σx = 44, Σx² = 232, n = 11: mean 4, var = (232 − 11·16)/10 = 5.6.
    expect(s.n).toBe(11);
    expect(s.nulls).toBe(2);
    expect(s.mean).toBe(4);
    expect(s.sd).toBe(Math.sqrt(5.6));
    expect(s.se).toBe(Math.sqrt(5.6) / Math.sqrt(11));
    expect(s.ci95).toEqual({ low: 4 - 1.96 * (s.se as number), high: 4 + 1.96 * (s.se as number) });
    const sorted = [...values].sort((a, b) => a - b);
    // R: quantile(c(3,1,4,1,5,9,2,6,5,3,5), c(.025,.25,.5,.75,.975)) = 1, 2.5, 4, 5, 8.25
    expect(s.quantiles).toEqual({ p2_5: 1, p25: 2.5, p50: 4, p75: 5, p97_5: 8.25 });
    for (const p of [0.025, 0.1, 0.33, 0.5, 0.9, 0.975])
      expect(summaryQuantile(summarise(values), p)).toBe(quantileType7(sorted, p));
    expect([s.min, s.max, s.quantileMethod]).toEqual([1, 9, 'exact']);
  });

  it('has no cancellation in the variance of large values with a small spread', () => {
    // 1e9 + {0, 1, 2}: sd 1 exactly; the textbook Σx² − n·mean² formula in doubles loses it.
    const s = describeSummary(summarise([1e9, 1e9 + 1, 1e9 + 2]));
    expect(s.mean).toBe(1e9 + 1);
    expect(s.sd).toBe(1);
  });

  it('reports nulls where statistics do not exist', () => {
    const none = describeSummary(summarise([null, null]));
    expect(none).toMatchObject({ n: 0, nulls: 2, mean: null, sd: null, ci95: null, min: null });
    expect(none.quantiles.p50).toBeNull();
    const one = describeSummary(summarise([7]));
    expect(one).toMatchObject({ n: 1, mean: 7, sd: null, se: null, ci95: null });
    expect(one.quantiles).toEqual({ p2_5: 7, p25: 7, p50: 7, p75: 7, p97_5: 7 });
  });

  it('log-bucket quantiles are within the stated 1% of the exact quantiles', () => {
    // 20 000 lognormal-ish values (exp of a sum of uniforms, seed 7) and their negatives.
    const rng = createRng(7);
    const values = Array.from({ length: 20_000 }, (_, i) => {
      const x = Math.exp(4 * (rng() + rng() + rng() - 1.5));
      return i % 5 === 0 ? -x : x;
    });
    const state = summarise(values, { maxDistinct: 100 });
    expect(state.counts).toBeNull();
    const sorted = [...values].sort((a, b) => a - b);
    for (const p of [0, 0.01, 0.025, 0.1, 0.25, 0.5, 0.75, 0.9, 0.975, 0.999, 1]) {
      const truth = quantileType7(sorted, p);
      const estimate = summaryQuantile(state, p) as number;
      expect(Math.abs(estimate - truth)).toBeLessThanOrEqual(0.01 * Math.abs(truth) * (1 + 1e-9));
    }
    const d = describeSummary(state);
    expect(d).toMatchObject({ quantileMethod: 'log-buckets', quantileRelativeAccuracy: 0.01 });
    expect([d.min, d.max]).toEqual([sorted[0], sorted[sorted.length - 1]]);
  });
});

describe('Summary memory', () => {
  it('the state of a count outcome grows only with its distinct values, not with n', () => {
    // Poisson(20) counts, seed 3: about 40 distinct values whatever n.
    const rng = createRng(3);
    const sizes = [1_000, 10_000, 100_000].map((n) => {
      const s = new Summary();
      for (let i = 0; i < n; i++) s.add(samplePoisson(rng, 20));
      const state = s.toState();
      return { distinct: state.counts?.length ?? 0, bytes: JSON.stringify(state).length };
    });
    for (const { distinct, bytes } of sizes) {
      expect(distinct).toBeLessThan(60);
      // ~14 bytes per [value, count] entry plus two sums and the header.
      expect(bytes).toBeLessThan(200 + 16 * distinct);
    }
  });

  it('the state of a continuous outcome is bounded by its log buckets once past maxDistinct', () => {
    const rng = createRng(4);
    const bytes = [10_000, 100_000].map((n) => {
      const s = new Summary();
      for (let i = 0; i < n; i++) s.add(1 + 99 * rng()); // values in [1, 100): ≤ 232 buckets at 1%
      return JSON.stringify(s.toState()).length;
    });
    expect(bytes[1]).toBeLessThan(232 * 16 + 400);
    expect(bytes[1] as number).toBeLessThan((bytes[0] as number) * 1.5);
  });
});

describe('Summary input errors', () => {
  it('refuses NaN and infinities, and mismatched options when merging', () => {
    const s = new Summary();
    expect(() => s.add(Number.NaN)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: value must be a finite number or null, received NaN]`,
    );
    expect(() =>
      mergeSummaries([summarise([1]), summarise([1], { maxDistinct: 3 })]),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: summaries must have equal options to merge, received maxDistinct 2048 / 3, relativeAccuracy 0.01 / 0.01]`,
    );
    expect(() => mergeSummaries([])).toThrow(/at least one/);
  });

  it('switches to log buckets exactly when distinct values exceed maxDistinct', () => {
    expect(summarise([1, 2, 3], { maxDistinct: 3 }).counts).toEqual([
      [1, 1],
      [2, 1],
      [3, 1],
    ]);
    const switched = summarise([1, 2, 3, 4], { maxDistinct: 3 });
    expect(switched.counts).toBeNull();
    expect(switched.sketch?.positive.reduce((t, [, c]) => t + c, 0)).toBe(4);
    expect(describeSummary(switched).mean).toBe(2.5); // (1 + 2 + 3 + 4)/4, exact sums
  });
});
