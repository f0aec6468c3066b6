import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitHawkes } from '../../src/hawkes/fitHawkes.js';
import { hawkesCompensator } from '../../src/hawkes/hawkesCompensator.js';
import { hawkesLogLikelihood } from '../../src/hawkes/hawkesLogLikelihood.js';
import { multivariateHawkesCompensator } from '../../src/hawkes/multivariateHawkesLogLikelihood.js';
import { simulateHawkes } from '../../src/hawkes/simulateHawkes.js';
import { simulateMultivariateHawkes } from '../../src/hawkes/simulateMultivariateHawkes.js';

const params = fc.record({
  baseline: fc.double({ min: 0.01, max: 3, noNaN: true }),
  branchingRatio: fc.double({ min: 0, max: 0.95, noNaN: true }),
  decay: fc.double({ min: 0.05, max: 10, noNaN: true }),
});
const seed = fc.integer({ min: 0, max: 2 ** 31 });

/** Distinct sorted times in (0, horizon). */
const sequence = fc
  .uniqueArray(fc.double({ min: 0.001, max: 0.999, noNaN: true }), { minLength: 2, maxLength: 30 })
  .map((us) => [...new Set(us.map((u) => u * 50))].sort((a, b) => a - b))
  .filter((times) => times.length >= 2);

describe('Hawkes invariants', () => {
  it('the same seed gives the same run, with times increasing within [0, horizon]', () => {
    fc.assert(
      fc.property(params, seed, (p, s) => {
        const a = simulateHawkes(p, { horizon: 40, seed: s }).times;
        const b = simulateHawkes(p, { horizon: 40, seed: s }).times;
        expect(Array.from(a)).toEqual(Array.from(b));
        for (let i = 0; i < a.length; i++) {
          expect(a[i]).toBeGreaterThan(i > 0 ? (a[i - 1] as number) : 0);
          expect(a[i]).toBeLessThanOrEqual(40);
        }
      }),
    );
  });

  it('the log-likelihood is finite and the compensator never decreases', () => {
    fc.assert(
      fc.property(params, sequence, (p, times) => {
        expect(Number.isFinite(hawkesLogLikelihood(times, p, 50))).toBe(true);
        const { atEvents, atHorizon } = hawkesCompensator(times, p, 50);
        let previous = 0;
        for (const v of [...atEvents, atHorizon]) {
          expect(v).toBeGreaterThanOrEqual(previous);
          previous = v;
        }
      }),
    );
  });

  it('with deterring strikes the clipped intensity never goes negative (compensator never decreases)', () => {
    fc.assert(
      fc.property(params, seed, fc.double({ min: -20, max: 5, noNaN: true }), (p, s, response) => {
        const process = {
          baseline: [p.baseline],
          branchingRatio: [[p.branchingRatio]],
          decay: [p.decay],
        };
        const shocks = {
          times: [5, 10, 15],
          response: [[response], [response], [response]],
          decay: [0.5],
        };
        const run = simulateMultivariateHawkes(process, { horizon: 30, seed: s, shocks });
        const [c] = multivariateHawkesCompensator(run.times, process, 30, shocks);
        let previous = 0;
        for (const v of [...(c?.atEvents ?? []), c?.atHorizon ?? 0]) {
          expect(v).toBeGreaterThanOrEqual(previous - 1e-12);
          previous = v;
        }
      }),
    );
  });

  it('a fit never reports NaN, whatever the sequence', () => {
    fc.assert(
      fc.property(sequence, (times) => {
        const fit = fitHawkes(times, { horizon: 50, bootstrap: 0, intervals: 'wald' });
        const text = JSON.stringify(fit, (_, v) =>
          typeof v === 'number' && Number.isNaN(v) ? 'NaN' : v,
        );
        expect(text).not.toContain('NaN');
      }),
      { numRuns: 40 },
    );
  });
});
