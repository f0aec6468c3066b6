import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/random/createRng.js';
import {
  KOLMOGOROV_EXACT_MAX_N,
  kolmogorovAsymptoticCdf,
  kolmogorovCdf,
  kolmogorovSurvival,
} from '../../src/stats/kolmogorovDistribution.js';
import { expectClose } from '../helpers/expectClose.js';

/** D_n of a uniform sample, straight from the definition. */
function statistic(sample: number[]): number {
  const u = [...sample].sort((a, b) => a - b);
  const n = u.length;
  return Math.max(...u.map((x, i) => Math.max((i + 1) / n - x, x - i / n)));
}

describe('kolmogorovCdf', () => {
  it('reproduces the example of Marsaglia, Tsang & Wang (2003): K(10, 0.274)', () => {
    // MTW (2003) §4 print .6284796154565043; scipy 1.17 kstwo.cdf(0.274, 10) agrees.
    expectClose(kolmogorovCdf(10, 0.274), 0.6284796154565043, { abs: 1e-15 });
  });

  it('matches scipy.stats.kstwo (an independent algorithm) for n = 9 and 10', () => {
    // scipy 1.17.1 kstwo.cdf(d, n): Simard & L'Ecuyer (2011) evaluation, not MTW.
    const cases: Array<[number, number, number]> = [
      [9, 0.08, 5.789679675955611e-7],
      [9, 0.12, 0.0028544272855177424],
      [9, 0.2, 0.20168188405058027],
      [9, 0.3, 0.6756080831526012],
      [9, 0.41, 0.9300556317273585],
      [10, 0.12, 0.005143316023738366],
      [10, 0.2, 0.25128096000000005],
      [10, 0.3, 0.7294644252000005],
      [10, 0.41, 0.9506792421712952],
    ];
    for (const [n, d, expected] of cases) {
      expectClose(kolmogorovCdf(n, d), expected, { abs: 1e-14, rel: 1e-12 });
    }
  });

  it('equals the closed form 2d − 1 for n = 1', () => {
    // D_1 = max(U, 1 − U), so P(D_1 < d) = 2d − 1 on [1/2, 1].
    for (const d of [0.5, 0.55, 0.7, 0.93, 0.999])
      expectClose(kolmogorovCdf(1, d), 2 * d - 1, { abs: 1e-15 });
  });

  it('equals the closed form for n = 2 on both pieces', () => {
    // From the joint density 2 of (U(1), U(2)) on the bands U(1) ∈ [1/2 − d, d],
    // U(2) ∈ [1 − d, 1/2 + d]: 8(d − 1/4)² on [1/4, 1/2], 1 − 2(1 − d)² on [1/2, 1].
    for (const d of [0.26, 0.3, 0.4, 0.49])
      expectClose(kolmogorovCdf(2, d), 8 * (d - 0.25) ** 2, { abs: 1e-15 });
    for (const d of [0.5, 0.6, 0.75, 0.99])
      expectClose(kolmogorovCdf(2, d), 1 - 2 * (1 - d) ** 2, { abs: 1e-15 });
  });

  it('equals the closed forms at the extremes of the support for n = 10', () => {
    // Ruben & Gambino (1982): n!(2d − 1/n)ⁿ on [1/(2n), 1/n]; 1 − 2(1 − d)ⁿ on [1 − 1/n, 1].
    expectClose(kolmogorovCdf(10, 0.08), 3628800 * 0.06 ** 10, { rel: 1e-12 });
    expectClose(kolmogorovCdf(10, 0.1), 3628800 * 0.1 ** 10, { rel: 1e-12 });
    expectClose(kolmogorovSurvival(10, 0.95), 2 * 0.05 ** 10, { rel: 1e-12 });
    expect(kolmogorovCdf(10, 0.05)).toBe(0);
    expect(kolmogorovCdf(10, 1)).toBe(1);
  });

  it('agrees with a Monte Carlo estimate for n = 10 (N = 20000, seed "ks-mc")', () => {
    const rng = createRng('ks-mc');
    const N = 20_000;
    const ds = Array.from({ length: N }, () => statistic(Array.from({ length: 10 }, () => rng())));
    for (const d of [0.2, 0.274, 0.35, 0.45]) {
      const p = kolmogorovCdf(10, d);
      const hits = ds.filter((x) => x < d).length / N;
      const se = Math.sqrt((p * (1 - p)) / N);
      expect(Math.abs(hits - p)).toBeLessThan(4 * se);
    }
  });

  it('matches a 40-digit evaluation of the MTW matrix at n = 1000 (scipy approximates there)', () => {
    // mpmath 1.3, 60 digits, same matrix: 0.92066044502459876574 (scipy's Pelz–Good: ...4394).
    expectClose(kolmogorovCdf(1000, 0.04), 0.9206604450245988, { abs: 1e-13 });
  });

  it('uses the corrected asymptotic form beyond the exact range, within 0.025/n', () => {
    // mpmath, 40 digits, MTW matrix at n = 2001: d = 0.02 → 0.60499524752397518,
    // d = 0.03 → 0.9465493661244458; n = 5000, d = 0.015 → 0.79153857834038799.
    expect(KOLMOGOROV_EXACT_MAX_N).toBeLessThan(2001);
    expectClose(kolmogorovCdf(2001, 0.02), 0.6049952475239752, { abs: 0.025 / 2001 });
    expectClose(kolmogorovCdf(2001, 0.03), 0.9465493661244458, { abs: 0.025 / 2001 });
    expectClose(kolmogorovCdf(5000, 0.015), 0.791538578340388, { abs: 0.025 / 5000 });
  });
});

