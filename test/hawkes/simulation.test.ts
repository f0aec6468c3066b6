import { describe, expect, it } from 'vitest';
import { hawkesCompensator } from '../../src/hawkes/hawkesCompensator.js';
import { hawkesExpectedCount } from '../../src/hawkes/hawkesExpectedCount.js';
import { multivariateHawkesExpectedCount } from '../../src/hawkes/multivariateHawkesExpectedCount.js';
import { multivariateHawkesCompensator } from '../../src/hawkes/multivariateHawkesLogLikelihood.js';
import { simulateHawkes } from '../../src/hawkes/simulateHawkes.js';
import { simulateHawkesClusters } from '../../src/hawkes/simulateHawkesClusters.js';
import { simulateMultivariateHawkes } from '../../src/hawkes/simulateMultivariateHawkes.js';
import { kolmogorovAsymptoticCdf } from '../../src/stats/kolmogorovDistribution.js';
import { ksTest } from '../../src/stats/ksTest.js';
import { meanAndStandardError } from '../helpers/expectClose.js';

const params = { baseline: 0.2, branchingRatio: 0.5, decay: 1 };
const horizon = 100;
const replicates = 4000;

function counts(simulate: typeof simulateHawkes, seedPrefix: string): number[] {
  return Array.from(
    { length: replicates },
    (_, i) => simulate(params, { horizon, seed: `${seedPrefix}-${i}` }).times.length,
  );
}

/** Two-sample Kolmogorov–Smirnov p-value, asymptotic (conservative for discrete data). */
function twoSampleKsPValue(a: number[], b: number[]): number {
  const xs = [...new Set([...a, ...b])].sort((x, y) => x - y);
  const sa = [...a].sort((x, y) => x - y);
  const sb = [...b].sort((x, y) => x - y);
  let ia = 0;
  let ib = 0;
  let d = 0;
  for (const x of xs) {
    while (ia < sa.length && (sa[ia] as number) <= x) ia++;
    while (ib < sb.length && (sb[ib] as number) <= x) ib++;
    d = Math.max(d, Math.abs(ia / sa.length - ib / sb.length));
  }
  return (
    1 - kolmogorovAsymptoticCdf(d * Math.sqrt((sa.length * sb.length) / (sa.length + sb.length)))
  );
}

/**
 * By the time-change theorem the values Λ(t_i) form a unit-rate Poisson process; within a
 * fixed rescaled window [0, L] that the run surely covers (Λ(T) ≥ L), they are i.i.d.
 * uniform given their number. (Dividing by Λ(T) instead would be biased: Λ(T) depends on
 * the events.)
 */
function rescaledWithin(
  c: { atEvents: Float64Array; atHorizon: number },
  window: number,
): number[] {
  if (c.atHorizon < window)
    throw new Error(`the run covers only ${c.atHorizon} of the rescaled window ${window}`);
  return Array.from(
    c.atEvents.filter((v) => v <= window),
    (v) => v / window,
  );
}

