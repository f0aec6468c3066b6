import { describe, expect, it } from 'vitest';
import { runEnsemble } from '../../src/experiments/runEnsemble.js';
import { calendarDate } from '../../src/model/calendarDate.js';
import { compileScenario } from '../../src/model/compileScenario.js';
import { collectOutcomes, OUTCOME_NAMES } from '../../src/model/outcomes.js';
import { createRunState } from '../../src/model/RunState.js';
import { replicateStreamSeed } from '../../src/model/replicateStreamSeed.js';
import { runReplicate } from '../../src/model/runReplicate.js';
import { runScenario } from '../../src/model/runScenario.js';
import { simulateRun } from '../../src/model/simulateRun.js';
import { restraint } from '../../src/policies/restraint.js';
import type { Policy } from '../../src/policies/types.js';
import { createRng } from '../../src/random/createRng.js';
import { defineScenario } from '../../src/scenario/defineScenario.js';
import { presets } from '../../src/scenario/presets.js';

describe('runScenario', () => {
  it('returns the seed, replicate, log, outcomes and warnings; outcomes have exactly OUTCOME_NAMES', () => {
    const run = runScenario(presets['iraq-2020'], { seed: 42, replicate: 3 });
    expect(run.seed).toBe(42);
    expect(run.replicate).toBe(3);
    expect(Object.keys(run.outcomes).sort()).toEqual([...OUTCOME_NAMES].sort());
    expect(run.outcomes.attacks).toBe(run.events.filter((e) => e.type === 'attack').length);
    expect(run.trace).toBeUndefined();
  });

  it('runReplicate gives exactly the outcomes of runScenario, without building a log', () => {
    const compiled = compileScenario(presets['tit-for-tat-spiral']);
    for (let r = 0; r < 20; r++) {
      expect(runReplicate(compiled, 'same', r)).toEqual(
        runScenario(compiled, { seed: 'same', replicate: r }).outcomes,
      );
    }
    expect(runScenario(compiled, { seed: 'same', keepEvents: false }).events).toEqual([]);
  });

  // Without a log, runs skip the histories a policy does not read (the attack it sees is one
  // reused record); with a log they keep every record. Both must decide alike.
  const historyCases: Array<[string, Parameters<typeof defineScenario>[0]]> = [
    ...Object.entries(presets),
    [
      'graduated (reads the histories)',
      {
        ...presets['tit-for-tat-spiral'],
        foreignForce: {
          ...presets['tit-for-tat-spiral'].foreignForce,
          policy: { name: 'graduated', params: { quietDays: 20 } },
        },
      },
    ],
  ];
  it.each(historyCases)('%s: the same outcomes with and without histories', (_, scenario) => {
    const compiled = compileScenario(scenario);
    for (let r = 0; r < 30; r++) {
      const stream = replicateStreamSeed('history', r);
      const bare = createRunState(compiled, stream, false, []);
      const kept = createRunState(compiled, stream, false, [], true);
      expect(collectOutcomes(bare, simulateRun(bare))).toEqual(
        collectOutcomes(kept, simulateRun(kept)),
      );
      expect(kept.attackHistory.length).toBe(kept.tally.attacks);
      expect(kept.strikeHistory.length).toBe(kept.tally.strikes);
      const read = compiled.policy.meta.reads.some((f) => f === 'attacks' || f === 'strikes');
      expect(bare.attackHistory.length).toBe(read ? bare.tally.attacks : 0);
    }
  });

  it('a trace does not perturb the run', () => {
    const plain = runScenario(presets['iraq-2020'], { seed: 9 });
    const traced = runScenario(presets['iraq-2020'], {
      seed: 9,
      trace: [0, 0.5, 30, 100, 364.9, 365],
    });
    expect(traced.events).toEqual(plain.events);
    expect(traced.outcomes).toEqual(plain.outcomes);
    expect(traced.trace?.map((p) => p.time)).toEqual([0, 0.5, 30, 100, 364.9, 365]);
  });

  it('dates every event from the scenario start', () => {
    const run = runScenario(presets['iraq-2020'], { seed: 2 });
    const start = Date.parse('2020-01-01');
    for (const e of run.events) expect(e.date).toBe(calendarDate(start, e.time));
    expect(calendarDate(start, 70.8125)).toBe('2020-03-11T19:30:00.000Z');
  });

  it('stops an explosive process at maxEvents and returns a warning as data', () => {
    const scenario = defineScenario({
      name: 'explosive',
      start: '2020-01-01',
      maxEvents: 50,
      militias: [{ id: 'm', baseline: 0.5, branchingRatio: 1.5 }],
      foreignForce: { bases: [{ id: 'b' }] },
    });
    const run = runScenario(scenario, { seed: 1 });
    expect(run.outcomes.attacks).toBe(50);
    expect(run.outcomes.eventCapReached).toBe(1);
    expect(run.outcomes.daysSimulated).toBeLessThan(365);
    expect(run.warnings).toHaveLength(1);
    expect(run.warnings[0]?.code).toBe('event-cap');
    expect(run.warnings[0]?.message).toMatch(
      /^event cap of 50 attacks \(maxEvents\) reached at day \d+\.\d{3}: the run is truncated before the horizon$/,
    );
  });

  it('common random numbers: a strike that changes nothing leaves the attacks as they were', () => {
    // Strikes with no response, no capability loss, no host casualties and no host pressure
    // (so no expulsion): the attack stream is drawn in the same order, so the same attacks
    // happen (to rounding).
    const inert = {
      ...presets.restraint,
      militias: [
        {
          ...presets.restraint.militias[0],
          id: 'militia',
          strikeResponse: 0,
          capabilityLossPerHit: 0,
        },
      ],
      hostGovernment: { pressure: { perStrike: 0 } },
    };
    const control = compileScenario(defineScenario(inert));
    const treated = compileScenario(
      defineScenario({
        ...inert,
        foreignForce: {
          ...inert.foreignForce,
          hostColocatedProbability: 0,
          policy: { name: 'titForTat' },
        },
      }),
    );
    for (let r = 0; r < 5; r++) {
      const a = runScenario(control, { seed: 'crn', replicate: r }).events.filter(
        (e) => e.type === 'attack',
      );
      const treatedRun = runScenario(treated, { seed: 'crn', replicate: r });
      expect(treatedRun.outcomes.strikes).toBeGreaterThan(0);
      const b = treatedRun.events.filter((e) => e.type === 'attack');
      expect(b.length).toBe(a.length);
      b.forEach((e, i) => {
        expect(Math.abs(e.time - (a[i]?.time ?? Number.NaN))).toBeLessThan(1e-9);
        expect([e.base, e.rockets, e.foreignKilled]).toEqual([
          a[i]?.base,
          a[i]?.rockets,
          a[i]?.foreignKilled,
        ]);
      });
    }
  });

  it('forks its streams as createRng(seed).fork(replicate).fork("militia:" + id).fork(purpose)', () => {
    const direct = createRng(`${replicateStreamSeed(7, 3)}/militia:m/attacks`);
    const chained = createRng(7).fork(3).fork('militia:m').fork('attacks');
    expect(Array.from({ length: 5 }, direct)).toEqual(Array.from({ length: 5 }, chained));
  });

  it('refuses an invalid action from a policy, naming the field, the policy and the time', () => {
    const broken: Policy = {
      meta: { ...restraint().meta, name: 'broken' },
      decide: (o) =>
        o.trigger === 'daily'
          ? { strike: true, delayDays: -1, targets: 1, care: 0 }
          : { strike: false },
    };
    const compiled = compileScenario(presets.restraint, { policy: broken });
    expect(() => runScenario(compiled, { seed: 1 })).toThrow(
      'delayDays must be a finite number in [0, 36525], received -1 (policy broken at time 1)',
    );
  });

  it('refuses invalid options with a RangeError naming the option', () => {
    const s = presets.restraint;
    expect(() => runScenario(s, { seed: '' })).toThrow(/^seed must be/);
    expect(() => runScenario(s, { seed: 1, replicate: -1 })).toThrow(
      /^replicate must be an integer >= 0, received -1$/,
    );
    expect(() => runScenario(s, { seed: 1, trace: [5, 2] })).toThrow(
      /^trace\[1\] must be a number in \[5, 365\]/,
    );
  });
});

describe('run options', () => {
  it('refuse a misspelt option, a missing seed, and workers in the single-thread ensemble', () => {
    expect(() => runScenario(presets.restraint, { seed: 1, keepEvent: false } as never)).toThrow(
      /^options\.keepEvent is not an option of runScenario; valid options: seed, replicate, keepEvents, trace/,
    );
    expect(() => runScenario(presets.restraint, {} as never)).toThrow(
      /^seed must be a finite number or a non-empty string, received undefined/,
    );
    expect(() => runEnsemble(presets.restraint, { replicates: 2, seed: 1, workers: 2 })).toThrow(
      /runEnsembleParallel/,
    );
  });
});
