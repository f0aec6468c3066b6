import { describe, expect, it } from 'vitest';
import { createSalvoSampler, type SalvoSize } from '../../src/model/createSalvoSampler.js';
import { createRng } from '../../src/random/createRng.js';
import { chiSquareGoodnessOfFit, draws, expectMoments } from '../random/statistics.js';

// Monte Carlo: N = 100,000 draws per case, seed 'rockets/<case>'; moments within 4 SE
// (variance SE from the fourth central moment); shape by Pearson chi-square against the
// exact mixture pmf, failing when p < 0.001.
const N = 100_000;

/** Exact pmf of 1 + NB(μ, k) by the NB ratio recursion, independent of the sampler. */
function shiftedNegativeBinomialPmf(mu: number, k: number, maxX: number): Float64Array {
  const pmf = new Float64Array(maxX + 1);
  if (mu === 0) {
    pmf[1] = 1;
    return pmf;
  }
  let p = (k / (k + mu)) ** k;
  for (let x = 0; x + 1 <= maxX; x++) {
    pmf[x + 1] = p;
    p = ((p * (x + k)) / (x + 1)) * (mu / (k + mu));
  }
  return pmf;
}

/** Exact mean and variance of the mixture (the formula in createSalvoSampler's documentation). */
function mixtureMoments(s: SalvoSize): { mean: number; variance: number } {
  const parts = [
    [1 - s.largeShare, s.mean - 1, s.dispersion],
    [s.largeShare, s.largeMean - 1, s.largeDispersion],
  ] as const;
  let mean = 0;
  let second = 0;
  for (const [w, mu, k] of parts) {
    const m = 1 + mu;
    mean += w * m;
    second += w * (mu + (mu * mu) / k + m * m);
  }
  return { mean, variance: second - mean * mean };
}

const cases: Array<[string, SalvoSize]> = [
  ['iraq-2020', { mean: 4, dispersion: 1, largeShare: 0.2, largeMean: 30, largeDispersion: 10 }],
  ['one NB', { mean: 33, dispersion: 1, largeShare: 0, largeMean: 30, largeDispersion: 10 }],
  ['all large', { mean: 4, dispersion: 1, largeShare: 1, largeMean: 12, largeDispersion: 0.5 }],
  [
    'single rockets',
    { mean: 1, dispersion: 1, largeShare: 0.05, largeMean: 60, largeDispersion: 3 },
  ],
];

describe('createSalvoSampler', () => {
  it.each(cases)('%s: exact mixture mean and variance', (name, salvo) => {
    const rng = createRng(`rockets/${name}`);
    const sample = createSalvoSampler(salvo);
    expectMoments(
      draws(N, () => sample(rng)),
      mixtureMoments(salvo),
    );
  });

  it.each(cases)('%s: counts fit the exact mixture pmf (p > 0.001)', (name, salvo) => {
    const { mean, variance } = mixtureMoments(salvo);
    const maxX = Math.ceil(mean + 30 * Math.sqrt(variance));
    const small = shiftedNegativeBinomialPmf(salvo.mean - 1, salvo.dispersion, maxX);
    const large = shiftedNegativeBinomialPmf(salvo.largeMean - 1, salvo.largeDispersion, maxX);
    const pmf = (x: number) =>
      (1 - salvo.largeShare) * (small[x] as number) + salvo.largeShare * (large[x] as number);
    const rng = createRng(`rockets/${name}/shape`);
    const sample = createSalvoSampler(salvo);
    const fit = chiSquareGoodnessOfFit(
      draws(N, () => sample(rng)),
      pmf,
      maxX,
    );
    expect(fit.pValue, `X² = ${fit.statistic} on ${fit.df} df`).toBeGreaterThan(0.001);
  });

  it('never fires fewer than one rocket', () => {
    const rng = createRng('rockets/min');
    const salvo = cases[0]?.[1] as SalvoSize;
    let least = Number.POSITIVE_INFINITY;
    const sample = createSalvoSampler(salvo);
    for (let i = 0; i < 10_000; i++) least = Math.min(least, sample(rng));
    expect(least).toBe(1);
  });
});
