import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/random/createRng.js';
import { sampleBinomial } from '../../src/random/sampleBinomial.js';
import { EXTREME_UNIFORMS, sourceWithExtreme } from './extremeSource.js';
import { chiSquareGoodnessOfFit, draws, expectMoments, logFactorialTable } from './statistics.js';

// Monte Carlo: N = 100,000 draws per case, seed 'binomial/<n>/<p>'; moments within 4 SE
// (variance SE from the sample's fourth central moment); shape by Pearson chi-square,
// failing when p < 0.001. Cases cover inversion (n·min(p, 1−p) < 10), BTRS (≥ 10), their
// border, and p > ½ (mirrored).
const N = 100_000;
const lf = logFactorialTable(100_000);
// Exact pmf from brute-force log-factorials (independent of the sampler's Stirling series).
const pmf = (n: number, p: number) => (k: number) =>
  k > n
    ? 0
    : Math.exp(
        (lf[n] as number) -
          (lf[k] as number) -
          (lf[n - k] as number) +
          k * Math.log(p) +
          (n - k) * Math.log1p(-p),
      );

function sample(n: number, p: number): Float64Array {
  const rng = createRng(`binomial/${n}/${p}`);
  return draws(N, () => sampleBinomial(rng, n, p));
}

const cases: Array<[number, number]> = [
  [1, 0.3], // Bernoulli
  [20, 0.1], // n·p = 2, inversion
  [33, 0.3], // n·p = 9.9, inversion at the border
  [100, 0.1], // n·p = 10, BTRS at the border
  [20, 0.9], // mirrored inversion
  [1000, 0.003], // large n, small n·p
  [100, 0.5], // BTRS
  [1000, 0.9], // mirrored BTRS
  [100_000, 0.2], // n·p = 20,000
];

describe('sampleBinomial', () => {
  it.each(cases)('n %d, p %d: mean n·p and variance n·p·(1 − p)', (n, p) => {
    expectMoments(sample(n, p), { mean: n * p, variance: n * p * (1 - p) });
  });

  it('n 1e9, p 0.37: mean and variance hold for huge n', () => {
    const [n, p] = [1e9, 0.37];
    expectMoments(sample(n, p), { mean: n * p, variance: n * p * (1 - p) });
  });

  it.each(cases.filter(([n]) => n > 1))(
    'n %d, p %d: counts fit the exact pmf (chi-square p > 0.001)',
    (n, p) => {
      const fit = chiSquareGoodnessOfFit(sample(n, p), pmf(n, p), n);
      expect(fit.bins).toBeGreaterThan(2);
      expect(fit.pValue, `X² = ${fit.statistic} on ${fit.df} df`).toBeGreaterThan(0.001);
    },
  );

  it('handles n = 0, p = 0 and p = 1 exactly', () => {
    const rng = createRng('binomial/degenerate');
    for (let i = 0; i < 100; i++) {
      expect(sampleBinomial(rng, 0, 0.4)).toBe(0);
      expect(sampleBinomial(rng, 50, 0)).toBe(0);
      expect(sampleBinomial(rng, 50, 1)).toBe(50);
    }
  });

  it('terminates on the extreme uniforms a source may return', () => {
    for (const u of EXTREME_UNIFORMS) {
      for (const [n, p] of [
        [5, 0.5],
        [33, 0.3],
        [1e6, 0.5],
        [1e9, 1e-9],
      ] as const) {
        for (let at = 0; at < 4; at++) {
          const x = sampleBinomial(sourceWithExtreme(u, at), n, p);
          expect(Number.isInteger(x) && x >= 0 && x <= n).toBe(true);
        }
      }
    }
  });

  it('rejects invalid n and p', () => {
    const rng = createRng(1);
    expect(() => sampleBinomial(rng, 2.5, 0.5)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: n must be an integer in [0, 2^53 - 1], received 2.5]`,
    );
    expect(() => sampleBinomial(rng, -1, 0.5)).toThrow(RangeError);
    expect(() => sampleBinomial(rng, 2 ** 53, 0.5)).toThrow(RangeError);
    expect(() => sampleBinomial(rng, 10, 1.5)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: p must be in [0, 1], received 1.5]`,
    );
    expect(() => sampleBinomial(rng, 10, Number.NaN)).toThrow(RangeError);
  });
});
