import { describe, expect, it } from 'vitest';
import { mergeEnsembleStates } from '../../src/experiments/EnsembleState.js';
import { ensembleSummaryToCsv } from '../../src/experiments/ensembleSummaryToCsv.js';
import { runEnsemble } from '../../src/experiments/runEnsemble.js';
import { summarizeEnsemble } from '../../src/experiments/summarizeEnsemble.js';
import { withPolicy } from '../../src/experiments/withPolicy.js';
import { compileScenario } from '../../src/model/compileScenario.js';
import { OUTCOME_NAMES } from '../../src/model/outcomes.js';
import { runReplicate } from '../../src/model/runReplicate.js';
import { presets } from '../../src/scenario/presets.js';
import type { ScenarioInput } from '../../src/scenario/Scenario.js';
import { LIBRARY_VERSION } from '../../src/version.js';

const iraq = presets['iraq-2020'];
const json = (x: unknown) => JSON.stringify(x);

describe('runEnsemble', () => {
  it('is reproducible: the same seed gives the same JSON, another seed differs', () => {
    const a = runEnsemble(iraq, { replicates: 40, seed: 11 });
    expect(json(runEnsemble(iraq, { replicates: 40, seed: 11 }))).toBe(json(a));
    const b = runEnsemble(iraq, { replicates: 40, seed: 12 });
    expect(b.summaries.attacks.mean).not.toBe(a.summaries.attacks.mean);
    expect(json(b.state.outcomes)).not.toBe(json(a.state.outcomes));
  });

  it('ranges concatenate: [0, 50) merged with [50, 100) is [0, 100) bit for bit', () => {
    const whole = runEnsemble(iraq, { replicates: 100, seed: 5 });
    const first = runEnsemble(iraq, { replicates: 50, seed: 5 });
    const second = runEnsemble(iraq, { replicates: 50, seed: 5, from: 50 });
    const merged = mergeEnsembleStates([second.state, first.state]);
    expect(json(merged)).toBe(json(whole.state));
    expect(json(summarizeEnsemble(merged).summaries)).toBe(json(whole.summaries));
    expect(merged.ranges).toEqual([[0, 100]]);
  });

  it('summarises exactly the outcome rows of runReplicate, which it keeps on request', () => {
    const result = runEnsemble(iraq, { replicates: 30, seed: 3, from: 7, keepRows: true });
    const compiled = compileScenario(iraq);
    expect(result.rows).toHaveLength(30);
    result.rows?.forEach((row, i) => {
      expect(row).toEqual({ seed: 3, replicate: 7 + i, ...runReplicate(compiled, 3, 7 + i) });
    });
    // Integer outcome: the mean is the integer sum over n, computed directly from the rows.
    const total = (result.rows ?? []).reduce((t, r) => t + r.attacks, 0);
    expect(result.summaries.attacks.mean).toBe(total / 30);
    expect(result.summaries.attacks.n).toBe(30);
    expect(result.runs).toBeUndefined();
  });

  it('keeps event logs on request, with the same outcomes as the fast path', () => {
    const withRuns = runEnsemble(iraq, { replicates: 5, seed: 2, keepEvents: true });
    const fast = runEnsemble(iraq, { replicates: 5, seed: 2 });
    expect(withRuns.runs?.map((r) => r.replicate)).toEqual([0, 1, 2, 3, 4]);
    expect(withRuns.runs?.every((r) => r.events.length > 0)).toBe(true);
    expect(json(withRuns.state)).toBe(json(fast.state));
  });

  it('reports progress up to the total, and summarises every outcome', () => {
    const calls: [number, number][] = [];
    const result = runEnsemble(presets.restraint, {
      replicates: 250,
      seed: 1,
      onProgress: (done, total) => calls.push([done, total]),
    });
    expect(calls.at(-1)).toEqual([250, 250]);
    expect(calls.length).toBeLessThanOrEqual(101);
    expect(Object.keys(result.summaries)).toEqual([...OUTCOME_NAMES]);
    expect(result.summaries.strikes).toMatchObject({ mean: 0, max: 0, n: 250 });
    expect(result.summaries.firstStrikeDay).toMatchObject({ n: 0, nulls: 250, mean: null });
  });

  it('warns, as data, when the event cap stopped replicates of an explosive scenario', () => {
    const explosive: ScenarioInput = {
      ...presets.restraint,
      name: 'explosive',
      maxEvents: 40,
      horizonDays: 200,
      militias: presets.restraint.militias.map((m) => ({ ...m, branchingRatio: 1.2 })),
    };
    const result = runEnsemble(explosive, { replicates: 10, seed: 1 });
    const capped = result.summaries.eventCapReached.mean as number;
    expect(capped).toBeGreaterThan(0);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]?.replicates).toBe(Math.round(capped * 10));
    expect(result.warnings[0]?.message).toMatch(
      /^the event cap \(or the engine's step cap\) stopped \d+ of 10 replicates/,
    );
  });

  it('names the seed and replicate that failed', () => {
    const failing = withPolicy(iraq, {
      name: 'expression',
      strike: 'isAttack',
      delayDays: 'lastAttackKilled - 1',
    });
    expect(() => runEnsemble(failing, { replicates: 5, seed: 1, from: 2 })).toThrow(
      /^replicate 2 \(seed 1\) failed: ExpressionPolicyError: delayDays expression "lastAttackKilled - 1": must give a number in \[0, 36525\], got -1/,
    );
  });

  it('refuses invalid ranges', () => {
    expect(() => runEnsemble(iraq, { replicates: -1, seed: 1 })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: replicates must be an integer >= 0, received -1]`,
    );
    expect(() =>
      runEnsemble(iraq, { replicates: 1, seed: 1, from: 0.5 }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: from must be an integer >= 0, received 0.5]`,
    );
  });
});

