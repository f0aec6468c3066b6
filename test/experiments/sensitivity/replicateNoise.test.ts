import { describe, expect, it } from 'vitest';
import { separateReplicateNoise } from '../../../src/experiments/sensitivity/replicateNoise.js';
import {
  finishSensitivity,
  mergeSensitivityParts,
  planSensitivity,
  unitDesign,
} from '../../../src/experiments/sensitivity/sensitivityParts.js';
import { presets, sensitivity } from '../../../src/index.js';
import { sensitivityLines } from '../../../src/node/cli/commands/sensitivity.js';
import { createRng } from '../../../src/random/createRng.js';
import { standardNormal } from '../../../src/random/sampleNormal.js';
import { expectClose } from '../../helpers/expectClose.js';

// Ishigami (a = 7, b = 0.1) on [−π, π]³ with its closed-form indices (see sobolAndMorris.test.ts).
const PI = Math.PI;
const VF = 49 / 8 + (0.1 * PI ** 4) / 5 + (0.01 * PI ** 8) / 18 + 0.5;
const S = [(0.1 * PI ** 4) / 5 + (0.01 * PI ** 8) / 50 + 0.5, 49 / 8, 0].map((v) => v / VF);
const V13 = (8 * 0.01 * PI ** 8) / 225;
const ST = [S[0] as number, S[1] as number, 0].map((s, i) => s + (i === 1 ? 0 : V13 / VF));
const ishigami = (u: readonly number[]) => {
  const [x1, x2, x3] = u.map((v) => -PI + 2 * PI * v) as [number, number, number];
  return Math.sin(x1) + 7 * Math.sin(x2) ** 2 + 0.1 * x3 ** 4 * Math.sin(x1);
};

/**
 * A Sobol analysis of y(x, r) = ishigami(x) + σ·ε, the noise ε drawn per replicate (shared by
 * every point, as common random numbers at their best) or per point and replicate
 * (independent), run through the library's own design and estimator.
 */
function noisyIshigami(
  noise: 'none' | 'shared' | 'independent' | 'pointDependent',
  sigma: number,
  R: number,
  streams = '',
  bootstrap = 200,
) {
  const { header } = planSensitivity(presets.restraint, {
    method: 'sobol',
    seed: 'noise',
    samples: 4096,
    bootstrap,
    replicates: R,
    parameters: [
      { path: 'militias.0.baseline', low: 0.05, high: 0.1 },
      { path: 'militias.0.decay', low: 0.1, high: 1 },
      { path: 'foreignForce.intelligenceDays', low: 1, high: 14 },
    ],
  });
  const rng = createRng(`ishigami-${noise}${streams}`);
  const shared = Array.from({ length: R }, () => standardNormal(rng));
  const means: number[] = [];
  const replicates: number[] = [];
  for (const u of unitDesign(header).points) {
    let sum = 0;
    for (let r = 0; r < R; r++) {
      // pointDependent: replicate r's shared draw scaled by the point (x0 + x1), plus a
      // smaller independent part, so that points one coordinate apart share noise.
      const e =
        noise === 'none'
          ? 0
          : noise === 'shared'
            ? (shared[r] as number)
            : noise === 'pointDependent'
              ? (shared[r] as number) * 2 * ((u[0] as number) + (u[1] as number)) +
                0.5 * standardNormal(rng)
              : standardNormal(rng);
      const y = ishigami(u) + sigma * e;
      replicates.push(y);
      sum += y;
    }
    means.push(sum / R);
  }
  return finishSensitivity(header, { means, replicates });
}

