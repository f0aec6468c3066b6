import { describe, expect, it } from 'vitest';
import { morrisScreening } from '../../../src/experiments/sensitivity/morrisScreening.js';
import { sobolIndices } from '../../../src/experiments/sensitivity/sobolIndices.js';
import { createRng } from '../../../src/index.js';
import { expectClose } from '../../helpers/expectClose.js';

// Ishigami function, a = 7, b = 0.1, on [−π, π]³. Closed forms (Sobol' & Levitan 1999):
// V = a²/8 + bπ⁴/5 + b²π⁸/18 + 1/2, V1 = bπ⁴/5 + b²π⁸/50 + 1/2, V2 = a²/8, V3 = 0,
// V13 = 8b²π⁸/225; ST1 = (V1 + V13)/V, ST2 = V2/V, ST3 = V13/V.
const A = 7;
const B = 0.1;
const PI = Math.PI;
const V = (A * A) / 8 + (B * PI ** 4) / 5 + (B * B * PI ** 8) / 18 + 0.5;
const V1 = (B * PI ** 4) / 5 + (B * B * PI ** 8) / 50 + 0.5;
const V2 = (A * A) / 8;
const V13 = (8 * B * B * PI ** 8) / 225;
const ishigami = (u: readonly number[]) => {
  const [x1, x2, x3] = u.map((v) => -PI + 2 * PI * v) as [number, number, number];
  return Math.sin(x1) + A * Math.sin(x2) ** 2 + B * x3 ** 4 * Math.sin(x1);
};

describe('sobolIndices on Ishigami', () => {
  it('has the closed forms the brief quotes', () => {
    expectClose(V1 / V, 0.3139, { abs: 5e-5 });
    expectClose(V2 / V, 0.4424, { abs: 5e-5 });
    expectClose((V1 + V13) / V, 0.5576, { abs: 5e-5 });
    expectClose(V13 / V, 0.2437, { abs: 5e-5 });
  });

  it('estimates S and ST within 4 bootstrap standard errors (N = 8192, seed ishigami)', () => {
    const { indices, evaluations } = sobolIndices(
      ishigami,
      { dimensions: 3, samples: 8192, bootstrap: 300 },
      createRng('ishigami'),
    );
    expect(evaluations).toBe(8192 * 5);
    const expected = [
      [V1 / V, (V1 + V13) / V],
      [V2 / V, V2 / V],
      [0, V13 / V],
    ];
    indices.forEach((s, i) => {
      const [first, total] = expected[i] as [number, number];
      expectClose(s.first, first, { abs: 4 * s.firstSe });
      expectClose(s.total, total, { abs: 4 * s.totalSe });
      expect(s.firstLow).toBeLessThanOrEqual(s.first);
      expect(s.totalHigh).toBeGreaterThanOrEqual(s.total);
      // The standard errors are small enough for the check to mean something.
      expect(s.firstSe).toBeLessThan(0.03);
    });
  });

  it('refuses a sample too small to estimate anything, and a constant output', () => {
    expect(() => sobolIndices(ishigami, { dimensions: 3, samples: 8 }, createRng(1))).toThrow(
      /^samples must be an integer >= 16/,
    );
    expect(() => sobolIndices(() => 1, { dimensions: 2, samples: 32 }, createRng(1))).toThrow(
      /variance 0/,
    );
  });
});

describe('morrisScreening', () => {
  it('recovers the elementary effects of a linear function exactly (μ = a, σ = 0)', () => {
    const a = [3, -2, 0.5, 0];
    const { effects, evaluations } = morrisScreening(
      (x) => x.reduce((s, v, i) => s + (a[i] as number) * v, 0),
      { dimensions: 4, trajectories: 10 },
      createRng(2),
    );
    expect(evaluations).toBe(50);
    effects.forEach((e, i) => {
      expectClose(e.mu, a[i] as number, { abs: 1e-12 });
      expectClose(e.muStar, Math.abs(a[i] as number), { abs: 1e-12 });
      expectClose(e.sigma, 0, { abs: 1e-12 });
    });
  });

  it('recovers μ* and σ of a quadratic input (f = x1 + x2², 4 levels: EE of x2 is 2x + Δ, x ∈ {0, 1/3})', () => {
    // With p = 4, Δ = 2/3: base levels {0, 1/3} equally likely, so EE₂ ∈ {2/3, 4/3}: μ* = 1,
    // σ = 1/3 (population) — Monte Carlo over r = 400 trajectories, SE σ/√r ≈ 0.017.
    const { effects } = morrisScreening(
      ([x1, x2]) => (x1 as number) + (x2 as number) ** 2,
      { dimensions: 3, trajectories: 400, candidates: 400 },
      createRng(7),
    );
    const [e1, e2, e3] = effects as [(typeof effects)[0], (typeof effects)[0], (typeof effects)[0]];
    expectClose(e1.muStar, 1, { abs: 1e-12 });
    expectClose(e1.sigma, 0, { abs: 1e-12 });
    expectClose(e2.muStar, 1, { abs: 4 * e2.muStarSe });
    expectClose(e2.sigma, 1 / 3, { abs: 0.05 });
    expect(e3.muStar).toBe(0);
  });

  it('refuses bad options, naming them', () => {
    expect(() =>
      morrisScreening(() => 0, { dimensions: 2, trajectories: 1 }, createRng(1)),
    ).toThrow(/^trajectories must be an integer >= 2/);
    expect(() =>
      morrisScreening(() => 0, { dimensions: 2, trajectories: 4, levels: 5 }, createRng(1)),
    ).toThrow(/^levels must be an even integer >= 4/);
  });
});
