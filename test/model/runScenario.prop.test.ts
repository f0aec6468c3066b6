import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/model/runScenario.js';
import { runScenario } from '../../src/model/runScenario.js';
import { defineScenario } from '../../src/scenario/defineScenario.js';
import type { Scenario, ScenarioInput } from '../../src/scenario/Scenario.js';
import { expectClose } from '../helpers/expectClose.js';
import { scenarioArbitrary } from './scenarioArbitrary.js';

// Each property runs the model on random valid scenarios (see scenarioArbitrary) with a
// random seed; fast-check prints the seed and the counterexample of any failure.
const cases = fc.record({ input: scenarioArbitrary, seed: fc.integer({ min: 0, max: 1e6 }) });
const RUNS = 60;

function run(input: ScenarioInput, seed: number): { scenario: Scenario; result: RunResult } {
  const scenario = defineScenario(input);
  const trace = Array.from({ length: 41 }, (_, i) =>
    Math.min(scenario.horizonDays, (scenario.horizonDays * i) / 40),
  );
  return { scenario, result: runScenario(scenario, { seed, trace }) };
}

describe('model invariants', () => {
  it('intensities, capabilities and pressures are never negative (capability ≤ 1)', () => {
    fc.assert(
      fc.property(cases, ({ input, seed }) => {
        const { result } = run(input, seed);
        for (const p of result.trace ?? []) {
          expect(p.intensity).toBeGreaterThanOrEqual(0);
          expect(p.domesticPressure).toBeGreaterThanOrEqual(0);
          expect(p.hostPressure).toBeGreaterThanOrEqual(0);
          for (const m of p.militias) {
            expect(m.intensity).toBeGreaterThanOrEqual(0);
            expect(m.capability).toBeGreaterThanOrEqual(0);
            expect(m.capability).toBeLessThanOrEqual(1);
          }
        }
        for (const e of result.events)
          if (e.type === 'political') expect(e.pressure).toBeGreaterThanOrEqual(0);
        expect(result.outcomes.peakIntensity).toBeGreaterThanOrEqual(0);
        expect(result.outcomes.peakHostPressure).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: RUNS },
    );
  });

  it('casualties never exceed the personnel present at the base attacked', () => {
    fc.assert(
      fc.property(cases, ({ input, seed }) => {
        const { scenario, result } = run(input, seed);
        for (const e of result.events) {
          if (e.type !== 'attack') continue;
          const base = scenario.foreignForce.bases.find((b) => b.id === e.base);
          if (base === undefined) throw new Error(`unknown base ${e.base}`);
          expect(e.foreignKilled + e.foreignWounded).toBeLessThanOrEqual(base.foreignPersonnel);
          expect(e.hostKilled + e.hostWounded).toBeLessThanOrEqual(base.hostPersonnel);
          for (const n of [e.foreignKilled, e.foreignWounded, e.hostKilled, e.hostWounded])
            expect(n).toBeGreaterThanOrEqual(0);
          expect(e.rockets).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('no host person is harmed by militia attacks when every base has host exposure 0', () => {
    fc.assert(
      fc.property(cases, ({ input, seed }) => {
        const bases = input.foreignForce.bases.map((b) => ({ ...b, hostExposure: 0 }));
        const unexposed = { ...input, foreignForce: { ...input.foreignForce, bases } };
        const { result } = run(unexposed, seed);
        expect(result.outcomes.hostKilledByMilitia).toBe(0);
        expect(result.outcomes.hostWoundedByMilitia).toBe(0);
      }),
      { numRuns: RUNS },
    );
  });

  it('the initial host pressure decays as P(0)·e^{−decay·t} while nothing adds to it', () => {
    const quiet = fc.record({
      input: scenarioArbitrary.map((s) => ({
        ...s,
        foreignForce: { ...s.foreignForce, policy: { name: 'restraint' as const } },
        hostGovernment: { ...s.hostGovernment, pressure: { perAttack: 0, decay: 0.05 } },
      })),
      seed: fc.integer({ min: 0, max: 1e6 }),
    });
    fc.assert(
      fc.property(quiet, ({ input, seed }) => {
        const { scenario, result } = run(input, seed);
        const p0 = scenario.hostGovernment.initialPressure;
        for (const p of result.trace ?? [])
          expectClose(p.hostPressure, p0 * Math.exp(-0.05 * p.time), { rel: 1e-12, abs: 1e-300 });
        // Crossed before the start, so never crossed again: no political event at all.
        expect(result.events.filter((e) => e.type === 'political')).toEqual([]);
        expect(result.outcomes.peakHostPressure).toBe(p0);
      }),
      { numRuns: RUNS },
    );
  });

  it('no attack and no strike happens after the force withdrew; withdrawal follows the demand by the lag', () => {
    fc.assert(
      fc.property(cases, ({ input, seed }) => {
        const { scenario, result } = run(input, seed);
        const withdrawal = result.events.find((e) => e.type === 'withdrawal');
        const { expulsionDay, withdrawalDay } = result.outcomes;
        if (withdrawal === undefined) {
          expect(withdrawalDay).toBeNull();
          return;
        }
        expect(withdrawalDay).toBe(withdrawal.time);
        expect(withdrawal.time).toBeCloseTo(
          (expulsionDay ?? Number.NaN) + scenario.hostGovernment.withdrawalLagDays,
          9,
        );
        const after = result.events.filter(
          (e) => e.time > withdrawal.time && (e.type === 'attack' || e.type === 'strike'),
        );
        expect(after).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('events are in time order, within the horizon, and the log agrees with the outcomes', () => {
    fc.assert(
      fc.property(cases, ({ input, seed }) => {
        const { scenario, result } = run(input, seed);
        let previous = 0;
        for (const e of result.events) {
          expect(e.time).toBeGreaterThanOrEqual(previous);
          previous = e.time;
        }
        expect(previous).toBeLessThanOrEqual(scenario.horizonDays);
        const o = result.outcomes;
        const attacks = result.events.filter((e) => e.type === 'attack');
        expect(o.attacks).toBe(attacks.length);
        expect(o.strikes).toBe(result.events.filter((e) => e.type === 'strike').length);
        expect(o.foreignKilled).toBe(attacks.reduce((s, e) => s + e.foreignKilled, 0));
        expect(o.expulsionDemanded).toBe(
          result.events.some((e) => e.type === 'political' && e.level === 'expulsion') ? 1 : 0,
        );
      }),
      { numRuns: RUNS },
    );
  });

  it('the same seed gives the same run (deep-equal)', () => {
    fc.assert(
      fc.property(cases, ({ input, seed }) => {
        expect(run(input, seed).result).toEqual(run(input, seed).result);
      }),
      { numRuns: 30 },
    );
  });
});