describe('replicate noise under common random numbers', () => {
  const sigma = 4;
  const R = 4;
  const v = (sigma * sigma) / R; // noise in a point's mean: 4, against Var f ≈ 13.84

  it('noise shared by every point enters nothing: share 0, the indices of the noise-free mean', () => {
    const clean = noisyIshigami('none', sigma, R);
    const shared = noisyIshigami('shared', sigma, R);
    expect(shared.replicateNoise.variance).toBeLessThan(1e-12);
    expect(shared.replicateNoise.share).toBeLessThan(1e-12);
    // A point's replicates still spread, by σ²·s²_ε/R with s²_ε the variance of the R shared
    // draws: the per-point SE², which was reported as the noise, and all of it common.
    const rng = createRng('ishigami-shared');
    const e = Array.from({ length: R }, () => standardNormal(rng));
    const mean = e.reduce((a, x) => a + x, 0) / R;
    const s2 = e.reduce((a, x) => a + (x - mean) ** 2, 0) / (R - 1);
    expectClose(shared.replicateNoise.perPoint, (sigma * sigma * s2) / R, { rel: 1e-9 });
    expect(shared.replicateNoise.perPoint / shared.outputVariance).toBeGreaterThan(0.05);
    expectClose(shared.replicateNoise.common, shared.replicateNoise.perPoint, { rel: 1e-9 });
    expectClose(shared.outputVariance, clean.outputVariance, { rel: 1e-9 });
    for (const [i, p] of shared.parameters.entries()) {
      expectClose(p.first as number, clean.parameters[i]?.first as number, { abs: 1e-9 });
      expectClose(p.total as number, clean.parameters[i]?.total as number, { abs: 1e-9 });
    }
  });

  it('independent noise: its variance and share are measured, and bias the indices as documented', () => {
    const r = noisyIshigami('independent', sigma, R);
    const P = r.evaluations;
    // The residual mean square of normal noise has (P − 1)(R − 1) degrees of freedom.
    const se = v * Math.sqrt(2 / ((P - 1) * (R - 1)));
    expectClose(r.replicateNoise.variance, v, { abs: 4 * se });
    expect(r.replicateNoise.share).toBe(r.replicateNoise.variance / r.outputVariance);
    expectClose(r.replicateNoise.common, 0, { abs: 4 * se });
    // S_i reads S_i·(1 − s) and ST_i reads ST_i·(1 − s) + s, s the noise share (N = 4096,
    // within 4 bootstrap standard errors).
    const s = v / (VF + v);
    expectClose(r.replicateNoise.share, s, { abs: 0.02 });
    for (const [i, p] of r.parameters.entries()) {
      expectClose(p.first as number, (S[i] as number) * (1 - s), {
        abs: 4 * (p.firstSe as number),
      });
      expectClose(p.total as number, (ST[i] as number) * (1 - s) + s, {
        abs: 4 * (p.totalSe as number),
      });
    }
  });

  // N = 4096, R = 4, σ = 4: each corrected index within 4 of its bootstrap standard errors
  // of the closed form, where the uncorrected ones are biased by the noise.
  it('noise-corrected indices recover the noise-free ones (independent noise)', () => {
    const r = noisyIshigami('independent', sigma, R);
    const c = r.noiseCorrected?.indices;
    if (!c) throw new Error('no corrected indices');
    for (const [i, p] of c.entries()) {
      expectClose(p.first, S[i] as number, { abs: 4 * p.firstSe });
      expectClose(p.total, ST[i] as number, { abs: 4 * p.totalSe });
      expect(p.firstLow).toBeLessThanOrEqual(p.first);
      expect(p.totalHigh).toBeGreaterThanOrEqual(p.total);
    }
    expectClose(r.noiseCorrected?.variance as number, VF, { rel: 0.05 });
    // The uncorrected total index of x3 (0.2437) reads well above it: the check has power.
    const t3 = r.parameters[2]?.total as number;
    expect(t3 - (ST[2] as number)).toBeGreaterThan(4 * (c[2]?.totalSe as number));
  });

  it('noise from streams every point shares, scaled by the point: the corrected variance is unbiased over the streams', () => {
    // Under common random numbers two points one coordinate apart share most of this noise,
    // which each pair's own correction allows for; but one set of R streams shifts every row
    // alike, so the corrected terms are unbiased only on average over sets of streams. The
    // test averages M = 8 sets (R = 4, N = 4096, no bootstrap) and allows 4 standard errors
    // of that average (the spread of the 8 over √8). The indices, ratios of such terms, are
    // not: with this much shared noise S3 averaged −0.012 against 0 (see noiseCorrectedSobol).
    const M = 8;
    const v = Array.from(
      { length: M },
      (_, m) =>
        noisyIshigami('pointDependent', sigma, R, `-${m}`, 0).noiseCorrected?.variance as number,
    );
    const mean = v.reduce((a, x) => a + x, 0) / M;
    const sd = Math.sqrt(v.reduce((a, x) => a + (x - mean) ** 2, 0) / (M - 1));
    expectClose(mean, VF, { abs: (4 * sd) / Math.sqrt(M) });
  });

  it('with one replicate per point there are no corrected indices', () => {
    expect(noisyIshigami('independent', sigma, 1).noiseCorrected).toBeUndefined();
  });

  it('on the model: an inert parameter carries no unshared noise, a live one some', () => {
    // Restraint never strikes: intelligenceDays changes nothing, so under common random
    // numbers every point runs the same streams to the same outcome.
    const inert = sensitivity(presets.restraint, {
      method: 'morris',
      seed: 1,
      replicates: 4,
      trajectories: 4,
      parameters: [{ path: 'foreignForce.intelligenceDays', low: 1, high: 14 }],
    });
    expect(inert.replicateNoise.variance).toBeLessThan(1e-12);
    expect(inert.replicateNoise.share).toBeLessThan(1e-12);
    expect(inert.replicateNoise.perPoint).toBeGreaterThan(0);
    const live = sensitivity(presets.restraint, {
      method: 'morris',
      seed: 1,
      replicates: 4,
      trajectories: 6,
      parameters: [{ path: 'militias.0.baseline', low: 0.05, high: 0.1 }],
    });
    expect(live.replicateNoise.variance).toBeGreaterThan(0);
    expect(live.replicateNoise.variance).toBeLessThan(live.replicateNoise.perPoint);
  });
});

