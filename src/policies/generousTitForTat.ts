import { z } from 'zod';
import type {
  GenerousTitForTatParamsFields,
  GenerousTitForTatParamsInputFields,
} from '../scenario/scenarioTypes.js';
import { HOLD, strikeAction } from './actions.js';
import { DOCUMENTED_STRIKE } from './march2020.js';
import {
  CARE_ASSUMPTION,
  careField,
  DELAY_DOCUMENTED,
  delayDaysField,
  respondToField,
  TARGETS_DOCUMENTED,
  targetsField,
} from './paramFields.js';
import { parseParams } from './parseParams.js';
import { provokes } from './provokes.js';
import type { Policy } from './types.js';

/** Parameters of `generousTitForTat`. */
export const GenerousTitForTatParams = z.strictObject({
  forgiveness: z
    .number({ error: 'must be a probability in [0, 1]' })
    .min(0, { error: 'must be a probability in [0, 1]' })
    .max(1, { error: 'must be a probability in [0, 1]' })
    .default(1 / 3)
    .describe(
      'probability of letting an attack go unanswered; default 1/3 (assumption: the generosity Nowak & Sigmund 1992 found best for the standard payoffs T=5, R=3, P=1, S=0)',
    ),
  respondTo: respondToField('every', 'assumption: as tit-for-tat'),
  delayDays: delayDaysField(DOCUMENTED_STRIKE.delayDays, DELAY_DOCUMENTED),
  targets: targetsField(DOCUMENTED_STRIKE.targets, TARGETS_DOCUMENTED),
  care: careField(0.5, CARE_ASSUMPTION),
});
/**
 * Parameters of the `generousTitForTat` policy (`policies.generousTitForTat`).
 * Each field's unit, default, bounds and source are in its documentation.
 */
export interface GenerousTitForTatParams extends GenerousTitForTatParamsFields {}
/** `GenerousTitForTatParams` as written: fields with defaults may be left out. */
export interface GenerousTitForTatParamsInput extends GenerousTitForTatParamsInputFields {}

/**
 * Generous tit for tat: like tit for tat, but each attack that counts goes unanswered with
 * probability `forgiveness`.
 *
 * Why: in a noisy world tit for tat locks into endless retaliation after one mistake;
 * occasional forgiveness breaks the cycle (Nowak & Sigmund 1992). It draws exactly one
 * uniform per counted attack (strike when u ≥ forgiveness), none otherwise; with forgiveness
 * 0 or 1 it never draws and `meta.stochastic` is false.
 *
 * @param params - `forgiveness` (probability; default 1/3, assumption), `respondTo` (default
 *   every), `delayDays` (days; default 1.25, documented), `targets` (sites; default 5,
 *   documented), `care` ([0, 1]; default 0.5, assumption)
 * @returns a policy that draws from `rng` (only when 0 < forgiveness < 1)
 * @throws RangeError naming a parameter out of range
 * @example
 * generousTitForTat({ forgiveness: 0.5 }).decide(afterAttack, () => 0.7).strike; // => true
 */
export function generousTitForTat(params: GenerousTitForTatParamsInput = {}): Policy {
  const p = parseParams(GenerousTitForTatParams, params, 'generousTitForTat');
  const strike = strikeAction(p.delayDays, p.targets, p.care);
  const { forgiveness, respondTo } = p;
  const draws = forgiveness > 0 && forgiveness < 1;
  return {
    meta: Object.freeze({
      name: 'generousTitForTat',
      description: `Like titForTat, but forgives each ${respondTo === 'every' ? '' : `${respondTo} `}attack with probability ${forgiveness.toPrecision(3)}.`,
      memoryDepth: 1,
      stochastic: draws,
      reads: Object.freeze(['attack'] as const),
      references: Object.freeze([
        'Nowak, M. A., & Sigmund, K. (1992). Tit for tat in heterogeneous populations. Nature 355, 250–253.',
        'Axelrod, R. (1984). The Evolution of Cooperation. Basic Books.',
      ]),
    }),
    decide(o, rng) {
      if (o.attack === null || !provokes(o.attack, respondTo)) return HOLD;
      if (!draws) return forgiveness === 1 ? HOLD : strike;
      return rng() < forgiveness ? HOLD : strike;
    },
  };
}
