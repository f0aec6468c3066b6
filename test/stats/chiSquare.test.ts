import { describe, expect, it } from 'vitest';
import { chiSquareCdf, chiSquareQuantile, chiSquareSurvival } from '../../src/stats/chiSquare.js';
import { normalCdf } from '../../src/stats/normalCdf.js';
import { expectClose } from '../helpers/expectClose.js';

describe('chiSquareCdf / chiSquareSurvival', () => {
  it('matches the closed form for df = 2: 1 − e^{−x/2}', () => {
    for (const x of [0.01, 0.5, 2, 5.991464547107979, 20, 80]) {
      expectClose(chiSquareCdf(x, 2), -Math.expm1(-x / 2), { rel: 1e-14 });
      expectClose(chiSquareSurvival(x, 2), Math.exp(-x / 2), { rel: 1e-14 });
    }
  });

  it('matches the closed form for df = 1: erf(√(x/2)) = 2Φ(√x) − 1', () => {
    // erf via the series in normal.test.ts is checked there; here Φ from its own test suite.
    for (const x of [0.05, 1, 3.841458820694124, 10]) {
      expectClose(chiSquareCdf(x, 1), 2 * normalCdf(Math.sqrt(x)) - 1, { abs: 1e-15 });
    }
  });

  it('matches the closed form for df = 4: 1 − (1 + x/2)e^{−x/2}', () => {
    for (const x of [0.3, 3, 9.487729036781154, 40]) {
      expectClose(chiSquareSurvival(x, 4), (1 + x / 2) * Math.exp(-x / 2), { rel: 1e-14 });
    }
  });

  it('returns the limits outside the support and rejects bad df', () => {
    expect(chiSquareCdf(-1, 3)).toBe(0);
    expect(chiSquareSurvival(0, 3)).toBe(1);
    expect(() => chiSquareCdf(1, 0)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: df must be a finite number > 0, received 0]`,
    );
  });
});

describe('chiSquareQuantile', () => {
  it('gives the χ²₁ 0.95 quantile used for profile-likelihood intervals', () => {
    // (Φ⁻¹(0.975))² = 3.841458820694124 (R qchisq(0.95, 1), scipy chi2.ppf).
    expectClose(chiSquareQuantile(0.95, 1), 3.841458820694124, { rel: 1e-15 });
  });

  it('matches the closed form for df = 2: −2 ln(1 − p)', () => {
    for (const p of [1e-9, 0.1, 0.5, 0.95, 0.999]) {
      expectClose(chiSquareQuantile(p, 2), -2 * Math.log1p(-p), { rel: 1e-13 });
    }
  });

  it('matches scipy/mpmath quantiles for other df', () => {
    // scipy 1.17.1 chi2.ppf; the 1e-10 case from mpmath.findroot at 40 digits (rounded to double).
    const cases: Array<[number, number, number]> = [
      [0.95, 3, 7.814727903251179],
      [0.99, 5, 15.08627246938899],
      [0.5, 4, 3.3566939800333224],
      [0.01, 10, 2.5582121601872063],
      [1e-10, 3, 5.20939762143448e-7],
      [0.95, 0.5, 2.4202322748895257],
      [0.3, 100, 92.1289443388967],
    ];
    for (const [p, df, expected] of cases)
      expectClose(chiSquareQuantile(p, df), expected, { rel: 1e-12 });
  });

  it('inverts the CDF', () => {
    for (const df of [1, 2.5, 7]) {
      for (const p of [0.025, 0.5, 0.975])
        expectClose(chiSquareCdf(chiSquareQuantile(p, df), df), p, { rel: 1e-13 });
    }
  });

  it('returns 0 and Infinity at the ends', () => {
    expect(chiSquareQuantile(0, 3)).toBe(0);
    expect(chiSquareQuantile(1, 3)).toBe(Number.POSITIVE_INFINITY);
  });
});
