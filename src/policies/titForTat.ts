import { z } from 'zod';
import type {
  TitForTatParamsFields,
  TitForTatParamsInputFields,
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

/** Parameters of `titForTat`. */
export const TitForTatParams = z.strictObject({
  respondTo: respondToField('every', 'assumption: tit-for-tat answers every defection'),
  delayDays: delayDaysField(DOCUMENTED_STRIKE.delayDays, DELAY_DOCUMENTED),
  targets: targetsField(DOCUMENTED_STRIKE.targets, TARGETS_DOCUMENTED),
  care: careField(0.5, CARE_ASSUMPTION),
});
/**
 * Parameters of the `titForTat` policy (`policies.titForTat`).
 * Each field's unit, default, bounds and source are in its documentation.
 */
export interface TitForTatParams extends TitForTatParamsFields {}
/** `TitForTatParams` as written: fields with defaults may be left out. */
export interface TitForTatParamsInput extends TitForTatParamsInputFields {}

/**
 * Tit for tat: strike once after each attack that counts, never otherwise.
 *
 * Why: the canonical reciprocal strategy (Axelrod 1984: nice, retaliatory, forgiving, clear).
 * Here an attack is a defection and a strike the reply; it forgives at once because it reads
 * only the attack just suffered (memory depth 1).
 *
 * @param params - `respondTo` (which attacks count; default every attack, assumption),
 *   `delayDays` (days; default 1.25, documented March 2020), `targets` (sites; default 5,
 *   documented March 2020), `care` ([0, 1]; default 0.5, assumption)
 * @returns a deterministic policy
 * @throws RangeError naming a parameter out of range
 * @example
 * titForTat().decide(afterAttack, rng);
 * // => { strike: true, delayDays: 1.25, targets: 5, care: 0.5 }
 */
export function titForTat(params: TitForTatParamsInput = {}): Policy {
  const p = parseParams(TitForTatParams, params, 'titForTat');
  const strike = strikeAction(p.delayDays, p.targets, p.care);
  const rule = p.respondTo;
  return {
    meta: Object.freeze({
      name: 'titForTat',
      description: `Strikes ${p.targets} sites ${p.delayDays} days after each ${rule === 'every' ? '' : `${rule} `}attack; holds otherwise.`,
      memoryDepth: 1,
      stochastic: false,
      reads: Object.freeze(['attack'] as const),
      references: Object.freeze(['Axelrod, R. (1984). The Evolution of Cooperation. Basic Books.']),
    }),
    decide: (o) => (o.attack !== null && provokes(o.attack, rule) ? strike : HOLD),
  };
}