describe('mergeEnsembleStates', () => {
  it('refuses overlapping ranges, other seeds and other scenarios', () => {
    const a = runEnsemble(iraq, { replicates: 10, seed: 1 }).state;
    const b = runEnsemble(iraq, { replicates: 10, seed: 1, from: 5 }).state;
    expect(() => mergeEnsembleStates([a, b])).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: replicate ranges must not overlap, received [0, 10) and [5, 15)]`,
    );
    const c = runEnsemble(iraq, { replicates: 10, seed: 2, from: 10 }).state;
    expect(() => mergeEnsembleStates([a, c])).toThrow(/same scenario and seed/);
    const d = runEnsemble(withPolicy(iraq, 'titForTat'), {
      replicates: 10,
      seed: 1,
      from: 10,
    }).state;
    expect(() => mergeEnsembleStates([a, d])).toThrow(/same scenario and seed/);
    expect(() => mergeEnsembleStates([])).toThrow(/at least one/);
  });
});

describe('withPolicy', () => {
  it('replaces the policy and keeps the rest of the scenario', () => {
    const s = withPolicy(iraq, { name: 'graduated', params: { quietDays: 20 } });
    expect(s.foreignForce.policy).toMatchObject({ name: 'graduated', params: { quietDays: 20 } });
    expect({ ...s, foreignForce: { ...s.foreignForce, policy: null } }).toEqual({
      ...iraq,
      foreignForce: { ...iraq.foreignForce, policy: null },
    });
  });

  it('lists the valid names for an unknown policy', () => {
    expect(() => withPolicy(iraq, 'titfortat')).toThrowErrorMatchingInlineSnapshot(`
      [PolicySpecError: Invalid policy (1 issue):
        policy.name: must be one of restraint, titForTat, casualtyThreshold, proportional, graduated, deliberate, massive, generousTitForTat, pressureAware, expression; received "titfortat"]
    `);
  });
});

describe('ensembleSummaryToCsv', () => {
  it('writes one tidy row per outcome that carries the scenario, seed and replicates', () => {
    const result = runEnsemble(presets.restraint, { replicates: 20, seed: 'a,b' });
    const lines = ensembleSummaryToCsv(result).trimEnd().split('\n');
    expect(lines).toHaveLength(1 + OUTCOME_NAMES.length);
    expect(lines[0]).toBe(
      'scenario,seed,replicates,outcome,n,nulls,mean,sd,se,ci95Low,ci95High,p2_5,p25,p50,p75,p97_5,min,max,quantileMethod,quantileRelativeAccuracy,version,fingerprint,policy',
    );
    const made = `${LIBRARY_VERSION},${result.state.fingerprint},restraint`;
    const strikes = lines.find((l) => l.includes(',strikes,'));
    expect(strikes).toBe(`restraint,"a,b",20,strikes,20,0,0,0,0,0,0,0,0,0,0,0,0,0,exact,0,${made}`);
    expect(lines.find((l) => l.includes(',firstStrikeDay,'))).toBe(
      `restraint,"a,b",20,firstStrikeDay,0,20,,,,,,,,,,,,,exact,0,${made}`,
    );
  });
});
