import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../src/model/compileScenario.js';
import { runScenario } from '../../src/model/runScenario.js';
import { customPolicy } from '../../src/policies/customPolicy.js';
import type { ScenarioInput } from '../../src/scenario/Scenario.js';
import { expectClose } from '../helpers/expectClose.js';

/** A policy that strikes on the daily checks of the given days, landing at once. */
const strikeOnDays = (days: readonly number[]) =>
  customPolicy(
    (o) =>
      o.trigger === 'daily' && days.includes(o.time)
        ? { strike: true, delayDays: 0, targets: 1, care: 1 }
        : { strike: false },
    { name: 'strikeOnDays', stochastic: false, reads: ['trigger', 'time'] },
  );

// No host casualties from strikes or attacks, and attacks add no pressure: pressure moves
// only by the initial level's decay and perStrike per strike.
const host = (initialPressure: number, expulsion: number, perStrike = 1): ScenarioInput => ({
  name: 'host pressure',
  start: '2020-01-01',
  horizonDays: 60,
  militias: [{ id: 'm', baseline: 0.2, branchingRatio: 0 }],
  foreignForce: { bases: [{ id: 'b' }], hostColocatedProbability: 0 },
  hostGovernment: {
    initialPressure,
    pressure: { perStrike, perAttack: 0, decay: 0.1 },
    thresholds: { condemnation: 2, summon: 4, expulsion },
    withdrawalLagDays: 10,
  },
});

const political = (input: ScenarioInput, days: readonly number[]) => {
  const run = runScenario(compileScenario(input, { policy: strikeOnDays(days) }), {
    seed: 'host',
    trace: [0, 1.5],
  });
  return {
    run,
    events: run.events.flatMap((e) => (e.type === 'political' ? [[e.level, e.time]] : [])),
  };
};

describe('initial host pressure', () => {
  it('starts at P(0), and thresholds it already reaches do not fire again as if new', () => {
    // Day 2: P = 10·e^{−0.2} + 1 = 9.19, above every threshold already reached: no event.
    // Day 20: P = 9.19·e^{−1.8} = 1.52 < 2 before the strike, 2.52 after: condemnation only.
    const { run, events } = political(host(10, 50), [2, 20]);
    expect(run.outcomes.strikes).toBe(2);
    expect(events).toEqual([['condemnation', 20]]);
    expectClose(run.trace?.[0]?.hostPressure ?? Number.NaN, 10, { rel: 1e-15 });
    expectClose(run.trace?.[1]?.hostPressure ?? Number.NaN, 10 * Math.exp(-0.15), { rel: 1e-12 });
    expect(run.outcomes.condemnations).toBe(1);
    expect(run.outcomes.ambassadorsSummoned).toBe(0);
    expect(run.outcomes.peakHostPressure).toBe(10);
  });

  it('an expulsion demand standing at the start neither counts nor withdraws the force; a new crossing does', () => {
    // P(0) = 20 ≥ 12: a standing demand. Day 10: 20·e^{−1} = 7.36 → 8.36, no new crossing.
    expect(political(host(20, 12), [10]).run.outcomes).toMatchObject({
      expulsionDemanded: 0,
      withdrawalDay: null,
    });
    // With 4 units per strike and expulsion at 5: day 1, 20·e^{−0.1} + 4 = 22.10 (still
    // above); day 30, 22.10·e^{−2.9} = 1.22 before the strike and 5.22 after: every level is
    // crossed anew, and the force leaves 10 days later.
    const { run, events } = political(host(20, 5, 4), [1, 30]);
    expect(events).toEqual([
      ['condemnation', 30],
      ['summon', 30],
      ['expulsion', 30],
    ]);
    expect(run.outcomes).toMatchObject({
      expulsionDemanded: 1,
      expulsionDay: 30,
      withdrawalDay: 40,
    });
  });
});
