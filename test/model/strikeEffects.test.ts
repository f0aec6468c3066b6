import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../src/model/compileScenario.js';
import { runScenario } from '../../src/model/runScenario.js';
import type { StrikeEvent } from '../../src/model/SimEvent.js';
import { customPolicy } from '../../src/policies/customPolicy.js';
import { defineScenario } from '../../src/scenario/defineScenario.js';
import type { ScenarioInput } from '../../src/scenario/Scenario.js';
import { expectClose, meanAndStandardError } from '../helpers/expectClose.js';

/** A policy that strikes once, on the daily check of `day`. */
const strikeOnDay = (day: number, delayDays: number, targets: number, care: number) =>
  customPolicy(
    (o) =>
      o.trigger === 'daily' && o.time === day
        ? { strike: true, delayDays, targets, care }
        : { strike: false },
    { name: `strikeOnDay${day}`, stochastic: false, reads: ['trigger', 'time'] },
  );

// No self-excitation (n = 0), so the intensity does not depend on the attacks drawn: its
// path after the strike is known exactly.
const scripted: ScenarioInput = {
  name: 'one strike',
  start: '2020-01-01',
  horizonDays: 60,
  militias: [
    {
      id: 'm',
      baseline: 0.5,
      branchingRatio: 0,
      strikeResponse: 2,
      strikeResponseDecay: 1,
      capabilityLossPerHit: 0.5,
      recoveryRate: 0.1,
    },
  ],
  foreignForce: {
    bases: [{ id: 'b' }],
    intelligenceDays: 0.001, // q = 1 − e^{−1000} = 1: every site is occupied
    hostColocatedProbability: 0,
  },
  hostGovernment: {
    pressure: { perStrike: 7, decay: 0.1 },
    thresholds: { condemnation: 1, summon: 5, expulsion: 6 },
    withdrawalLagDays: 30,
  },
};

describe('one scripted strike', () => {
  const compiled = compileScenario(scripted, { policy: strikeOnDay(10, 1, 3, 0.5) });
  const run = runScenario(compiled, { seed: 'scripted', trace: [10.5, 11, 11.5, 12, 20, 40, 45] });

  it('lands after its delay with full intelligence and hits every site', () => {
    const strikes = run.events.filter((e): e is StrikeEvent => e.type === 'strike');
    expect(strikes).toHaveLength(1);
    const strike = strikes[0] as StrikeEvent;
    expect(strike).toMatchObject({
      decidedAt: 10,
      time: 11,
      targets: 3,
      care: 0.5,
      quality: 1,
      occupiedHits: 3,
      hostKilled: 0,
    });
    expect(strike.date).toBe('2020-01-12T00:00:00.000Z');
  });

  it('cuts capability by (1 − loss)^hits and adds the response r·δ·e^{−δu}; both relax exactly', () => {
    // λ(11 + u) = C(u)·(μ + r·δ·e^{−δu}) with C(u) = 1 − (1 − 0.5³)·e^{−0.1u}, μ = 0.5, r = 2, δ = 1.
    const expected = (u: number) => (1 - 0.875 * Math.exp(-0.1 * u)) * (0.5 + 2 * Math.exp(-u));
    const at = (time: number) => run.trace?.find((p) => p.time === time);
    expectClose(at(10.5)?.intensity ?? Number.NaN, 0.5, { rel: 1e-12 });
    expectClose(at(11)?.intensity ?? Number.NaN, 0.5, { rel: 1e-12 }); // left limit at the landing
    for (const time of [11.5, 12, 20, 40])
      expectClose(at(time)?.intensity ?? Number.NaN, expected(time - 11), { rel: 1e-12 });
    expectClose(at(12)?.militias[0]?.capability ?? Number.NaN, 1 - 0.875 * Math.exp(-0.1), {
      rel: 1e-12,
    });
  });

  it('raises host pressure past every threshold, and the force withdraws after the lag; no attack follows', () => {
    const political = run.events.filter((e) => e.type === 'political');
    expect(political.map((e) => [e.level, e.time, e.pressure])).toEqual([
      ['condemnation', 11, 7],
      ['summon', 11, 7],
      ['expulsion', 11, 7],
    ]);
    const withdrawal = run.events.find((e) => e.type === 'withdrawal');
    expect(withdrawal?.time).toBe(41);
    expect(run.events.filter((e) => e.type === 'attack' && e.time > 41)).toEqual([]);
    const after = run.trace?.find((p) => p.time === 45);
    expect(after?.intensity).toBe(0);
    expectClose(after?.hostPressure ?? Number.NaN, 7 * Math.exp(-0.1 * 34), { rel: 1e-12 });
    expect(run.outcomes).toMatchObject({
      strikes: 1,
      occupiedHits: 3,
      firstStrikeDay: 11,
      expulsionDemanded: 1,
      expulsionDay: 11,
      withdrawalDay: 41,
      condemnations: 1,
      ambassadorsSummoned: 1,
      peakHostPressure: 7,
    });
    expectClose(run.outcomes.capabilityAtEnd, 1 - 0.875 * Math.exp(-0.1 * 49), { rel: 1e-12 });
  });
});

describe('collateral host casualties', () => {
  it('average targets·colocated·perSite·(1 − care)·(1 − q), and host pressure and response follow them (N = 600, seed "collateral", 4 SE)', () => {
    const scenario = defineScenario({
      ...scripted,
      militias: [
        {
          id: 'm',
          baseline: 0.5,
          branchingRatio: 0,
          strikeResponse: 0.5,
          hostDeathResponse: 0.25,
          strikeResponseDecay: 1,
        },
      ],
      foreignForce: {
        bases: [{ id: 'b' }],
        hostColocatedProbability: 1,
        hostKilledPerColocatedSite: 1.5,
      },
      hostGovernment: {
        pressure: { perStrike: 1, perHostDeath: 2 },
        thresholds: { expulsion: 1e9, summon: 1e9 },
      },
    });
    // Delay 0: q = 0, so every co-located site suffers Poisson(1.5·(1 − 0.2)) deaths.
    const compiled = compileScenario(scenario, { policy: strikeOnDay(1, 0, 4, 0.2) });
    const killed: number[] = [];
    for (let r = 0; r < 600; r++) {
      const run = runScenario(compiled, { seed: 'collateral', replicate: r, trace: [1.5] });
      const k = run.outcomes.hostKilledByStrikes;
      killed.push(k);
      expectClose(run.outcomes.peakHostPressure, 1 + 2 * k, { rel: 1e-12 });
      // λ(1.5) = μ + (0.5 + 0.25·k)·δ·e^{−0.5} with capability 1 (no site was occupied).
      expectClose(
        run.trace?.[0]?.intensity ?? Number.NaN,
        0.5 + (0.5 + 0.25 * k) * Math.exp(-0.5),
        { rel: 1e-12 },
      );
    }
    const { mean, se } = meanAndStandardError(killed);
    expect(Math.abs(mean - 4 * 1.5 * 0.8)).toBeLessThan(4 * se);
  });
});
