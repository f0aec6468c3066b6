import { defineScenario } from '../../scenario/defineScenario.js';
import type { Scenario, ScenarioInput } from '../../scenario/Scenario.js';

/**
 * Three assumptions about how the militia answers a strike, for reading a conclusion
 * against them: `deterring` (each strike prevents about 3 attacks: deterrence by
 * punishment), `neutral` (no response; only capability loss and host pressure act) and
 * `provoking` (each strike provokes 1 attack and each host soldier or policeman it kills
 * 0.5 more — the source's argument). Values are assumptions, not estimates: until a
 * calibrated posterior exists they show which conclusions follow from the sign alone.
 *
 * @example
 * STRIKE_RESPONSES.provoking.hostDeathResponse; // => 0.5
 */
export const STRIKE_RESPONSES = Object.freeze({
  deterring: Object.freeze({ strikeResponse: -3, hostDeathResponse: 0 }),
  neutral: Object.freeze({ strikeResponse: 0, hostDeathResponse: 0 }),
  provoking: Object.freeze({ strikeResponse: 1, hostDeathResponse: 0.5 }),
});

/** The name of one strike-response assumption. */
export type StrikeResponseName = keyof typeof STRIKE_RESPONSES;

/**
 * A copy of a scenario in which every militia answers strikes as a named assumption says.
 *
 * @param scenario - the scenario; unchanged
 * @param name - `deterring`, `neutral` or `provoking`
 * @returns the validated scenario
 * @throws RangeError for an unknown name, listing the valid ones
 * @example
 * withStrikeResponse(presets['iraq-2020'], 'deterring').militias[0]?.strikeResponse; // => -3
 */
export function withStrikeResponse(scenario: Scenario | ScenarioInput, name: string): Scenario {
  const response = (
    STRIKE_RESPONSES as Record<string, (typeof STRIKE_RESPONSES)[StrikeResponseName]>
  )[name];
  if (response === undefined)
    throw new RangeError(
      `strikeResponse must be one of ${Object.keys(STRIKE_RESPONSES).join(', ')}, received ${JSON.stringify(name)}`,
    );
  return defineScenario({
    ...scenario,
    militias: scenario.militias.map((m) => ({ ...m, ...response })),
  });
}
