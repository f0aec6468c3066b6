import { describe, expect, it } from 'vitest';
import { calibrate } from '../../src/calibrate/calibrate.js';
import type { ObservedRecord } from '../../src/calibrate/observed/ObservedRecord.js';
import type { Posterior } from '../../src/calibrate/Posterior.js';
import { posteriorPredictiveCheck } from '../../src/calibrate/posteriorPredictiveCheck.js';
import { presets } from '../../src/scenario/presets.js';
import { logGamma } from '../../src/stats/logGamma.js';
import { unmarkedAttack } from '../helpers/unmarkedAttack.js';

// A closed form for the predictive p-value: the restraint preset (no strikes) with branching
// ratio 0 is a Poisson process, so under a posterior with all its weight on baseline μ the
// attacks in the window (from, to] are Poisson(μ·(to − from)). The check's upper tail must
// be P(X > x) + P(X = x)/2 at the observed count x, and its two-sided p-value
// 2·min(upper, 1 − upper), within Monte Carlo error: N = 2000 simulations, SE
// √(u(1 − u)/N) ≤ 0.011; 4 SE each.
const scenario = presets.restraint;
const MU = 0.2;
const FROM = 10;
const TO = 60; // λ = μ·(to − from) = 10 attacks expected

function record(count: number): ObservedRecord {
  return {
    label: `synthetic (${count} attacks)`,
    start: scenario.start,
    window: { from: FROM, to: TO },
    // The first attack opens the record (given, not counted); then `count` in the window.
    attacks: [
      unmarkedAttack(FROM),
      ...Array.from({ length: count }, (_, i) =>
        unmarkedAttack(FROM + ((i + 1) * (TO - FROM)) / (count + 1)),
      ),
    ],
    strikes: [],
    political: [],
  };
}

function poissonUpperTail(lambda: number, x: number): number {
  const pmf = (k: number) => Math.exp(-lambda + k * Math.log(lambda) - logGamma(k + 1));
  let below = 0;
  for (let k = 0; k < x; k++) below += pmf(k);
  return 1 - below - pmf(x) / 2;
}

describe('posteriorPredictiveCheck against a closed form (Poisson counts)', () => {
  const priors = {
    'militias.0.baseline': { type: 'logUniform', min: 0.02, max: 1 },
    'militias.0.branchingRatio': { type: 'uniform', min: 0, max: 0.5 },
  } as const;
  // Any small calibration gives a posterior of the right shape; its weight is then put on (μ, 0).
  const made = calibrate(scenario, record(10), {
    parameters: priors,
    particles: 20,
    simulationBudget: 200,
    seed: 1,
  });
  const pointMass: Posterior = { ...made, draws: [[MU, 0]], weights: [1] };

  for (const observed of [4, 10, 17]) {
    it(`gives the Poisson upper tail and p-value at an observed count of ${observed}`, () => {
      const check = posteriorPredictiveCheck(scenario, record(observed), pointMass, {
        replicates: 2000,
        seed: `ppc-${observed}`,
      });
      const row = check.rows.find((r) => r.statistic === 'attacks');
      if (row === undefined) throw new Error('no attacks row');
      expect(row.observed).toBe(observed);
      const lambda = MU * (TO - FROM);
      const upper = poissonUpperTail(lambda, observed);
      const se = Math.sqrt((upper * (1 - upper)) / 2000);
      expect(Math.abs(row.mean - lambda)).toBeLessThan(4 * Math.sqrt(lambda / 2000));
      expect(Math.abs(row.upperTail - upper)).toBeLessThan(4 * se);
      expect(Math.abs(row.pValue - 2 * Math.min(upper, 1 - upper))).toBeLessThan(8 * se);
    });
  }
});
