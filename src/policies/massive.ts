import { z } from 'zod';
import type { MassiveParamsFields, MassiveParamsInputFields } from '../scenario/scenarioTypes.js';
import { HOLD, strikeAction } from './actions.js';
import { careField, delayDaysField, respondToField, targetsField } from './paramFields.js';
import { parseParams } from './parseParams.js';
import { provokes } from './provokes.js';
import type { Policy } from './types.js';

/** Parameters of `massive`. */
export const MassiveParams = z.strictObject({
  respondTo: respondToField('every', 'assumption: any attack is met with overwhelming force'),
  delayDays: delayDaysField(0.5, 'assumption: within hours, faster than the documented 1.25 days'),
  targets: targetsField(20, 'assumption: four times the documented five sites'),
  care: careField(0.2, 'assumption: speed and scale over precision'),
});
/**
 * Parameters of the `massive` policy (`policies.massive`).
 * Each field's unit, default, bounds and source are in its documentation.
 */
export interface MassiveParams extends MassiveParamsFields {}
/** `MassiveParams` as written: fields with defaults may be left out. */
export interface MassiveParamsInput extends MassiveParamsInputFields {}

/**
 * Massive retaliation: a disproportionate, fast, careless strike on many sites after each
 * attack.
 *
 * Why: the doctrine of answering any provocation with overwhelming force, "at places and
 * with means of our own choosing" (Dulles 1954), and the source's worry that overreaction,
 * killing host forces, is what the attackers want (H1 provocation, H3 expulsion).
 *
 * @param params - `respondTo` (default every, assumption), `delayDays` (days; default 0.5,
 *   assumption), `targets` (sites; default 20, assumption), `care` ([0, 1]; default 0.2, assumption)
 * @returns a deterministic policy with memory depth 1
 * @throws RangeError naming a parameter out of range
 * @example
 * massive().decide(afterAttack, rng);
 * // => { strike: true, delayDays: 0.5, targets: 20, care: 0.2 }
 */
export function massive(params: MassiveParamsInput = {}): Policy {
  const p = parseParams(MassiveParams, params, 'massive');
  const strike = strikeAction(p.delayDays, p.targets, p.care);
  const rule = p.respondTo;
  return {
    meta: Object.freeze({
      name: 'massive',
      description: `Strikes ${p.targets} sites ${p.delayDays} days after each ${rule === 'every' ? '' : `${rule} `}attack with care ${p.care}.`,
      memoryDepth: 1,
      stochastic: false,
      reads: Object.freeze(['attack'] as const),
      references: Object.freeze([
        'Dulles, J. F. (1954). Speech to the Council on Foreign Relations, 12 January ("massive retaliatory power").',
        "Musings on Iraq (2020): overreaction that kills Iraqis may be the attackers' goal.",
      ]),
    }),
    decide: (o) => (o.attack !== null && provokes(o.attack, rule) ? strike : HOLD),
  };
}
