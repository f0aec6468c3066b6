import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/random/createRng.js';
import { sampleNegativeBinomial } from '../../src/random/sampleNegativeBinomial.js';
import { samplePoisson } from '../../src/random/samplePoisson.js';
import { chiSquareGoodnessOfFit, draws, expectMoments } from './statistics.js';

// Monte Carlo: N = 100,000 draws per case, seed 'negbin/<mean>/<k>'; moments within 4 SE
// (variance SE from the fourth central moment); shape by Pearson chi-square against the
// exact pmf, failing when p < 0.001.
const N = 100_000;

/**
 * Exact NB pmf by its ratio recursion (closed form, independent of the gamma–Poisson
 * mixture): p(0) = (k/(k+μ))^k, p(x+1)/p(x) = (x + k)/(x + 1) · μ/(k + μ).
 */
function negativeBinomialPmf(mean: number, k: number, maxX: number): Float64Array {
  const pmf = new Float64Array(maxX + 1);
  pmf[0] = (k / (k + mean)) ** k;
  for (let x = 0; x < maxX; x++) {
    pmf[x + 1] = (((pmf[x] as number) * (x + k)) / (x + 1)) * (mean / (k + mean));
  }
  return pmf;
}

function sample(mean: number, k: number): Float64Array {
  const rng = createRng(`negbin/${mean}/${k}`);
  return draws(N, () => sampleNegativeBinomial(rng, mean, k));
}

// (33/7 rockets per launcher: the documented salvo, as a scale; dispersions are assumptions.)
const cases: Array<[number, number]> = [
  [20, 2],
  [33 / 7, 0.5],
  [3, 1],
  [200, 30],
];

describe('sampleNegativeBinomial', () => {
  it.each(cases)('mean %d, dispersion %d: variance μ + μ²/k', (mean, k) => {
    expectMoments(sample(mean, k), { mean, variance: mean + (mean * mean) / k });
  });

  it.each(cases)('mean %d, dispersion %d: counts fit the exact pmf (p > 0.001)', (mean, k) => {
    const maxX = Math.ceil(mean + 40 * Math.sqrt(mean + (mean * mean) / k));
    const pmf = negativeBinomialPmf(mean, k, maxX);
    const fit = chiSquareGoodnessOfFit(sample(mean, k), (x) => pmf[x] as number, maxX);
    expect(fit.pValue, `X² = ${fit.statistic} on ${fit.df} df`).toBeGreaterThan(0.001);
  });

  it('is the Poisson draw itself when dispersion is Infinity', () => {
    const a = createRng('negbin/inf');
    const b = createRng('negbin/inf');
    for (let i = 0; i < 1000; i++) {
      expect(sampleNegativeBinomial(a, 7.5, Number.POSITIVE_INFINITY)).toBe(samplePoisson(b, 7.5));
    }
  });

  it('gives 0 for mean 0 and for a mean so small that mean/dispersion underflows', () => {
    const rng = createRng('negbin/zero');
    expect(sampleNegativeBinomial(rng, 0, 2)).toBe(0);
    expect(sampleNegativeBinomial(rng, 5e-324, 1e10)).toBe(0);
  });

  it('rejects a negative mean or a dispersion that is not > 0', () => {
    const rng = createRng(1);
    expect(() => sampleNegativeBinomial(rng, -1, 2)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: mean must be a finite number >= 0, received -1]`,
    );
    expect(() => sampleNegativeBinomial(rng, 5, 0)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: dispersion must be > 0 (Infinity for Poisson), received 0]`,
    );
    expect(() => sampleNegativeBinomial(rng, 5, Number.NaN)).toThrow(RangeError);
  });
});
