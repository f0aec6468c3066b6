import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileScenario, isCompiledScenario } from '../../src/model/compileScenario.js';
import { createScenarioPatcher } from '../../src/model/createScenarioPatcher.js';
import { runReplicate } from '../../src/model/runReplicate.js';
import { getScenarioValue } from '../../src/scenario/paths/getScenarioValue.js';
import { numericScenarioPaths } from '../../src/scenario/paths/numericScenarioPaths.js';
import { ScenarioPathError } from '../../src/scenario/paths/ScenarioPathError.js';
import { presets } from '../../src/scenario/presets.js';
import type { Scenario } from '../../src/scenario/Scenario.js';
import { ScenarioError } from '../../src/scenario/ScenarioError.js';

/** The slow route the patcher replaces: a copy with the values set, validated and compiled whole. */
function slowCompile(scenario: Scenario, paths: readonly string[], values: readonly number[]) {
  const copy = structuredClone(scenario) as unknown as Record<string, unknown>;
  paths.forEach((path, i) => {
    const keys = path.split('.');
    let holder = copy;
    for (const key of keys.slice(0, -1)) holder = holder[key] as Record<string, unknown>;
    holder[keys[keys.length - 1] as string] = values[i];
  });
  return compileScenario(copy as unknown as Scenario);
}

function outcome(run: () => unknown): { value: unknown } | { error: string } {
  try {
    return { value: run() };
  } catch (error) {
    if (error instanceof ScenarioError) return { error: `ScenarioError: ${error.message}` };
    throw error;
  }
}

/** A value near the field's own, or far outside any rule (negative, huge, fractional, NaN). */
const valueNear = (v: number) =>
  fc.oneof(
    fc.double({ min: 0, max: 3 * Math.abs(v) + 1, noNaN: true }),
    fc.constantFrom(-1, 0, 0.5, 1, 1e12, Number.NaN, Number.POSITIVE_INFINITY, v),
  );

describe('createScenarioPatcher', () => {
  for (const name of ['iraq-2020', 'tit-for-tat-spiral'] as const) {
    const scenario = presets[name];
    const all = numericScenarioPaths(scenario);
    it(`${name}: the same compiled scenario as validating the whole copy, or the same error`, () => {
      fc.assert(
        fc.property(
          fc
            .subarray(all, { minLength: 1, maxLength: 6 })
            .chain((paths) =>
              fc.tuple(
                fc.constant(paths),
                fc.tuple(...paths.map((p) => valueNear(getScenarioValue(scenario, p)))),
              ),
            ),
          ([paths, values]) => {
            const patcher = createScenarioPatcher(scenario, paths);
            const fast = outcome(() => patcher.compile(values));
            const slow = outcome(() => slowCompile(scenario, paths, values));
            if ('error' in slow) {
              expect(fast).toEqual(slow);
              const refused = patcher.tryCompile(values);
              expect('refused' in refused && refused.refused).toBe(slow.error.slice(15));
              // The second time comes from the patcher's memory of this refusal: still the same.
              expect(outcome(() => patcher.compile(values))).toEqual(slow);
              return;
            }
            expect('value' in fast).toBe(true);
            const a = (fast as { value: ReturnType<typeof compileScenario> }).value;
            const b = slow.value as ReturnType<typeof compileScenario>;
            expect(isCompiledScenario(a)).toBe(true);
            expect(a.scenario).toEqual(b.scenario);
            for (const r of [0, 1, 2]) expect(runReplicate(a, 7, r)).toEqual(runReplicate(b, 7, r));
          },
        ),
        { numRuns: 150, seed: 11 },
      );
    });
  }

  it('refuses a path that names no numeric field, with the valid ones', () => {
    expect(() => createScenarioPatcher(presets.restraint, ['militias.0.basline'])).toThrow(
      ScenarioPathError,
    );
  });

  it('checks the thresholds’ order and stability, and leaves the base scenario alone', () => {
    const base = presets['iraq-2020'];
    const before = structuredClone(base);
    const patcher = createScenarioPatcher(base, [
      'hostGovernment.thresholds.condemnation',
      'militias.0.branchingRatio',
    ]);
    expect(() => patcher.compile([1e6, 0.4])).toThrow(/thresholds must be ordered/);
    expect(() => patcher.compile([1, 1.2])).toThrow(/explosive attack process/);
    expect(patcher.compile([0.5, 0.6]).scenario.hostGovernment.thresholds.condemnation).toBe(0.5);
    expect(base).toEqual(before);
  });

  it('refuses values of the wrong length by name', () => {
    expect(() => createScenarioPatcher(presets.restraint, ['horizonDays']).compile([])).toThrow(
      /^values must have one entry per path/,
    );
  });
});
