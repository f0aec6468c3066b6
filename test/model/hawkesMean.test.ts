import { describe, expect, it } from 'vitest';
import { hawkesExpectedCount } from '../../src/hawkes/hawkesExpectedCount.js';
import { multivariateHawkesExpectedCount } from '../../src/hawkes/multivariateHawkesExpectedCount.js';
import { compileScenario } from '../../src/model/compileScenario.js';
import { runReplicate } from '../../src/model/runReplicate.js';
import { runScenario } from '../../src/model/runScenario.js';
import { defineScenario } from '../../src/scenario/defineScenario.js';
import { presets } from '../../src/scenario/presets.js';
import { meanAndStandardError } from '../helpers/expectClose.js';

// With the restraint policy there are no strikes, so capability stays 1 and the attack
// process is the exponential-kernel Hawkes process, whose mean count is known in closed form.

describe('attack process without strikes', () => {
  it('mean attack count matches the Hawkes closed form E[N(T)] (N = 3000, seed "hawkes-mean", 4 SE)', () => {
    const scenario = presets.restraint;
    const militia = scenario.militias[0];
    if (militia === undefined) throw new Error('restraint has a militia');
    const compiled = compileScenario(scenario);
    const counts = Array.from(
      { length: 3000 },
      (_, r) => runReplicate(compiled, 'hawkes-mean', r).attacks,
    );
    const { mean, se } = meanAndStandardError(counts);
    // E[N(365)] for μ = 0.1, n = 0.4, β = 0.5: about 60.6.
    const expected = hawkesExpectedCount(militia, scenario.horizonDays);
    expect(Math.abs(mean - expected)).toBeLessThan(4 * se);
  });

  it('two cross-exciting militias match the multivariate closed form per militia (N = 1500, seed "cross", 4 SE)', () => {
    const scenario = defineScenario({
      ...presets.restraint,
      name: 'cross',
      horizonDays: 120,
      militias: [
        { id: 'a', baseline: 0.1, branchingRatio: 0.3, decay: 0.5 },
        { id: 'b', baseline: 0.05, branchingRatio: 0.2, decay: 2 },
      ],
      crossExcitation: [
        [0, 0.4],
        [0.3, 0],
      ],
    });
    const compiled = compileScenario(scenario);
    const a: number[] = [];
    const b: number[] = [];
    for (let r = 0; r < 1500; r++) {
      const { events } = runScenario(compiled, { seed: 'cross', replicate: r });
      a.push(events.filter((e) => e.type === 'attack' && e.militia === 'a').length);
      b.push(events.filter((e) => e.type === 'attack' && e.militia === 'b').length);
    }
    // Kernel n_mk β_k e^{−β_k u}: the excitation decays at the rate of the exciting militia.
    const expected = multivariateHawkesExpectedCount(
      {
        baseline: [0.1, 0.05],
        branchingRatio: [
          [0.3, 0.4],
          [0.3, 0.2],
        ],
        decay: [0.5, 2],
      },
      120,
    );
    for (const [counts, mu] of [
      [a, expected[0]],
      [b, expected[1]],
    ] as const) {
      const { mean, se } = meanAndStandardError(counts);
      expect(Math.abs(mean - (mu as number))).toBeLessThan(4 * se);
    }
  });
});

describe('attack marks', () => {
  it('rockets per attack average the configured mean, and casualties per rocket are k·(1 − protection) split by personnel share (N = 400 runs, seed "marks", 4 SE)', () => {
    const scenario = defineScenario({
      name: 'marks',
      start: '2020-01-01',
      militias: [
        { id: 'm', baseline: 0.2, branchingRatio: 0, rockets: { mean: 8, dispersion: 3 } },
      ],
      foreignForce: {
        bases: [{ id: 'b', foreignPersonnel: 300_000, hostPersonnel: 100_000, protection: 0.4 }],
        killProbability: 0.1,
        woundProbability: 0.3,
      },
    });
    const rockets: number[] = [];
    let fired = 0;
    let killed = 0;
    let wounded = 0;
    let foreignKilled = 0;
    for (let r = 0; r < 400; r++) {
      for (const e of runScenario(scenario, { seed: 'marks', replicate: r }).events) {
        if (e.type !== 'attack') continue;
        rockets.push(e.rockets);
        fired += e.rockets;
        killed += e.foreignKilled + e.hostKilled;
        wounded += e.foreignWounded + e.hostWounded;
        foreignKilled += e.foreignKilled;
      }
    }
    const { mean, se } = meanAndStandardError(rockets);
    expect(Math.abs(mean - 8)).toBeLessThan(4 * se);
    // Per rocket: killed with p = 0.1·0.6, wounded with p = 0.3·0.6 (binomial SEs).
    const binomialCheck = (count: number, trials: number, p: number) =>
      expect(Math.abs(count / trials - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / trials));
    binomialCheck(killed, fired, 0.06);
    binomialCheck(wounded, fired, 0.18);
    binomialCheck(foreignKilled, killed, 0.75);
  });
});
