import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { predictedStatistic } from '../../src/calibrate/predictedStatistic.js';
import { predictiveCalibration } from '../../src/calibrate/predictiveCalibration.js';
import { createRng } from '../../src/random/createRng.js';
import { samplePoisson } from '../../src/random/samplePoisson.js';
import { expectClose } from '../helpers/expectClose.js';

/** The exact Poisson(mean) predictive as a weighted sample over 0…60. */
function poissonPredictive(mean: number, observed: number) {
  const values = Array.from({ length: 61 }, (_, k) => k);
  const logPmf = values.map((k) => -mean + k * Math.log(mean) - lgammaInt(k + 1));
  const raw = logPmf.map(Math.exp);
  const total = raw.reduce((s, w) => s + w, 0);
  return predictedStatistic(
    'attacks',
    values,
    raw.map((w) => w / total),
    observed,
  );
}
function lgammaInt(n: number): number {
  let s = 0;
  for (let k = 2; k < n; k++) s += Math.log(k);
  return s;
}

describe('predictedStatistic', () => {
  it('splits the predictive mass into below, tied and above the observed value', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 8 }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: -1, max: 9 }),
        (values, observed) => {
          const w = values.map(() => 1 / values.length);
          const p = predictedStatistic('s', values, w, observed);
          expectClose((p.lowerTail ?? 0) + (p.tieMass ?? 0) / 2 + (p.upperTail ?? 0), 1, {
            abs: 1e-12,
          });
          // A discrete interval holds whole atoms: at least its nominal mass.
          expect(p.mass50).toBeGreaterThanOrEqual(0.5 - 1e-12);
          expect(p.mass90).toBeGreaterThanOrEqual(0.9 - 1e-12);
          expect(p.q05 <= p.q25 && p.q25 <= p.median && p.median <= p.q75 && p.q75 <= p.q95).toBe(
            true,
          );
        },
      ),
      { seed: 6 },
    );
  });

  it('has no tails where nothing was observed', () => {
    const p = predictedStatistic('s', [1, 2], [0.5, 0.5], null);
    expect([p.lowerTail, p.tieMass, p.upperTail]).toEqual([null, null, null]);
  });
});

describe('predictiveCalibration', () => {
  // 2,000 counts, each drawn from its own Poisson(m) with m = 1…10 cycling; seed 'pit/k'.
  const cases = (predictiveMean: (m: number) => number, n = 2000) =>
    Array.from({ length: n }, (_, k) => {
      const m = 1 + (k % 10);
      return poissonPredictive(predictiveMean(m), samplePoisson(createRng(`pit/${k}`), m));
    });

  it('finds calibrated counts calibrated: uniform randomised PIT, nominal interval mass', () => {
    const check = predictiveCalibration(
      cases((m) => m),
      { seed: 1 },
    );
    // Seeded, so fixed numbers; a calibrated forecaster passes at 0.001 999 times in 1000.
    expect(check.chiSquare.pValue, JSON.stringify(check.histogram)).toBeGreaterThan(0.001);
    expect(check.ks.pValue).toBeGreaterThan(0.001);
    for (const c of check.intervals) expect(Math.abs(c.z), JSON.stringify(c)).toBeLessThan(3.3);
    // For counts the intervals hold more than their nominal level.
    expect(check.intervals[0]?.expected).toBeGreaterThan(0.5 * 2000);
  });

  it('finds predictions that are too narrow or biased miscalibrated', () => {
    // Truth Poisson(m), predictive Poisson(0.6 m): the observed counts sit in the upper tail.
    const biased = predictiveCalibration(
      cases((m) => 0.6 * m),
      { seed: 1 },
    );
    expect(biased.ks.pValue).toBeLessThan(1e-6);
    expect(biased.intervals[1]?.z).toBeLessThan(-5);
    expect(biased.histogram[9]).toBeGreaterThan(2 * (biased.histogram[0] as number));
  });

  it('is reproducible by seed', () => {
    const a = predictiveCalibration(
      cases((m) => m, 50),
      { seed: 'x' },
    );
    const b = predictiveCalibration(
      cases((m) => m, 50),
      { seed: 'x' },
    );
    expect(a.pit).toEqual(b.pit);
  });

  it('refuses cases without an observed value, no cases, and bad bins', () => {
    const unobserved = predictedStatistic('attacks', [1, 2], [0.5, 0.5], null);
    expect(() => predictiveCalibration([unobserved], { seed: 1 })).toThrow(
      /^predictions\[0\] must have an observed value/,
    );
    expect(() => predictiveCalibration([], { seed: 1 })).toThrow(/^predictions must hold/);
    const p = poissonPredictive(2, 1);
    expect(() => predictiveCalibration([p], { seed: 1, bins: 1 })).toThrow(/^bins must be/);
    expect(() => predictiveCalibration([p], {} as { seed: number })).toThrow(/^options.seed/);
  });
});
