import type { Scenario } from '../scenario/Scenario.js';
import { cyrb53 } from '../util/cyrb53.js';
import { requireArrayLike, requireObject, SCENARIO_EXPECTED } from '../util/requireArgument.js';

/**
 * A fingerprint of what a posterior is about: the scenario less what a posterior leaves
 * free to change — its name, description, horizon and event cap, the foreign force's policy
 * (experiments compare policies under one posterior), and the calibrated paths (their
 * values come from the draws).
 *
 * @param scenario - a complete scenario
 * @param paths - the calibrated paths
 * @returns 14 hex digits
 * @example
 * calibrationFingerprint(presets['iraq-2020'], ['militias.0.baseline']).length; // => 14
 */
export function calibrationFingerprint(scenario: Scenario, paths: readonly string[]): string {
  requireObject('scenario', scenario, SCENARIO_EXPECTED);
  requireArrayLike('paths', paths, 'an array of dotted scenario paths (numericScenarioPaths)');
  const copy = JSON.parse(JSON.stringify(scenario)) as Record<string, unknown> & {
    foreignForce: Record<string, unknown>;
  };
  for (const key of ['name', 'description', 'horizonDays', 'maxEvents']) delete copy[key];
  delete copy.foreignForce.policy;
  for (const path of paths) {
    const keys = path.split('.');
    let holder = copy as Record<string, unknown> | undefined;
    for (const key of keys.slice(0, -1))
      holder = holder?.[key] as Record<string, unknown> | undefined;
    if (holder !== undefined) delete holder[keys[keys.length - 1] as string];
  }
  return cyrb53(JSON.stringify(copy));
}
