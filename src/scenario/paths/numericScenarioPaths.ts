import type { Scenario } from '../Scenario.js';

/**
 * Every numeric field of a complete scenario as a dotted path (`militias.0.branchingRatio`,
 * `foreignForce.policy.params.delayDays`, `hostGovernment.thresholds.expulsion`), in the
 * scenario's field order: the names by which calibration, sweeps and sensitivity analyses
 * address parameters.
 *
 * Why: a parameter named by a path a user can read in the scenario's JSON needs no second
 * naming scheme, and a misspelt path can be refused with the valid ones listed.
 *
 * @param scenario - a complete scenario (from `defineScenario` or a preset)
 * @returns the paths of its finite numeric fields
 * @example
 * numericScenarioPaths(presets.restraint).includes('militias.0.branchingRatio'); // => true
 */
export function numericScenarioPaths(scenario: Scenario): string[] {
  const paths: string[] = [];
  const walk = (value: unknown, prefix: string): void => {
    if (typeof value === 'number') {
      if (Number.isFinite(value)) paths.push(prefix);
    } else if (Array.isArray(value)) {
      for (const [i, item] of value.entries()) walk(item, join(prefix, String(i)));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) walk(item, join(prefix, key));
    }
  };
  walk(scenario, '');
  return paths;
}

function join(prefix: string, key: string): string {
  return prefix === '' ? key : `${prefix}.${key}`;
}
