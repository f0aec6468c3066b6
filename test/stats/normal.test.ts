import { describe, expect, it } from 'vitest';
import { normalCdf, normalSurvival } from '../../src/stats/normalCdf.js';
import { normalQuantile } from '../../src/stats/normalQuantile.js';
import { expectClose } from '../helpers/expectClose.js';

describe('normalCdf', () => {
  it('matches mpmath.ncdf (30 digits) in the body and both tails', () => {
    const cases: Array<[number, number]> = [
      [-37.5, 4.605353009581955e-308],
      [-20, 2.7536241186062337e-89],
      [-8, 6.220960574271784e-16],
      [-5, 2.866515718791939e-7],
      [-1.5, 0.06680720126885807],
      [-0.3, 0.3820885778110474],
      [0, 0.5],
      [0.3, 0.6179114221889527],
      [1.5, 0.9331927987311419],
      [5, 0.9999997133484281],
    ];
    // Relative error grows like z²·ε far out, from e^{−z²/2} of a rounded argument.
    for (const [z, expected] of cases)
      expectClose(normalCdf(z), expected, { rel: 1e-16 * Math.max(100, z * z) });
    expectClose(normalSurvival(8), 6.220960574271784e-16, { rel: 1e-14 });
  });

  it('equals ½(1 + erf(z/√2)) with erf from its Maclaurin series (independent of the gamma code)', () => {
    for (const z of [-1.2, -0.4, 0.1, 0.9, 1.7]) {
      const t = z / Math.SQRT2;
      let term = t;
      let erf = t;
      for (let k = 1; k < 60; k++) {
        term *= (-t * t) / k;
        erf += term / (2 * k + 1);
      }
      expectClose(normalCdf(z), 0.5 * (1 + (2 / Math.sqrt(Math.PI)) * erf), { abs: 4e-16 });
    }
  });

  it('returns the limits at ±Infinity and rejects NaN', () => {
    expect(normalCdf(Number.NEGATIVE_INFINITY)).toBe(0);
    expect(normalCdf(Number.POSITIVE_INFINITY)).toBe(1);
    expect(() => normalCdf(Number.NaN)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: z must be a number, received NaN]`,
    );
  });
});

describe('normalQuantile', () => {
  it('matches mpmath quantiles (30 digits) in all three regions of AS 241', () => {
    const cases: Array<[number, number]> = [
      [1e-300, -37.0470962993612],
      [1e-20, -9.262340089798407],
      [1e-10, -6.361340902404057],
      [0.001, -3.0902323061678136],
      [0.02425, -1.972961051311885],
      [0.1, -1.2815515655446004],
      [0.5, 0],
      [0.7, 0.5244005127080407],
      [0.975, 1.9599639845400538],
      [0.999999, 4.753424308817087],
    ];
    for (const [p, expected] of cases)
      expectClose(normalQuantile(p), expected, { abs: 1e-15, rel: 1e-14 });
  });

  it('inverts normalCdf (round trip over 0.001 … 0.999)', () => {
    for (let p = 0.001; p < 1; p += 0.0137)
      expectClose(normalCdf(normalQuantile(p)), p, { rel: 1e-14 });
  });

  it('returns ±Infinity at 0 and 1 and rejects probabilities outside [0, 1]', () => {
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
    expect(() => normalQuantile(1.5)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: p must be in [0, 1], received 1.5]`,
    );
  });
});
