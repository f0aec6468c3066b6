import { describe, expect, it } from 'vitest';
import { pairedMeanDifference } from '../../src/experiments/compare/pairedMeanDifference.js';
import { pairedProportionDifference } from '../../src/experiments/compare/pairedProportionDifference.js';
import { holmAdjust } from '../../src/stats/holmAdjust.js';
import { mcnemarExact } from '../../src/stats/mcnemarExact.js';
import { regularizedBeta } from '../../src/stats/regularizedBeta.js';
import { studentTQuantile, studentTSurvival } from '../../src/stats/studentT.js';
import { wilsonInterval } from '../../src/stats/wilsonInterval.js';
import { expectClose } from '../helpers/expectClose.js';

// Reference values: scipy 1.17.1 (special.betainc, stats.t.sf / ppf, stats.binomtest and
// its proportion_ci(method='wilson')), printed with repr.
describe('incomplete beta and Student t', () => {
  it('match scipy', () => {
    expectClose(regularizedBeta(0.3, 2.5, 7.1), 0.6490225790210132, { rel: 1e-12 });
    expectClose(regularizedBeta(0.9, 30, 4), 0.5769436641256929, { rel: 1e-12 });
    expectClose(regularizedBeta(0.01, 0.5, 0.5), 0.06376856085851985, { rel: 1e-12 });
    expectClose(regularizedBeta(0.7, 200, 90), 0.6431075347788187, { rel: 1e-11 });
    expectClose(studentTSurvival(2, 10), 0.03669401738537018, { rel: 1e-12 });
    expectClose(studentTSurvival(-1.3, 3), 0.8577662456360515, { rel: 1e-12 });
    expectClose(studentTSurvival(0.5, 1), 0.35241638234956674, { rel: 1e-12 });
    expectClose(studentTSurvival(4, 1000), 3.400495960439082e-5, { rel: 1e-10 });
    expectClose(studentTSurvival(10, 5), 8.547378787148181e-5, { rel: 1e-10 });
    expectClose(studentTQuantile(0.975, 10), 2.228138851986274, { rel: 1e-10 });
    expectClose(studentTQuantile(0.025, 3), -3.1824463052837086, { rel: 1e-10 });
    expectClose(studentTQuantile(0.995, 1999), 2.5782910195219233, { rel: 1e-10 });
    expectClose(studentTQuantile(0.9, 1), 3.0776835371752544, { rel: 1e-10 });
  });

  it('refuse arguments out of range, naming them', () => {
    expect(() => regularizedBeta(1.5, 1, 1)).toThrow(/^x must be in \[0, 1\]/);
    expect(() => studentTSurvival(1, 0)).toThrow(/^df must be/);
    expect(() => studentTQuantile(1, 3)).toThrow(/^p must be in \(0, 1\)/);
  });
});

describe('proportions', () => {
  it('Wilson intervals match scipy and are never [0, 0]', () => {
    const zero = wilsonInterval(0, 2000);
    expect(zero.low).toBe(0);
    expectClose(zero.high, 0.001917047281252934, { rel: 1e-12 });
    const some = wilsonInterval(3, 10);
    expectClose(some.low, 0.10779126740630099, { rel: 1e-12 });
    expectClose(some.high, 0.6032218525388546, { rel: 1e-12 });
    expectClose(wilsonInterval(482, 2000).low, 0.22276389933057889, { rel: 1e-12 });
    expect(wilsonInterval(10, 10).high).toBe(1);
    expect(() => wilsonInterval(3, 2)).toThrow(/^successes must be an integer in \[0, 2\]/);
  });

  it('exact McNemar p-values match scipy binomtest', () => {
    expectClose(mcnemarExact(9, 1), 0.021484375, { rel: 1e-12 });
    expectClose(mcnemarExact(30, 12), 0.007915897334896727, { rel: 1e-11 });
    expectClose(mcnemarExact(0, 5), 0.0625, { rel: 1e-12 });
    expectClose(mcnemarExact(100, 130), 0.05561357778139238, { rel: 1e-10 });
    expect(mcnemarExact(0, 0)).toBe(1);
    expect(mcnemarExact(7, 7)).toBe(1);
  });

  it("Newcombe's paired interval matches an independent computation on scipy's Wilson intervals", () => {
    const cases: [[number, number, number, number], number, number][] = [
      [[12, 9, 2, 21], 0.01821022624359192, 0.28915665958827236],
      [[0, 0, 0, 2000], -0.0019170472812529344, 0.0019170472812529344],
      [[400, 300, 100, 1200], 0.08086786571060059, 0.11906913248275731],
      [[5, 0, 3, 0], -0.6942576053973727, 0.027440569958797012],
    ];
    for (const [[both, onlyTreatment, onlyControl, neither], low, high] of cases) {
      const d = pairedProportionDifference({ both, onlyTreatment, onlyControl, neither });
      expectClose(
        d.estimate as number,
        (onlyTreatment - onlyControl) / (both + onlyTreatment + onlyControl + neither),
        { abs: 1e-15 },
      );
      expectClose(d.low as number, low, { abs: 1e-12 });
      expectClose(d.high as number, high, { abs: 1e-12 });
    }
  });
});

describe('paired means and Holm', () => {
  it('the paired t-test matches scipy', () => {
    const d = pairedMeanDifference(10, 1, 2);
    expectClose(d.pValue as number, 0.1483047073665595, { rel: 1e-10 });
    expectClose(d.high as number, 1 + (2.262157162798205 * 2) / Math.sqrt(10), { rel: 1e-10 });
    expect(pairedMeanDifference(5, 0, 0)).toMatchObject({ low: 0, high: 0, pValue: 1 });
  });

  it("Holm's adjustment matches R's p.adjust", () => {
    // R: p.adjust(c(0.01, 0.04, 0.03, 0.005), 'holm') = 0.030 0.060 0.060 0.020
    const adjusted = holmAdjust([0.01, 0.04, 0.03, 0.005]);
    for (const [i, p] of [0.03, 0.06, 0.06, 0.02].entries())
      expectClose(adjusted[i] as number, p, { abs: 1e-15 });
    expect(holmAdjust([0.5, 0.9])).toEqual([1, 1]);
    expect(() => holmAdjust([0.5, 1.2])).toThrow(/^pValues\[1\] must be in \[0, 1\]/);
  });
});