describe('the noise line of the sensitivity command', () => {
  it('says what the share is, and that one replicate cannot measure it', () => {
    const options = {
      method: 'morris' as const,
      seed: 1,
      trajectories: 4,
      parameters: [{ path: 'militias.0.baseline', low: 0.05, high: 0.1 }],
    };
    const [two] = sensitivityLines(
      sensitivity(presets.restraint, { ...options, replicates: 2 }),
      'text',
    );
    expect(two).toMatch(/replicate noise that differs between points [\d.e-]+, [\d.e-]+% of it/);
    expect(two).toMatch(/common to every point cancels under common random numbers/);
    const [one] = sensitivityLines(
      sensitivity(presets.restraint, { ...options, replicates: 1 }),
      'text',
    );
    expect(one).toMatch(/replicate noise is not measured with 1 replicate per point/);
  });
});

describe('separateReplicateNoise', () => {
  it('is the two-way residual mean square over R (a hand computation)', () => {
    // 2 points × 2 replicates: y = [[1, 2], [3, 6]]; point means 1.5, 4.5; replicate means
    // 2, 4; grand 3; residuals ±0.5 → SS 1, 1 df → σ²_u = 1, over R: 0.5. Within SS:
    // 0.25·2 + 2.25·2 = 5, over P(R − 1) = 2 → 2.5, over R: 1.25.
    const n = separateReplicateNoise([1, 2, 3, 6], 2, 4.5);
    expect(n).toEqual({ variance: 0.5, share: 0.5 / 4.5, perPoint: 1.25, common: 0.75 });
  });
  it('refuses values that are not R per point, and parts made without them', () => {
    expect(() => separateReplicateNoise([1, 2, 3], 2, 1)).toThrow(/^values must hold R = 2/);
    const before = { means: [1, 2], noise: [0.1, 0.2] } as never;
    expect(() => mergeSensitivityParts([before])).toThrow(
      /^parts\[0\] must carry its points' replicate outcomes/,
    );
  });
});
