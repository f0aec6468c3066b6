import { describe, expect, it } from 'vitest';
import type { Prior } from '../../src/calibrate/priors/Prior.js';
import { priorLogDensity } from '../../src/calibrate/priors/priorLogDensity.js';
import { priorMoments } from '../../src/calibrate/priors/priorMoments.js';
import { priorTransform } from '../../src/calibrate/priors/priorTransform.js';
import { samplePrior } from '../../src/calibrate/priors/samplePrior.js';
import { createRng } from '../../src/random/createRng.js';
import { normalCdf } from '../../src/stats/normalCdf.js';
import { regularizedGammaP } from '../../src/stats/regularizedGamma.js';
import { expectClose } from '../helpers/expectClose.js';

const PRIORS: { name: string; prior: Prior }[] = [
  { name: 'uniform', prior: { type: 'uniform', min: -2, max: 5 } },
  { name: 'logUniform', prior: { type: 'logUniform', min: 0.01, max: 2 } },
  { name: 'normal', prior: { type: 'normal', mean: -1, sd: 3 } },
  {
    name: 'truncatedNormal both',
    prior: { type: 'truncatedNormal', mean: 0.3, sd: 0.5, min: 0, max: 1 },
  },
  { name: 'truncatedNormal below', prior: { type: 'truncatedNormal', mean: 1, sd: 2, min: 0 } },
  { name: 'truncatedNormal above', prior: { type: 'truncatedNormal', mean: 1, sd: 2, max: 0.5 } },
  {
    name: 'truncatedNormal far tail',
    prior: { type: 'truncatedNormal', mean: 0, sd: 1, min: 4, max: 6 },
  },
  { name: 'beta', prior: { type: 'beta', alpha: 2, beta: 3 } },
  { name: 'beta U-shaped', prior: { type: 'beta', alpha: 0.5, beta: 0.7 } },
  { name: 'gamma', prior: { type: 'gamma', shape: 2.5, rate: 1.5 } },
  { name: 'gamma shape < 1', prior: { type: 'gamma', shape: 0.7, rate: 3 } },
];

/** Composite Simpson's rule with n (even) intervals. */
function simpson(f: (x: number) => number, a: number, b: number, n = 20_000): number {
  const h = (b - a) / n;
  let s = f(a) + f(b);
  for (let i = 1; i < n; i++) s += (i % 2 === 1 ? 4 : 2) * f(a + i * h);
  return (s * h) / 3;
}

describe('samplePrior against priorMoments (N = 50,000 each, seed "prior-moments/<name>")', () => {
  const N = 50_000;
  for (const { name, prior } of PRIORS) {
    it(`${name}: mean and variance within 4 SE`, () => {
      const rng = createRng(`prior-moments/${name}`);
      const xs = Float64Array.from({ length: N }, () => samplePrior(prior, rng));
      const { mean, sd } = priorMoments(prior);
      let m = 0;
      for (const x of xs) m += x;
      m /= N;
      let m2 = 0;
      let m4 = 0;
      for (const x of xs) {
        m2 += (x - m) ** 2;
        m4 += (x - m) ** 4;
      }
      m2 /= N - 1;
      m4 /= N;
      // SE of the mean σ/√N; of the sample variance √((μ₄ − σ⁴)/N), μ₄ estimated.
      expect(Math.abs(m - mean)).toBeLessThan((4 * sd) / Math.sqrt(N));
      expect(Math.abs(m2 - sd * sd)).toBeLessThan(4 * Math.sqrt((m4 - m2 * m2) / N));
      expect(xs.every((x) => priorLogDensity(prior, x) > -Infinity)).toBe(true);
    });
  }

  it('fixed: always its value, sd 0', () => {
    const rng = createRng('prior-moments/fixed');
    expect(samplePrior({ type: 'fixed', value: 2.5 }, rng)).toBe(2.5);
    expect(priorMoments({ type: 'fixed', value: 2.5 })).toEqual({ mean: 2.5, sd: 0 });
  });
});

