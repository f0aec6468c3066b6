import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/random/createRng.js';
import { sampleExponential } from '../../src/random/sampleExponential.js';
import { sampleGamma } from '../../src/random/sampleGamma.js';
import { sampleNormal, standardNormal } from '../../src/random/sampleNormal.js';
import { sampleUniform } from '../../src/random/sampleUniform.js';
import { ksTest } from '../../src/stats/ksTest.js';
import { normalCdf } from '../../src/stats/normalCdf.js';
import { regularizedGammaP } from '../../src/stats/regularizedGamma.js';
import { EXTREME_UNIFORMS, sourceWithExtreme } from './extremeSource.js';
import { draws, expectMoments } from './statistics.js';

/** KS p-value; a native numeric pre-sort makes ksTest's own sort linear. */
const ksPValue = (xs: Float64Array, cdf: (x: number) => number) =>
  ksTest(xs.slice().sort(), cdf).pValue;

// Monte Carlo: N = 100,000 draws per case, seed named in each case; moments within 4 SE
// (variance SE from the sample's fourth central moment); shape by Kolmogorov–Smirnov
// against the exact CDF, failing when p < 0.001.
const N = 100_000;
const P_MIN = 0.001;

describe('sampleUniform', () => {
  it('has mean (a + b)/2 and variance (b − a)²/12 on [−3, 5)', () => {
    const rng = createRng('uniform');
    const xs = draws(N, () => sampleUniform(rng, -3, 5));
    expectMoments(xs, { mean: 1, variance: 64 / 12 });
    expect(ksPValue(xs, (x) => Math.min(1, Math.max(0, (x + 3) / 8)))).toBeGreaterThan(P_MIN);
  });

  it('stays in [min, max) for the extreme uniforms', () => {
    for (const u of EXTREME_UNIFORMS) {
      const x = sampleUniform(sourceWithExtreme(u, 0), 1, 1 + 2 ** -40);
      expect(x >= 1 && x < 1 + 2 ** -40).toBe(true);
    }
  });

  it('rejects an empty or infinite interval', () => {
    const rng = createRng(1);
    expect(() => sampleUniform(rng, 2, 2)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: max must exceed min by a finite amount, received min 2 and max 2]`,
    );
    expect(() => sampleUniform(rng, Number.NaN, 2)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: min must be a finite number, received NaN]`,
    );
    expect(() => sampleUniform(rng, -Number.MAX_VALUE, Number.MAX_VALUE)).toThrow(RangeError);
  });
});

describe('sampleExponential', () => {
  it.each([0.1, 1, 37])('rate %d: mean 1/rate, variance 1/rate², exponential CDF', (rate) => {
    const rng = createRng(`exponential/${rate}`);
    const xs = draws(N, () => sampleExponential(rng, rate));
    expectMoments(xs, { mean: 1 / rate, variance: 1 / rate ** 2 });
    expect(ksPValue(xs, (x) => -Math.expm1(-rate * x))).toBeGreaterThan(P_MIN);
  });

  it('never takes the log of 0: extreme uniforms give finite draws', () => {
    for (const u of EXTREME_UNIFORMS) {
      const x = sampleExponential(() => u, 2);
      expect(Number.isFinite(x) && x >= 0).toBe(true);
    }
  });

  it('rejects a rate that is not > 0', () => {
    const rng = createRng(1);
    expect(() => sampleExponential(rng, 0)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: rate must be a finite number > 0, received 0]`,
    );
    expect(() => sampleExponential(rng, Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('sampleNormal', () => {
  it.each([
    [0, 1],
    [-7, 0.25],
    [1e3, 40],
  ])('N(%d, %d²): mean, variance and normal CDF', (mean, sd) => {
    const rng = createRng(`normal/${mean}/${sd}`);
    const xs = draws(N, () => sampleNormal(rng, mean, sd));
    expectMoments(xs, { mean, variance: sd * sd });
    expect(ksPValue(xs, (x) => normalCdf((x - mean) / sd))).toBeGreaterThan(P_MIN);
  });

  it('keeps no state between calls: a draw depends only on the generator given', () => {
    const a = createRng('normal/a');
    const b = createRng('normal/b');
    const interleaved = [standardNormal(a), standardNormal(b), standardNormal(a)];
    const a2 = createRng('normal/a');
    expect([standardNormal(a2), standardNormal(a2)]).toEqual([interleaved[0], interleaved[2]]);
  });

  it('returns the mean when sd is 0, and rejects a negative sd', () => {
    expect(sampleNormal(createRng(1), 3, 0)).toBe(3);
    expect(() => sampleNormal(createRng(1), 0, -1)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: sd must be a finite number >= 0, received -1]`,
    );
  });
});

describe('sampleGamma', () => {
  // Shape < 1 uses the boost, ≥ 1 plain Marsaglia–Tsang.
  it.each([
    [0.3, 2],
    [1, 0.5],
    [2.5, 3],
    [100, 0.01],
  ])('shape %d, scale %d: mean kθ, variance kθ², gamma CDF', (shape, scale) => {
    const rng = createRng(`gamma/${shape}/${scale}`);
    const xs = draws(N, () => sampleGamma(rng, shape, scale));
    expectMoments(xs, { mean: shape * scale, variance: shape * scale * scale });
    const cdf = (x: number) => regularizedGammaP(shape, x / scale);
    expect(ksPValue(xs, cdf)).toBeGreaterThan(P_MIN);
  });

  it('rejects a shape or scale that is not > 0', () => {
    const rng = createRng(1);
    expect(() => sampleGamma(rng, 0, 1)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: shape must be a finite number > 0, received 0]`,
    );
    expect(() => sampleGamma(rng, 1, -2)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: scale must be a finite number > 0, received -2]`,
    );
  });
});
