import { describe, expect, it } from 'vitest';
import { logGamma } from '../../src/stats/logGamma.js';
import { regularizedGammaP, regularizedGammaQ } from '../../src/stats/regularizedGamma.js';
import { expectClose } from '../helpers/expectClose.js';

describe('logGamma', () => {
  it('matches factorials and Γ(1/2) = √π', () => {
    let factorial = 1;
    for (let n = 1; n <= 30; n++) {
      factorial *= n;
      expectClose(logGamma(n + 1), Math.log(factorial), { rel: 1e-14 });
    }
    expectClose(logGamma(0.5), 0.5 * Math.log(Math.PI), { abs: 1e-15 });
  });

  it('matches mpmath.loggamma (30 digits) across its range', () => {
    const cases: Array<[number, number]> = [
      [1e-5, 11.512919692895826],
      [0.1, 2.252712651734206],
      [2.5, 0.2846828704729192],
      [10.3, 13.482036786138359],
      [171.5, 709.1431630309282],
      [1e4, 82099.71749644238],
    ];
    for (const [x, expected] of cases) expectClose(logGamma(x), expected, { rel: 1e-14 });
    expectClose(logGamma(1e-300), 690.7755278982137, { rel: 1e-15 }); // −ln(1e-300)
  });
});

describe('regularizedGammaP / regularizedGammaQ', () => {
  it('matches the closed form for a = 1: P = 1 − e^{−x}', () => {
    for (const x of [1e-8, 0.3, 1, 2, 7.5, 30]) {
      expectClose(regularizedGammaP(1, x), -Math.expm1(-x), { rel: 1e-14 });
      expectClose(regularizedGammaQ(1, x), Math.exp(-x), { rel: 1e-14 });
    }
  });

  it('matches the closed form for a = 2: Q = (1 + x)e^{−x}', () => {
    for (const x of [0.5, 2.9, 3.1, 12, 50])
      expectClose(regularizedGammaQ(2, x), (1 + x) * Math.exp(-x), { rel: 1e-14 });
  });

  it('matches mpmath.gammainc (30 digits) on both sides of x = a + 1', () => {
    const cases: Array<[number, number, number, number]> = [
      [0.5, 0.1, 0.345279153981423, 0.654720846018577],
      [0.5, 3, 0.9856941215645704, 0.01430587843542964],
      [1.5, 0.7, 0.29446526879590884, 0.7055347312040912],
      [2.5, 20, 0.99999985066321, 1.4933679000503952e-7],
      [3, 2.9, 0.5540368014428194, 0.4459631985571806],
      [10, 5, 0.03182805730620481, 0.9681719426937951],
      [10, 15, 0.9301463393005902, 0.06985366069940976],
      [50, 45, 0.24680203440017026, 0.7531979655998298],
      [50, 60, 0.9155933189063081, 0.08440668109369183],
      [200, 170, 0.013418580090211785, 0.9865814199097882],
      [0.01, 0.5, 0.9943732438060329, 0.0056267561939671844],
    ];
    for (const [a, x, p, q] of cases) {
      expectClose(regularizedGammaP(a, x), p, { rel: 1e-13 });
      expectClose(regularizedGammaQ(a, x), q, { rel: 1e-13 });
    }
  });

  it('handles the ends of the range and rejects bad arguments', () => {
    expect(regularizedGammaP(3, 0)).toBe(0);
    expect(regularizedGammaQ(3, Number.POSITIVE_INFINITY)).toBe(0);
    expect(() => regularizedGammaP(0, 1)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: a must be a finite number > 0, received 0]`,
    );
    expect(() => regularizedGammaQ(1, -1)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: x must be a finite number >= 0, received -1]`,
    );
  });
});
