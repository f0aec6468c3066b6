import { describe, expect, it } from 'vitest';
import { expectClose } from '../helpers/expectClose.js';
import {
  chiSquareGoodnessOfFit,
  expectMoments,
  logFactorialTable,
  sampleMoments,
} from './statistics.js';

// The yardsticks that judge the samplers must themselves be right and able to reject.
describe('sampler test helpers', () => {
  it('sampleMoments gives the exact moments of a known sample', () => {
    // {1, 2, 3, 4}: mean 2.5, unbiased variance 5/3; m₂ = 5/4, m₄ = (2·1.5⁴ + 2·0.5⁴)/4 = 2.5625,
    // so Var(s²) = (m₄ − m₂²·(n − 3)/(n − 1))/n = (2.5625 − 1.5625/3)/4.
    const m = sampleMoments([1, 2, 3, 4]);
    expectClose(m.mean, 2.5, { abs: 1e-15 });
    expectClose(m.variance, 5 / 3, { abs: 1e-15 });
    expectClose(m.seVariance, Math.sqrt((2.5625 - 1.5625 / 3) / 4), { abs: 1e-15 });
  });

  it('logFactorialTable matches exact factorials', () => {
    expectClose(logFactorialTable(10)[10] as number, Math.log(3628800), { rel: 1e-15 });
  });

  // Deterministic "samples": the quantiles at (i + ½)/N of a distribution fit it almost
  // perfectly, and fit a slightly different one badly.
  const lf = logFactorialTable(200);
  const poissonPmf = (mean: number) => (k: number) =>
    Math.exp(k * Math.log(mean) - mean - (lf[k] as number));
  function poissonQuantiles(mean: number, n: number): Float64Array {
    const xs = new Float64Array(n);
    let k = 0;
    let cdf = poissonPmf(mean)(0);
    for (let i = 0; i < n; i++) {
      const u = (i + 0.5) / n;
      while (cdf <= u) cdf += poissonPmf(mean)(++k);
      xs[i] = k;
    }
    return xs;
  }

  it('chi-square accepts an exact fit and rejects a mean off by 2%', () => {
    const xs = poissonQuantiles(50, 20_000);
    expect(chiSquareGoodnessOfFit(xs, poissonPmf(50), 150).pValue).toBeGreaterThan(0.99);
    expect(chiSquareGoodnessOfFit(xs, poissonPmf(51), 150).pValue).toBeLessThan(1e-6);
  });

  it('expectMoments rejects a variance off by 5% at N = 20,000', () => {
    const xs = poissonQuantiles(50, 20_000);
    expect(() => expectMoments(xs, { mean: 50, variance: 50 })).not.toThrow();
    expect(() => expectMoments(xs, { mean: 50, variance: 52.5 })).toThrow(/variance/);
    expect(() => expectMoments(xs, { mean: 50.5, variance: 50 })).toThrow(/mean/);
  });
});
