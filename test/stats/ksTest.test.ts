import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/random/createRng.js';
import { kolmogorovSurvival } from '../../src/stats/kolmogorovDistribution.js';
import { ksTest } from '../../src/stats/ksTest.js';
import { expectClose } from '../helpers/expectClose.js';

describe('ksTest', () => {
  it('computes D_n from both sides of the empirical CDF', () => {
    // By hand: sorted 0.1, 0.4, 0.7 → max(1/3 − 0.1, 2/3 − 0.4, 1 − 0.7, 0.1, 0.4 − 1/3, 0.7 − 2/3) = 0.3
    const result = ksTest([0.7, 0.1, 0.4]);
    expectClose(result.statistic, 0.3, { abs: 1e-15 });
    expect(result.n).toBe(3);
    expectClose(result.pValue, kolmogorovSurvival(3, 0.3), { abs: 1e-15 });
  });

  it('uses the given CDF (exponential residuals) and agrees with the uniform transform', () => {
    const gaps = [0.3, 1.7, 0.9, 0.05, 2.4, 0.6, 1.1, 0.2, 3.3];
    const asExponential = ksTest(gaps, (x) => 1 - Math.exp(-x));
    const asUniform = ksTest(gaps.map((x) => 1 - Math.exp(-x)));
    expectClose(asExponential.statistic, asUniform.statistic, { abs: 1e-15 });
    expectClose(asExponential.pValue, asUniform.pValue, { abs: 1e-15 });
  });

  it('gives p-values that are uniform under the null (n = 10, N = 4000, seed "ks-null")', () => {
    // P(p ≤ α) = α for a continuous statistic; tested at α = 0.05 and 0.5 against the binomial SE.
    const rng = createRng('ks-null');
    const N = 4000;
    const ps = Array.from(
      { length: N },
      () => ksTest(Array.from({ length: 10 }, () => rng())).pValue,
    );
    for (const alpha of [0.05, 0.5]) {
      const share = ps.filter((p) => p <= alpha).length / N;
      expect(Math.abs(share - alpha)).toBeLessThan(4 * Math.sqrt((alpha * (1 - alpha)) / N));
    }
  });

  it('rejects a clearly wrong model', () => {
    const sample = Array.from({ length: 10 }, (_, i) => 0.5 + i / 40); // all in [0.5, 0.73]
    expect(ksTest(sample).pValue).toBeLessThan(0.01);
  });

  it('names the bad input', () => {
    expect(() => ksTest([])).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: sample must hold at least one value, received 0 values]`,
    );
    expect(() => ksTest([0.2, Number.NaN])).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: sample[1] must be a finite number, received NaN]`,
    );
    expect(() => ksTest([0.2], (x) => 2 * x + 1)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: cdf must return a value in [0, 1], received 1.4 at x = 0.2]`,
    );
  });
});
