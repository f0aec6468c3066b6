import { requireObject, requireString, SCENARIO_EXPECTED } from '../../util/requireArgument.js';
import type { Scenario } from '../Scenario.js';
import { numericScenarioPaths } from './numericScenarioPaths.js';
import { ScenarioPathError } from './ScenarioPathError.js';

/**
 * The number at a dotted path of a complete scenario (`militias.0.baseline`).
 *
 * @param scenario - a complete scenario
 * @param path - a dotted path; array elements by index
 * @param label - what holds the path, for the error message (default `path`)
 * @returns the value
 * @throws ScenarioPathError when the path names no finite number, with the valid paths
 * @example
 * getScenarioValue(presets['iraq-2020'], 'militias.0.branchingRatio'); // => 0.4
 */
export function getScenarioValue(scenario: Scenario, path: string, label = 'path'): number {
  requireObject('scenario', scenario, SCENARIO_EXPECTED);
  requireString('path', path, "a dotted path such as 'militias.0.baseline'");
  let value: unknown = scenario;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) {
      value = undefined;
      break;
    }
    value = (value as Record<string, unknown>)[key];
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new ScenarioPathError(label, path, numericScenarioPaths(scenario));
  }
  return value;
}
