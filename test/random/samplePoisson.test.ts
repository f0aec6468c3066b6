import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/random/createRng.js';
import { samplePoisson, samplePoissonWithZero } from '../../src/random/samplePoisson.js';
import { EXTREME_UNIFORMS, sourceWithExtreme } from './extremeSource.js';
import { chiSquareGoodnessOfFit, draws, expectMoments, logFactorialTable } from './statistics.js';

// Monte Carlo: N = 100,000 draws per case, seed 'poisson/<mean>'; moments within 4 SE
// (variance SE from the sample's fourth central moment); shape by Pearson chi-square,
// failing when p < 0.001. Means cover inversion (< 10) and PTRS (≥ 10) and their border.
const N = 100_000;
const lf = logFactorialTable(20_000);
// Exact pmf from brute-force log-factorials (independent of the sampler's Stirling series).
const pmf = (mean: number) => (k: number) =>
  Math.exp(k * Math.log(mean) - mean - (lf[k] as number));

function sample(mean: number): Float64Array {
  const rng = createRng(`poisson/${mean}`);
  return draws(N, () => samplePoisson(rng, mean));
}

describe('samplePoisson', () => {
  it.each([0.5, 5, 9.99, 10, 50, 5000, 1e7])('mean %d: mean and variance equal the mean', (m) => {
    expectMoments(sample(m), { mean: m, variance: m });
  });

  it.each([
    [0.5, 20],
    [5, 40],
    [9.99, 60],
    [10, 60],
    [50, 150],
    [5000, 6000],
  ])('mean %d: counts fit the exact pmf (chi-square p > 0.001)', (m, maxK) => {
    const fit = chiSquareGoodnessOfFit(sample(m), pmf(m), maxK);
    expect(fit.bins).toBeGreaterThan(3);
    expect(fit.pValue, `X² = ${fit.statistic} on ${fit.df} df`).toBeGreaterThan(0.001);
  });

  it('gives 0 for mean 0 without drawing', () => {
    let calls = 0;
    const rng = () => {
      calls++;
      return 0.5;
    };
    expect(samplePoisson(rng, 0)).toBe(0);
    expect(calls).toBe(0);
  });

  it('terminates on the extreme uniforms a source may return', () => {
    for (const u of EXTREME_UNIFORMS) {
      for (const m of [0.5, 9.99, 10, 1e6]) {
        for (let at = 0; at < 4; at++) {
          expect(Number.isInteger(samplePoisson(sourceWithExtreme(u, at), m))).toBe(true);
        }
      }
    }
  });

  it('rejects invalid means', () => {
    const rng = createRng(1);
    expect(() => samplePoisson(rng, -1)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: mean must be a finite number >= 0, received -1]`,
    );
    expect(() => samplePoisson(rng, Number.NaN)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: mean must be a finite number >= 0, received NaN]`,
    );
    expect(() => samplePoisson(rng, Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });

  it('samplePoissonWithZero draws what samplePoisson draws from the same uniforms, both methods', () => {
    for (const mean of [0, 1e-9, 0.3, 2, 6, 9.999, 10, 37]) {
      const a = createRng(`poisson-zero/${mean}`);
      const b = createRng(`poisson-zero/${mean}`);
      for (let i = 0; i < 2000; i++)
        expect(samplePoissonWithZero(b, mean, Math.exp(-mean))).toBe(samplePoisson(a, mean));
    }
    expect(() => samplePoissonWithZero(createRng(1), -1, 1)).toThrow(RangeError);
  });
});
