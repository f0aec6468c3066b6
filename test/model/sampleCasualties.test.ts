import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../src/model/compileScenario.js';
import {
  FOREIGN_KILLED,
  FOREIGN_WOUNDED,
  HOST_KILLED,
  HOST_WOUNDED,
  sampleCasualties,
} from '../../src/model/sampleCasualties.js';
import { createRng } from '../../src/random/createRng.js';
import { meanAndStandardError } from '../helpers/expectClose.js';
import { expectMoments } from '../random/statistics.js';

// Garrisons of a million each, so the cap on casualties never binds and the closed forms
// hold exactly. Rates: c = hitProbability·(1 − protection) = 0.4·0.5 = 0.2 per rocket,
// foreign share of hits e = F/(F + x·H) = 1/(1 + 0.5) = 2/3, v = 3 harmed per hit with
// dispersion k = 0.5, lethality ℓ = 0.3.
const scenario = (hostExposure: number, personnel = 1_000_000) => ({
  name: 'casualties',
  start: '2020-01-01',
  militias: [{ id: 'm' }],
  foreignForce: {
    bases: [
      {
        id: 'b',
        foreignPersonnel: personnel,
        hostPersonnel: personnel,
        protection: 0.5,
        hostExposure,
      },
    ],
    hitProbability: 0.4,
    victimsPerHit: 3,
    victimDispersion: 0.5,
    lethality: 0.3,
  },
});
const c = 0.2;
const e = 2 / 3;
const v = 3;
const k = 0.5;
const lethality = 0.3;
const R = 30;

/**
 * Exact mean and variance of Σ_{i=1..R} B_i·Z_i with B_i ~ Bernoulli(p) and Z_i ~ NB(μ, k):
 * each rocket independently lands on a group with probability p, and the people of that
 * group it kills (or wounds) are the NB(v, k) harmed thinned by ℓ (or 1 − ℓ), i.e.
 * NB(v·ℓ, k) (gamma–Poisson thinning). Mean R·p·μ; variance R·(p·E[Z²] − (p·μ)²).
 */
function perRocketSum(p: number, mu: number): { mean: number; variance: number } {
  const second = mu + (mu * mu) / k + mu * mu;
  return { mean: R * p * mu, variance: R * (p * second - (p * mu) ** 2) };
}

function sample(hostExposure: number, seed: string, n: number, personnel?: number) {
  const cs = compileScenario(scenario(hostExposure, personnel));
  const rng = createRng(seed);
  const out = new Int32Array(4);
  const rows: Int32Array[] = [];
  for (let i = 0; i < n; i++) {
    sampleCasualties(rng, cs, 0, R, out);
    rows.push(out.slice());
  }
  return rows;
}

describe('sampleCasualties', () => {
  // Monte Carlo: N = 100,000 salvos of 30 rockets, seed 'casualties', 4 SE.
  const N = 100_000;
  const rows = sample(0.5, 'casualties', N);
  const column = (i: number) => Float64Array.from(rows, (row) => row[i] as number);

  it('killed and wounded on each side have the exact mean and variance of a sum of rare, over-dispersed hits', () => {
    expectMoments(column(FOREIGN_KILLED), perRocketSum(c * e, v * lethality));
    expectMoments(column(FOREIGN_WOUNDED), perRocketSum(c * e, v * (1 - lethality)));
    expectMoments(column(HOST_KILLED), perRocketSum(c * (1 - e), v * lethality));
    expectMoments(column(HOST_WOUNDED), perRocketSum(c * (1 - e), v * (1 - lethality)));
  });

  it('a salvo harms nobody with probability (1 − c·(1 − p₀))^R, p₀ = (k/(k + v))^k the chance a hit harms nobody', () => {
    const p0 = (k / (k + v)) ** k;
    const p = (1 - c * (1 - p0)) ** R;
    let none = 0;
    for (const row of rows) if (row.every((x) => x === 0)) none++;
    const se = Math.sqrt((p * (1 - p)) / N);
    expect(Math.abs(none / N - p), `observed ${none / N}, exact ${p}, SE ${se}`).toBeLessThan(
      4 * se,
    );
  });

  it('no host person is harmed when their exposure is 0, and foreign ones take every hit', () => {
    const only = sample(0, 'casualties/zero', 20_000);
    expect(only.every((row) => row[HOST_KILLED] === 0 && row[HOST_WOUNDED] === 0)).toBe(true);
    // E = R·c·v·ℓ = 30·0.2·3·0.3 = 5.4 (N = 20,000, seed 'casualties/zero', 4 SE).
    const { mean, se } = meanAndStandardError(only.map((row) => row[FOREIGN_KILLED] as number));
    expect(Math.abs(mean - R * c * v * lethality), `mean ${mean}, SE ${se}`).toBeLessThan(4 * se);
  });

  it('never harms more people than are present', () => {
    let most = 0;
    let capped = 0;
    for (const row of sample(1, 'casualties/small', 20_000, 2)) {
      const foreign = (row[FOREIGN_KILLED] as number) + (row[FOREIGN_WOUNDED] as number);
      const host = (row[HOST_KILLED] as number) + (row[HOST_WOUNDED] as number);
      most = Math.max(most, foreign, host);
      if (foreign === 2 || host === 2) capped++;
    }
    expect(most).toBe(2);
    expect(capped).toBeGreaterThan(0); // the cap binds, so the check means something
  });

  it('harms nobody at an empty base, and nobody without rockets', () => {
    const empty = compileScenario(scenario(1, 0));
    expect(empty.hitPerRocket[0]).toBe(0);
    const out = new Int32Array(4).fill(9);
    sampleCasualties(createRng(1), compileScenario(scenario(1)), 0, 0, out);
    expect(Array.from(out)).toEqual([0, 0, 0, 0]);
  });
});
