import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CompileOptions, compileScenario } from '../../src/model/compileScenario.js';
import { collectOutcomes } from '../../src/model/outcomes.js';
import { createRunState } from '../../src/model/RunState.js';
import { replicateStreamSeed } from '../../src/model/replicateStreamSeed.js';
import { runReplicate } from '../../src/model/runReplicate.js';
import { simulateGeneralRun } from '../../src/model/simulateGeneralRun.js';
import { simulateOneMilitia } from '../../src/model/simulateOneMilitia.js';
import { defineScenario } from '../../src/scenario/defineScenario.js';
import { presets } from '../../src/scenario/presets.js';
import type { ScenarioInput } from '../../src/scenario/Scenario.js';
import { scenarioArbitrary } from './scenarioArbitrary.js';

/**
 * One replicate through both loops, with the event log on (so every event, not only the
 * totals, must agree) or off (so the runs take the no-log branches), and histories kept or
 * not: the runs, the outcomes, the end times and the warnings must be identical.
 */
function expectSameRun(
  scenario: ScenarioInput,
  seed: string,
  replicate: number,
  options: { log: boolean; history?: boolean; compile?: CompileOptions },
) {
  const compiled = compileScenario(scenario, options.compile);
  const stream = replicateStreamSeed(seed, replicate);
  const fast = createRunState(compiled, stream, options.log, [], options.history);
  const general = createRunState(compiled, stream, options.log, [], options.history);
  const endFast = simulateOneMilitia(fast);
  const endGeneral = simulateGeneralRun(general);
  expect(endFast).toBe(endGeneral);
  expect(collectOutcomes(fast, endFast)).toEqual(collectOutcomes(general, endGeneral));
  expect(fast.log).toEqual(general.log);
  expect(fast.warnings).toEqual(general.warnings);
  expect(fast.attackHistory).toEqual(general.attackHistory);
  expect(fast.strikeHistory).toEqual(general.strikeHistory);
}

const withPolicy = (name: keyof typeof presets, policy: object): ScenarioInput => ({
  ...presets[name],
  foreignForce: { ...presets[name].foreignForce, policy: policy as never },
});

describe('simulateOneMilitia (the single-militia loop)', () => {
  const cases: Array<[string, ScenarioInput]> = [
    ...Object.entries(presets),
    ['graduated (reads the histories)', withPolicy('tit-for-tat-spiral', { name: 'graduated' })],
    [
      'generousTitForTat (stochastic)',
      withPolicy('tit-for-tat-spiral', { name: 'generousTitForTat' }),
    ],
    [
      'pressureAware (reads the pressures daily)',
      withPolicy('iraq-2020', { name: 'pressureAware' }),
    ],
    ['deliberate', withPolicy('iraq-2020', { name: 'deliberate' })],
    // Heavy hits and slow recovery: the capability windows of the thinning bound.
    [
      'massive, slow recovery',
      {
        ...presets['massive-retaliation'],
        militias: [{ ...presets['massive-retaliation'].militias[0], recoveryRate: 0.002 }],
      } as ScenarioInput,
    ],
    ['an event cap that stops runs', { ...presets['iraq-2020'], maxEvents: 7 }],
    [
      'no self-excitation',
      {
        ...presets.restraint,
        militias: [{ ...presets.restraint.militias[0], branchingRatio: 0 }],
      } as ScenarioInput,
    ],
  ];

  it.each(cases)('%s: the same runs as the general loop, with and without a log', (_, scenario) => {
    for (let r = 0; r < 25; r++) {
      expectSameRun(scenario, 'paths', r, { log: true });
      expectSameRun(scenario, 'paths', r, { log: false });
    }
  });

  it('the same runs with strikes imposed by a replayed record (calibration), histories kept', () => {
    const compile: CompileOptions = {
      imposedStrikes: [
        { time: 20.5, targets: 5, care: 0.25, delayDays: 1.25, militia: 0 },
        { time: 40, targets: 2, care: 0, delayDays: 0.2, militia: 0, hostKilled: 3 },
      ],
    };
    for (let r = 0; r < 25; r++)
      expectSameRun(presets['iraq-2020'], 'replay', r, { log: false, history: true, compile });
  });

  it('the same runs on random one-militia scenarios (fast-check over the fuzzer’s generator, 150 cases)', () => {
    const oneMilitia = scenarioArbitrary.filter((s) => s.militias?.length === 1);
    fc.assert(
      fc.property(oneMilitia, fc.nat(1000), fc.boolean(), (scenario, replicate, log) => {
        expectSameRun(defineScenario(scenario), 'random', replicate, { log });
      }),
      { numRuns: 150, seed: 11 },
    );
  });

  it('refuses a run it does not cover, by name', () => {
    const state = createRunState(compileScenario(presets.restraint), '1/0', false, [0, 1]);
    expect(() => simulateOneMilitia(state)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: state must be a run of one militia without a trace, received 1 militias and a trace]`,
    );
  });
});

describe('runReplicate on a reused run state', () => {
  it('gives what a fresh state gives, whatever the order of replicates and scenarios', () => {
    const a = compileScenario(presets['iraq-2020']);
    const b = compileScenario(presets['tit-for-tat-spiral']);
    const fresh = (compiled: typeof a, r: number) => {
      const state = createRunState(compiled, replicateStreamSeed(9, r), false, []);
      return collectOutcomes(state, simulateGeneralRun(state));
    };
    for (const r of [5, 0, 5, 17, 3, 3, 40]) {
      expect(runReplicate(a, 9, r)).toEqual(fresh(a, r));
      expect(runReplicate(b, 9, r)).toEqual(fresh(b, r));
    }
  });

  it('is kept by its compiled scenario, taken from it while it runs and reset for the next replicate', () => {
    const compiled = compileScenario(presets['iraq-2020']);
    expect(compiled.idleRun.state).toBeUndefined();
    runReplicate(compiled, 9, 0);
    const kept = compiled.idleRun.state;
    expect(kept?.cs).toBe(compiled);
    runReplicate(compiled, 9, 1);
    expect(compiled.idleRun.state).toBe(kept);
    // Another scenario, even one compiled from the same preset, has a state of its own.
    const other = compileScenario(presets['iraq-2020']);
    runReplicate(other, 9, 1);
    expect(other.idleRun.state).not.toBe(kept);
    expect(compiled.idleRun.state).toBe(kept);
  });
});
