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
  it('rockets per attack average the mixture mean, and casualties per attack average R·h·(1 − protection)·share·v·ℓ (N = 400 runs, seed "marks", 4 SE)', () => {
    const scenario = defineScenario({
      name: 'marks',
      start: '2020-01-01',
      militias: [
        {
          id: 'm',
          baseline: 0.2,
          branchingRatio: 0,
          rockets: { mean: 4, dispersion: 3, largeShare: 0.25, largeMean: 20, largeDispersion: 5 },
        },
      ],
      foreignForce: {
        bases: [
          {
            id: 'b',
            foreignPersonnel: 300_000,
            hostPersonnel: 100_000,
            protection: 0.4,
            hostExposure: 2,
          },
        ],
        hitProbability: 0.5,
        victimsPerHit: 2,
        lethality: 0.25,
      },
    });
    // Per rocket: 0.5·0.6 = 0.3 hits of v = 2 people each; foreign share of hits
    // 300k/(300k + 2·100k) = 0.6; a quarter of the harmed are killed.
    const c = 0.3 * 2;
    const share = 0.6;
    const rockets: number[] = [];
    // Residuals casualties − E[casualties | rockets] are independent with mean 0.
    const foreignKilled: number[] = [];
    const hostWounded: number[] = [];
    for (let r = 0; r < 400; r++) {
      for (const e of runScenario(scenario, { seed: 'marks', replicate: r }).events) {
        if (e.type !== 'attack') continue;
        rockets.push(e.rockets);
        foreignKilled.push(e.foreignKilled - e.rockets * c * share * 0.25);
        hostWounded.push(e.hostWounded - e.rockets * c * (1 - share) * 0.75);
      }
    }
    const check = (xs: number[], expected: number) => {
      const { mean, se } = meanAndStandardError(xs);
      expect(Math.abs(mean - expected), `mean ${mean}, SE ${se}`).toBeLessThan(4 * se);
    };
    check(rockets, 0.75 * 4 + 0.25 * 20);
    check(foreignKilled, 0);
    check(hostWounded, 0);
  });
});
