import { describe, expect, it } from 'vitest';
import type { AbcSettings } from '../../src/calibrate/abc/abcTypes.js';
import { DEFAULT_ABC_SETTINGS, runAbc } from '../../src/calibrate/abc/runAbc.js';
import { createRng } from '../../src/random/createRng.js';
import { samplePoisson } from '../../src/random/samplePoisson.js';

// Oracle: m Poisson counts with rate λ and a Gamma(shape a, rate b) prior have the posterior
// Gamma(a + S, b + m), S the sum of the counts. S is sufficient, and with a tolerance of 0
// ABC accepts exactly the draws whose simulated S equals the observed one, so its weighted
// particles target that posterior exactly. The prior is not uniform, so weights that
// multiplied by the kernel density instead of dividing would move the mean.
const a = 3;
const b = 2;
const m = 5;
const S = 20;
const posteriorMean = (a + S) / (b + m); // 3.2857
const posteriorVariance = (a + S) / (b + m) ** 2; // 0.4694

const simulate = ([rate]: readonly number[], stream: string) => {
  const rng = createRng(stream);
  let sum = 0;
  for (let i = 0; i < m; i++) sum += samplePoisson(rng, rate as number);
  return { statistics: [sum] };
};

function weightedMoments(values: readonly number[], weights: readonly number[]) {
  const mean = values.reduce((s, x, i) => s + (weights[i] as number) * x, 0);
  const variance = values.reduce((s, x, i) => s + (weights[i] as number) * (x - mean) ** 2, 0);
  return { mean, variance };
}

const settings = (overrides: Partial<AbcSettings> = {}): AbcSettings => ({
  ...DEFAULT_ABC_SETTINGS,
  particles: 2000,
  seed: 'oracle',
  ...overrides,
});

describe.each(['beaumont', 'olcm', 'optimal'] as const)(
  'ABC-SMC against a known posterior (Poisson counts, gamma prior), %s kernel',
  (kernel) => {
    const result = runAbc(
      [{ type: 'gamma', shape: a, rate: b }],
      [S],
      settings({ kernel }),
      simulate,
    );
    const { thetas, weights } = result.population;
    const values = thetas.map((t) => t[0] as number);
    const ess = result.generations.at(-1)?.effectiveSampleSize ?? 0;

    it('reaches tolerance 0 and stops there', () => {
      expect(result.stopReason).toBe('tolerance');
      expect(result.generations.at(-1)?.tolerance).toBe(0);
      expect(result.population.distances.every((d) => d === 0)).toBe(true);
    });

    it('matches the posterior mean and variance within Monte Carlo error', () => {
      const { mean, variance } = weightedMoments(values, weights);
      // SE of a weighted mean ≈ sd/√ESS; of the variance ≈ σ²·√((κ − 1)/ESS), κ = 3 + 6/(a+S)
      // the gamma kurtosis. 4 SE each.
      const seMean = Math.sqrt(posteriorVariance / ess);
      const kurtosis = 3 + 6 / (a + S);
      const seVariance = posteriorVariance * Math.sqrt((kurtosis - 1) / ess);
      expect(ess).toBeGreaterThan(500);
      expect(Math.abs(mean - posteriorMean)).toBeLessThan(4 * seMean);
      expect(Math.abs(variance - posteriorVariance)).toBeLessThan(4 * seVariance);
      console.info(
        `oracle, ${kernel} kernel: ESS ${ess.toFixed(0)} of 2000, ${result.simulations} simulations, ${result.generations.length} generations, acceptance ${result.generations.map((g) => g.acceptanceRate.toFixed(3)).join(' ')}`,
      );
    });
  },
);

describe('ABC-SMC settings that do not change the posterior or keep the closest draws', () => {
  it('gives the same posterior whatever the batch size', () => {
    const small = runAbc(
      [{ type: 'gamma', shape: a, rate: b }],
      [S],
      settings({ particles: 300, batchSize: 7 }),
      simulate,
    );
    const large = runAbc(
      [{ type: 'gamma', shape: a, rate: b }],
      [S],
      settings({ particles: 300, batchSize: 500 }),
      simulate,
    );
    expect(JSON.stringify(small)).toBe(JSON.stringify(large));
  });

  it('rejection ABC keeps the closest draws', () => {
    const r = runAbc(
      [{ type: 'gamma', shape: a, rate: b }],
      [S],
      settings({ method: 'rejection', particles: 200, rejectionQuantile: 0.05 }),
      simulate,
    );
    expect(r.population.thetas).toHaveLength(200);
    expect(r.simulations).toBe(4000);
    const tolerance = r.generations[0]?.tolerance ?? Number.NaN;
    expect(Math.max(...r.population.distances)).toBe(tolerance);
  });
});