describe('kolmogorovSurvival', () => {
  it('keeps relative accuracy in the right tail (n = 100, 300: mpmath values of 1 − K)', () => {
    // 1 − K(n, d) from the MTW matrix in mpmath at 50 digits, rounded to double.
    expectClose(kolmogorovSurvival(100, 0.2), 0.0005551927328028102, { rel: 1e-10 });
    expectClose(kolmogorovSurvival(100, 0.25), 5.408871776434847e-6, { rel: 1e-10 });
    expectClose(kolmogorovSurvival(100, 0.3), 1.7719869892662894e-8, { rel: 1e-10 });
    expectClose(kolmogorovSurvival(300, 0.12), 0.00031955013842414263, { rel: 1e-10 });
  });

  it('is continuous where it switches to the tail formula (n = 100 at n·d² = 4)', () => {
    const d = 0.2;
    const below = kolmogorovSurvival(100, d - 1e-12);
    const above = kolmogorovSurvival(100, d);
    expectClose(below, above, { rel: 1e-8 });
  });

  it('rejects a non-integer n and a NaN statistic', () => {
    expect(() => kolmogorovSurvival(2.5, 0.3)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: n must be an integer >= 1, received 2.5]`,
    );
    expect(() => kolmogorovCdf(5, Number.NaN)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: d must be a number, received NaN]`,
    );
  });
});

describe('kolmogorovAsymptoticCdf', () => {
  it('gives the classical critical values', () => {
    // Quantiles of the Kolmogorov distribution: 1.2238478702170825 (0.90),
    // 1.3580986393225505 (0.95), 1.6276236115189502 (0.99) — scipy kstwobign.ppf.
    expectClose(kolmogorovAsymptoticCdf(1.2238478702170825), 0.9, { abs: 1e-14 });
    expectClose(kolmogorovAsymptoticCdf(1.3580986393225505), 0.95, { abs: 1e-14 });
    expectClose(kolmogorovAsymptoticCdf(1.6276236115189502), 0.99, { abs: 1e-14 });
  });

  it('joins its two series smoothly at x = 1', () => {
    // Both forms are exact; at x = 1 scipy kstwobign.cdf(1) = 0.7300003283226455
    expectClose(kolmogorovAsymptoticCdf(1 - 1e-13), kolmogorovAsymptoticCdf(1), { abs: 1e-12 });
    expectClose(kolmogorovAsymptoticCdf(1), 0.7300003283226455, { abs: 1e-14 });
  });

  it('is the limit of the finite-n distribution (n = 2000 at √n·d = 1.2: within 1/√n)', () => {
    const n = 2000;
    expectClose(kolmogorovCdf(n, 1.2 / Math.sqrt(n)), kolmogorovAsymptoticCdf(1.2), {
      abs: 1 / Math.sqrt(n),
    });
  });
});