describe('priorLogDensity integrates to 1', () => {
  // On the real line of priorTransform: ∫ π(x(u))·|dx/du| du = 1 for every prior, which also
  // checks the Jacobian and copes with unbounded supports and densities that blow up at an end.
  // |u| ≤ 30 keeps x(u) off the edges in floating point (1 − σ(30) ≈ 1e-13); the mass beyond
  // is below 1e-8 for these priors. Where the support is narrower than the transform's
  // (a log-uniform on the log line), integrate over its image only: the density jumps there.
  const support = (p: Prior): [number, number] =>
    p.type === 'logUniform' ? [p.min, p.max] : [Number.NaN, Number.NaN];
  for (const { name, prior } of PRIORS) {
    it(`${name} (on the transformed line)`, () => {
      const t = priorTransform(prior);
      const [lo, hi] = support(prior).map((x) => (Number.isNaN(x) ? x : t.toReal(x)));
      const total = simpson(
        (u) => Math.exp(priorLogDensity(prior, t.fromReal(u)) + t.logJacobian(u)),
        Number.isNaN(lo as number) ? -30 : (lo as number),
        Number.isNaN(hi as number) ? 30 : (hi as number),
        40_000,
      );
      expectClose(total, 1, { abs: 1e-6 });
    });
  }

  it('in the natural scale where the density is bounded (Simpson, 20,000 intervals)', () => {
    const cases: [Prior, number, number][] = [
      [{ type: 'uniform', min: -2, max: 5 }, -2, 5],
      [{ type: 'logUniform', min: 0.01, max: 2 }, 0.01, 2],
      [{ type: 'normal', mean: -1, sd: 3 }, -40, 38],
      [{ type: 'truncatedNormal', mean: 0.3, sd: 0.5, min: 0, max: 1 }, 0, 1],
      [{ type: 'beta', alpha: 2, beta: 3 }, 0, 1],
      [{ type: 'gamma', shape: 2.5, rate: 1.5 }, 0, 60],
    ];
    for (const [prior, a, b] of cases)
      expectClose(
        simpson((x) => Math.exp(priorLogDensity(prior, x)), a, b),
        1,
        { abs: 1e-7 },
      );
  });
});

describe('priorLogDensity is the derivative of the CDF (central difference, h = 1e-5)', () => {
  // CDFs in closed form; Beta(2, 3)'s is I_x(2, 3) = 6x² − 8x³ + 3x⁴.
  const cases: { prior: Prior; cdf: (x: number) => number; at: number[] }[] = [
    { prior: { type: 'uniform', min: -2, max: 5 }, cdf: (x) => (x + 2) / 7, at: [-1, 0, 4.5] },
    {
      prior: { type: 'logUniform', min: 0.01, max: 2 },
      cdf: (x) => Math.log(x / 0.01) / Math.log(200),
      at: [0.02, 0.5, 1.9],
    },
    {
      prior: { type: 'normal', mean: -1, sd: 3 },
      cdf: (x) => normalCdf((x + 1) / 3),
      at: [-7, -1, 2.5],
    },
    {
      prior: { type: 'truncatedNormal', mean: 1, sd: 2, min: 0 },
      cdf: (x) => (normalCdf((x - 1) / 2) - normalCdf(-0.5)) / (1 - normalCdf(-0.5)),
      at: [0.1, 1, 6],
    },
    {
      prior: { type: 'beta', alpha: 2, beta: 3 },
      cdf: (x) => 6 * x ** 2 - 8 * x ** 3 + 3 * x ** 4,
      at: [0.1, 0.4, 0.9],
    },
    {
      prior: { type: 'gamma', shape: 2.5, rate: 1.5 },
      cdf: (x) => regularizedGammaP(2.5, 1.5 * x),
      at: [0.2, 1.5, 5],
    },
  ];
  it.each(cases.map((c) => [c.prior.type, c] as const))('%s', (_, { prior, cdf, at }) => {
    const h = 1e-5;
    for (const x of at) {
      const numeric = (cdf(x + h) - cdf(x - h)) / (2 * h);
      expectClose(Math.exp(priorLogDensity(prior, x)), numeric, { rel: 1e-6 });
    }
  });

  it('is −Infinity outside the support and for non-finite values', () => {
    expect(priorLogDensity({ type: 'uniform', min: 0, max: 1 }, 1.5)).toBe(-Infinity);
    expect(priorLogDensity({ type: 'gamma', shape: 2, rate: 1 }, -0.1)).toBe(-Infinity);
    expect(priorLogDensity({ type: 'beta', alpha: 2, beta: 2 }, 1.01)).toBe(-Infinity);
    expect(priorLogDensity({ type: 'truncatedNormal', mean: 0, sd: 1, max: 0 }, 0.1)).toBe(
      -Infinity,
    );
    expect(priorLogDensity({ type: 'normal', mean: 0, sd: 1 }, Number.NaN)).toBe(-Infinity);
    expect(priorLogDensity({ type: 'fixed', value: 1 }, 1)).toBe(0);
    expect(priorLogDensity({ type: 'fixed', value: 1 }, 1.1)).toBe(-Infinity);
  });
});

describe('priorTransform', () => {
  // 200 draws from each prior (seed "transform/<name>"): x → u → x returns x, and the log
  // Jacobian matches log |dx/du| by central difference (h = 1e-5 on the real line).
  for (const { name, prior } of PRIORS) {
    it(`${name}: round trip and Jacobian`, () => {
      const t = priorTransform(prior);
      const rng = createRng(`transform/${name}`);
      for (let i = 0; i < 200; i++) {
        const x = samplePrior(prior, rng);
        const u = t.toReal(x);
        expect(Number.isFinite(u)).toBe(true);
        expectClose(t.fromReal(u), x, { abs: 1e-12, rel: 1e-9 });
        const h = 1e-5;
        const slope = (t.fromReal(u + h) - t.fromReal(u - h)) / (2 * h);
        expectClose(t.logJacobian(u), Math.log(Math.abs(slope)), { abs: 1e-6 });
      }
    });
  }
});
