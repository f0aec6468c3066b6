import { getScenarioValue } from '../../scenario/paths/getScenarioValue.js';
import type { Scenario } from '../../scenario/Scenario.js';

/** A numeric scenario field and the range it is varied over. */
export interface ParameterRange {
  /** A dotted scenario path, e.g. `militias.0.branchingRatio` (numericScenarioPaths lists them). */
  readonly path: string;
  readonly low: number;
  readonly high: number;
}

/**
 * Check parameter ranges: at least one, paths that name numeric fields (an unknown one
 * lists the valid ones), each path once, finite bounds with low < high.
 *
 * @param scenario - the parsed scenario
 * @param parameters - the ranges
 * @throws ScenarioPathError for an unknown path; RangeError naming a bad range
 * @example
 * checkParameterRanges(presets['iraq-2020'], [{ path: 'militias.0.baseline', low: 0.05, high: 0.1 }]); // => undefined
 */
export function checkParameterRanges(
  scenario: Scenario,
  parameters: readonly ParameterRange[],
): void {
  if (!Array.isArray(parameters) || parameters.length === 0)
    throw new RangeError('parameters must list at least one { path, low, high }');
  const seen = new Set<string>();
  parameters.forEach((p, i) => {
    getScenarioValue(scenario, p.path, `parameters[${i}].path`);
    if (seen.has(p.path)) throw new RangeError(`parameters[${i}].path ${p.path} is listed twice`);
    seen.add(p.path);
    if (!(Number.isFinite(p.low) && Number.isFinite(p.high) && p.low < p.high))
      throw new RangeError(
        `parameters[${i}] (${p.path}) must have finite low < high, received low ${p.low}, high ${p.high}`,
      );
  });
}
