import { requireArrayLike, requireObject, SCENARIO_EXPECTED } from '../../util/requireArgument.js';
import { defineScenario } from '../defineScenario.js';
import type { Scenario, ScenarioInput } from '../Scenario.js';
import { getScenarioValue } from './getScenarioValue.js';

/**
 * A copy of a scenario with numbers set at dotted paths, validated again: the step that
 * turns one parameter draw (of a prior, a posterior or a design) into a scenario to run.
 *
 * Why: every path must name a numeric field that exists once defaults are filled in, and
 * the new values must obey the schema (a negative decay, thresholds out of order) — the
 * result is checked like any user scenario, so an invalid draw is refused by path.
 *
 * @param scenario - the scenario (complete or as written)
 * @param paths - dotted paths of numeric fields, e.g. `militias.0.branchingRatio`
 * @param values - one value per path
 * @returns the complete, validated scenario
 * @throws ScenarioPathError for a path that names no numeric field; ScenarioError when a
 *   value breaks a rule of the schema
 * @example
 * setScenarioValues(presets.restraint, ['militias.0.baseline'], [0.2]).militias[0]?.baseline;
 * // => 0.2
 */
export function setScenarioValues(
  scenario: Scenario | ScenarioInput,
  paths: readonly string[],
  values: readonly number[],
): Scenario {
  requireObject('scenario', scenario, SCENARIO_EXPECTED);
  requireArrayLike('paths', paths, 'an array of dotted paths');
  requireArrayLike('values', values, 'an array of numbers, one per path');
  if (paths.length !== values.length) {
    throw new RangeError(
      `values must have one entry per path (${paths.length}), received ${values.length}`,
    );
  }
  const complete = defineScenario(scenario);
  const copy = JSON.parse(JSON.stringify(complete)) as Scenario;
  paths.forEach((path, i) => {
    getScenarioValue(complete, path, `paths[${i}]`);
    const keys = path.split('.');
    let holder = copy as unknown as Record<string, unknown>;
    for (const key of keys.slice(0, -1)) holder = holder[key] as Record<string, unknown>;
    holder[keys[keys.length - 1] as string] = values[i];
  });
  return defineScenario(copy);
}
