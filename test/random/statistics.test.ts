import { describe, expect, it } from 'vitest';
import { expectClose } from '../helpers/expectClose.js';
import {
  chiSquareGoodnessOfFit,
  chiSquarePValue,
  gammaP,
  kolmogorovQ,
  kolmogorovSmirnov,
  logFactorialTable,
  logGamma,
  normalCdf,
  sampleMoments,
} from './statistics.js';

// The yardsticks that judge the samplers must themselves be right and able to reject.
describe('statistics helpers', () => {
  it('match closed forms and published quantiles', () => {
    // Closed forms: Γ(½) = √π, Γ(10) = 9!, P(1, x) = 1 − e^{−x}, chi-square(2) tail e^{−x/2}.
    expectClose(logGamma(0.5), 0.5 * Math.log(Math.PI), { abs: 1e-13 });
    expectClose(logGamma(10), Math.log(362880), { abs: 1e-12 });
    expectClose(gammaP(1, 2.5), 1 - Math.exp(-2.5), { abs: 1e-14 });
    expectClose(chiSquarePValue(7, 2), Math.exp(-3.5), { rel: 1e-12 });
    // R: qchisq(0.95, 1) = 3.841459, qchisq(0.95, 10) = 18.30704, qnorm(0.975) = 1.959964.
    expectClose(chiSquarePValue(3.841458820694124, 1), 0.05, { abs: 1e-9 });
    expectClose(chiSquarePValue(18.307038053275146, 10), 0.05, { abs: 1e-9 });
    expectClose(normalCdf(1.959963984540054), 0.975, { abs: 1e-12 });
    expectClose(normalCdf(-1), 0.15865525393145707, { abs: 1e-12 }); // R: pnorm(-1)
    // Kolmogorov's distribution: 95% point 1.3581 (Smirnov 1948 table).
    expectClose(kolmogorovQ(1.3581), 0.05, { abs: 1e-4 });
  });

  it('sampleMoments gives the exact moments of a known sample', () => {
    // {1, 2, 3, 4}: mean 2.5, unbiased variance 5/3.
    const m = sampleMoments([1, 2, 3, 4]);
    expectClose(m.mean, 2.5, { abs: 1e-15 });
    expectClose(m.variance, 5 / 3, { abs: 1e-15 });
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

  it('Kolmogorov–Smirnov accepts an exact fit and rejects a rate off by 10%', () => {
    const n = 10_000;
    const xs = Float64Array.from({ length: n }, (_, i) => -Math.log(1 - (i + 0.5) / n));
    expect(kolmogorovSmirnov(xs, (x) => 1 - Math.exp(-x)).pValue).toBeGreaterThan(0.99);
    expect(kolmogorovSmirnov(xs, (x) => 1 - Math.exp(-1.1 * x)).pValue).toBeLessThan(1e-4);
  });
});