describe('simulateHawkes (Ogata thinning) and simulateHawkesClusters', () => {
  const thinning = counts(simulateHawkes, 'thin');
  const clusters = counts(simulateHawkesClusters, 'cluster');
  const expected = hawkesExpectedCount(params, horizon);

  it.each([
    ['thinning', thinning],
    ['clusters', clusters],
  ])(
    '%s: the mean count over 4000 seeded runs is E[N(100)] within 4 standard errors',
    (_, sample) => {
      const { mean, se } = meanAndStandardError(sample);
      expect(Math.abs(mean - expected)).toBeLessThan(4 * se);
    },
  );

  it('the two simulators agree by a two-sample KS test on N(T) (p > 0.001)', () => {
    expect(twoSampleKsPValue(thinning, clusters)).toBeGreaterThan(0.001);
  });

  it('rescaled event times are uniform within a covered window and their number is Poisson (1000 pooled runs)', () => {
    const window = params.baseline * horizon; // Λ(T) ≥ μT always
    for (const simulate of [simulateHawkes, simulateHawkesClusters]) {
      const pooled: number[] = [];
      for (let i = 0; i < 1000; i++) {
        const { times } = simulate(params, { horizon, seed: `resid-${i}` });
        pooled.push(...rescaledWithin(hawkesCompensator(times, params, horizon), window));
      }
      expect(ksTest(pooled).pValue).toBeGreaterThan(0.001);
      const z = (pooled.length - 1000 * window) / Math.sqrt(1000 * window);
      expect(Math.abs(z)).toBeLessThan(4);
    }
  });

  it('refuses an explosive process without a cap, and stops at the cap with a warning', () => {
    const explosive = { baseline: 1, branchingRatio: 1.5, decay: 1 };
    expect(() =>
      simulateHawkes(explosive, { horizon: 100, seed: 1 }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: branchingRatio must be < 1 for a stationary process (spectral radius 1.5); pass maxEvents to simulate an explosive one up to a cap]`,
    );
    const capped = simulateHawkes(explosive, { horizon: 100, seed: 1, maxEvents: 500 });
    expect(capped.times.length).toBe(500);
    expect(capped.reachedCap).toBe(true);
    expect(capped.warnings[0]).toMatch(/^event cap of 500 reached at day/);
  });

  it('requires a seed or a random source', () => {
    expect(() => simulateHawkes(params, { horizon: 10 })).toThrow(/^seed must be given/);
  });
});

describe('simulateMultivariateHawkes', () => {
  const cross = {
    baseline: [0.1, 0.2],
    branchingRatio: [
      [0.3, 0.2],
      [0.1, 0.4],
    ],
    decay: [1, 2],
  };

  it('mean counts per dimension match the matrix-exponential E[N(T)] within 4 standard errors', () => {
    const expected = multivariateHawkesExpectedCount(cross, 50);
    const runs = Array.from({ length: 3000 }, (_, i) =>
      simulateMultivariateHawkes(cross, { horizon: 50, seed: `mv-${i}` }),
    );
    expected.forEach((e, m) => {
      const { mean, se } = meanAndStandardError(
        runs.map((r) => (r.times[m] as Float64Array).length),
      );
      expect(Math.abs(mean - e)).toBeLessThan(4 * se);
    });
  });

  it('with deterring strikes (intensity clipped at zero) its rescaled events are a unit Poisson process', () => {
    // Twenty strikes, alternating in which militia they deter most; both intensities are
    // clipped at zero for a while after most strikes.
    const base = {
      baseline: [0.3, 0.2],
      branchingRatio: [
        [0.3, 0.2],
        [0.1, 0.4],
      ],
      decay: [1, 2],
    };
    const times = Array.from({ length: 20 }, (_, i) => 5 + 10 * i);
    const shocks = {
      times,
      response: times.map((_, i) => (i % 2 ? [-2, 0.5] : [-1, -1.5])),
      decay: [0.5, 0.8],
    };
    const replicates = 2000;
    const window = 25; // every run covers Λ_m(200) ≥ 54 here; rescaledWithin checks it
    const pooled: number[][] = [[], []];
    for (let i = 0; i < replicates; i++) {
      const run = simulateMultivariateHawkes(base, { horizon: 200, seed: `shock-${i}`, shocks });
      multivariateHawkesCompensator(run.times, base, 200, shocks).forEach((c, m) => {
        (pooled[m] as number[]).push(...rescaledWithin(c, window));
      });
    }
    for (const sample of pooled) {
      // Shape: uniform given the count. Level: the pooled count is Poisson(replicates·window).
      expect(ksTest(sample).pValue).toBeGreaterThan(0.001);
      const z = (sample.length - replicates * window) / Math.sqrt(replicates * window);
      expect(Math.abs(z)).toBeLessThan(4);
    }
  });

  it('with a rising trend its rescaled event times are uniform', () => {
    const trended = { baseline: [0.2], branchingRatio: [[0.3]], decay: [1], trend: [0.03] };
    const pooled: number[] = [];
    for (let i = 0; i < 300; i++) {
      const run = simulateMultivariateHawkes(trended, { horizon: 60, seed: `trend-${i}` });
      const [c] = multivariateHawkesCompensator(run.times, trended, 60);
      if (c) pooled.push(...rescaledWithin(c, 0.2 * 60));
    }
    expect(ksTest(pooled).pValue).toBeGreaterThan(0.001);
  });
});
