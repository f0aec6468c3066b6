import { z } from 'zod';
import { crossFieldIssues } from './crossFieldIssues.js';
import { Scenario, type ScenarioInput } from './Scenario.js';
import { ScenarioError } from './ScenarioError.js';
import { scenarioErrorMap } from './scenarioErrorMap.js';

/**
 * Validate a scenario and fill in every default: the boundary where user input (a preset
 * override, a JSON file, a notebook cell) becomes a complete, trusted scenario.
 *
 * Why: a typo or an out-of-range number must stop the run with a message naming the
 * field, never run with a silent default. Unknown keys are errors, every problem is
 * listed at once, and an explosive attack process (branching ratio, or the spectral
 * radius of the branching matrix, ≥ 1) is refused unless `maxEvents` bounds the run.
 * Cross-field rules (ids, target bases, stability) are checked once the fields parse.
 * A string `$schema` key (how editors are pointed at `scenarioJsonSchema()`) is ignored.
 *
 * @param input - the scenario as written (omitted numbers take their documented defaults)
 * @returns the complete scenario
 * @throws ScenarioError listing every problem with its path and rule
 * @example
 * const s = defineScenario({
 *   name: 'one base', start: '2020-01-01',
 *   militias: [{ id: 'kh' }], foreignForce: { bases: [{ id: 'taji' }] },
 * });
 * s.militias[0]?.branchingRatio; // => 0.4
 */
export function defineScenario(input: ScenarioInput): Scenario {
  const result = Scenario.safeParse(withoutSchemaKey(input), { error: scenarioErrorMap });
  if (result.success) return result.data;
  const name = (input as { name?: unknown } | null)?.name;
  const issues = [...result.error.issues, ...crossFieldIssues(input, result.error.issues)];
  throw new ScenarioError(
    new z.ZodError(issues),
    typeof name === 'string' && name.length > 0 ? name : undefined,
  );
}

// Editors find a file's JSON Schema through its `$schema` key; it is not part of the scenario.
function withoutSchemaKey(input: ScenarioInput): unknown {
  if (typeof input !== 'object' || input === null || !Object.hasOwn(input, '$schema')) return input;
  const { $schema, ...rest } = input as ScenarioInput & { $schema?: unknown };
  return typeof $schema === 'string' ? rest : input;
}
