import { type PolicySpecInput, resolvePolicy } from '../policies/PolicySpec.js';
import { defineScenario } from '../scenario/defineScenario.js';
import type { Scenario, ScenarioInput } from '../scenario/Scenario.js';
import { requireObject, SCENARIO_EXPECTED } from '../util/requireArgument.js';

/**
 * A copy of a scenario in which the foreign force follows another retaliation policy.
 *
 * Why: policy comparisons run one scenario under several policies; with the same seed each
 * replicate gives every policy the same militia draws (common random numbers).
 *
 * @param scenario - the scenario (parsed or not); unchanged
 * @param policy - a catalogue name (`'titForTat'`) or a policy spec
 *   (`{ name: 'graduated', params: { quietDays: 20 } }`, `{ name: 'expression', strike: … }`)
 * @returns the validated scenario with the policy replaced
 * @throws PolicySpecError for an invalid policy (an unknown name lists the valid ones);
 *   ScenarioError for an invalid scenario
 * @example
 * withPolicy(presets['iraq-2020'], 'titForTat').foreignForce.policy.name; // => 'titForTat'
 */
export function withPolicy(
  scenario: Scenario | ScenarioInput,
  policy: PolicySpecInput | string,
): Scenario {
  requireObject('scenario', scenario, SCENARIO_EXPECTED);
  const spec = (typeof policy === 'string' ? { name: policy } : policy) as PolicySpecInput;
  resolvePolicy(spec);
  return defineScenario({
    ...scenario,
    foreignForce: { ...scenario.foreignForce, policy: spec },
  });
}
