import { z } from 'zod';
import { SCENARIO_LIMITS } from '../scenario/limits.js';
import type {
  ProportionalParamsFields,
  ProportionalParamsInputFields,
} from '../scenario/scenarioTypes.js';
import { HOLD, strikeAction } from './actions.js';
import { DOCUMENTED_STRIKE } from './march2020.js';
import { CARE_ASSUMPTION, careField, DELAY_DOCUMENTED, delayDaysField } from './paramFields.js';
import { parseParams } from './parseParams.js';
import type { Policy, PolicyAction } from './types.js';

const RATE_RULE = 'must be a number in [0, 10000] (sites per casualty)';

/** Parameters of `proportional`. */
export const ProportionalParams = z.strictObject({
  targetsPerKilled: z
    .number({ error: RATE_RULE })
    .min(0, { error: RATE_RULE })
    .max(SCENARIO_LIMITS.strikeTargets, { error: RATE_RULE })
    .default(DOCUMENTED_STRIKE.targets / DOCUMENTED_STRIKE.triggerKilled)
    .describe(
      'sites struck per own killed; default 5/3 (documented: March 2020, five sites for three dead)',
    ),
  targetsPerWounded: z
    .number({ error: RATE_RULE })
    .min(0, { error: RATE_RULE })
    .max(SCENARIO_LIMITS.strikeTargets, { error: RATE_RULE })
    .default(0)
    .describe(
      'sites struck per own wounded; default 0 (assumption: the March 2020 strike was framed as "for the deaths", and the attack that only wounded drew none)',
    ),
  maxTargets: z
    .int({ error: 'must be a whole number in [1, 1000] (sites)' })
    .min(1, { error: 'must be a whole number in [1, 1000] (sites)' })
    .max(1000, { error: 'must be a whole number in [1, 1000] (sites)' })
    .default(20)
    .describe('most sites struck at once; default 20 (assumption: four times the documented five)'),
  delayDays: delayDaysField(DOCUMENTED_STRIKE.delayDays, DELAY_DOCUMENTED),
  care: careField(0.5, CARE_ASSUMPTION),
});
/**
 * Parameters of the `proportional` policy (`policies.proportional`).
 * Each field's unit, default, bounds and source are in its documentation.
 */
export interface ProportionalParams extends ProportionalParamsFields {}
/** `ProportionalParams` as written: fields with defaults may be left out. */
export interface ProportionalParamsInput extends ProportionalParamsInputFields {}

/**
 * Proportional retaliation: the number of sites struck scales with the harm of the attack
 * just suffered, targets = min(maxTargets, ⌈targetsPerKilled·killed + targetsPerWounded·wounded⌉);
 * an attack that harmed no one (by these weights) is not answered.
 *
 * Why: proportionality is the legal and political norm for reprisals; with its defaults it
 * reproduces the documented March 2020 response (3 dead → 5 sites) and lets H1/H2 ask what
 * a smaller or larger answer to a smaller or larger attack does.
 *
 * @param params - `targetsPerKilled` (sites per death; default 5/3, documented),
 *   `targetsPerWounded` (sites per wounded; default 0, assumption), `maxTargets` (sites;
 *   default 20, assumption), `delayDays` (days; default 1.25, documented), `care` ([0, 1];
 *   default 0.5, assumption)
 * @returns a deterministic policy with memory depth 1
 * @throws RangeError naming a parameter out of range
 * @example
 * proportional().decide(afterAttackKillingThree, rng).targets; // => 5
 */
export function proportional(params: ProportionalParamsInput = {}): Policy {
  const p = parseParams(ProportionalParams, params, 'proportional');
  const { targetsPerKilled, targetsPerWounded, maxTargets } = p;
  // One frozen action per possible target count, so decide never allocates.
  const actions: PolicyAction[] = [HOLD];
  for (let n = 1; n <= maxTargets; n++) actions.push(strikeAction(p.delayDays, n, p.care));
  return {
    meta: Object.freeze({
      name: 'proportional',
      description: `Strikes ${targetsPerKilled.toPrecision(3)} sites per own killed and ${targetsPerWounded} per wounded (at most ${maxTargets}) ${p.delayDays} days after an attack.`,
      memoryDepth: 1,
      stochastic: false,
      reads: Object.freeze(['attack'] as const),
      references: Object.freeze([
        'Schelling, T. C. (1966). Arms and Influence. Yale University Press (proportion and the idiom of reprisal).',
        'Musings on Iraq (2020): five sites struck for three soldiers killed.',
      ]),
    }),
    decide(o) {
      const a = o.attack;
      if (a === null) return HOLD;
      const harm = targetsPerKilled * a.foreignKilled + targetsPerWounded * a.foreignWounded;
      // The small slack keeps 5/3 · 3 at 5 despite rounding in the product.
      const n = Math.min(maxTargets, Math.ceil(harm - 1e-9));
      return n >= 1 ? (actions[n] as PolicyAction) : HOLD;
    },
  };
}
