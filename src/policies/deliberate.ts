import { z } from 'zod';
import type {
  DeliberateParamsFields,
  DeliberateParamsInputFields,
} from '../scenario/scenarioTypes.js';
import { HOLD, strikeAction } from './actions.js';
import { DOCUMENTED_STRIKE } from './march2020.js';
import {
  careField,
  delayDaysField,
  respondToField,
  TARGETS_DOCUMENTED,
  targetsField,
} from './paramFields.js';
import { parseParams } from './parseParams.js';
import { provokes } from './provokes.js';
import type { Policy } from './types.js';

/** Parameters of `deliberate`. */
export const DeliberateParams = z.strictObject({
  respondTo: respondToField(
    'deadly',
    'documented: the March 2020 strike answered a deadly attack, so H2 compares haste alone',
  ),
  delayDays: delayDaysField(
    7,
    'assumption: a week to locate occupied targets; with the default intelligenceDays 7, q = 1 − e^(−1) ≈ 0.63 (against 0.16 for the documented 1.25 days)',
  ),
  targets: targetsField(DOCUMENTED_STRIKE.targets, TARGETS_DOCUMENTED),
  care: careField(0.9, 'assumption: time to choose aim points away from host forces'),
});
/**
 * Parameters of the `deliberate` policy (`policies.deliberate`).
 * Each field's unit, default, bounds and source are in its documentation.
 */
export interface DeliberateParams extends DeliberateParamsFields {}
/** `DeliberateParams` as written: fields with defaults may be left out. */
export interface DeliberateParamsInput extends DeliberateParamsInputFields {}

/**
 * A deliberate strike: answer the same attacks as the documented policy, but wait for
 * intelligence (long delay) and take great care; while a strike is being prepared
 * (pendingStrikes > 0) further attacks are folded into it.
 *
 * Why: the H2 (haste) comparison. The source, after Michael Knights, argues the quick March
 * 2020 strike meant poor intelligence and likely empty targets; with strike quality
 * q = 1 − e^(−delay/intelligenceDays), this policy is the slow, careful counterfactual.
 *
 * @param params - `respondTo` (default deadly, documented), `delayDays` (days; default 7,
 *   assumption), `targets` (sites; default 5, documented), `care` ([0, 1]; default 0.9, assumption)
 * @returns a deterministic policy with memory depth 1
 * @throws RangeError naming a parameter out of range
 * @example
 * deliberate().decide(afterAttackKillingThree, rng);
 * // => { strike: true, delayDays: 7, targets: 5, care: 0.9 }
 */
export function deliberate(params: DeliberateParamsInput = {}): Policy {
  const p = parseParams(DeliberateParams, params, 'deliberate');
  const strike = strikeAction(p.delayDays, p.targets, p.care);
  const rule = p.respondTo;
  return {
    meta: Object.freeze({
      name: 'deliberate',
      description: `Strikes ${p.targets} sites ${p.delayDays} days after a ${rule === 'every' ? '' : `${rule} `}attack with care ${p.care}, unless a strike is already pending.`,
      memoryDepth: 1,
      stochastic: false,
      reads: Object.freeze(['attack', 'pendingStrikes'] as const),
      references: Object.freeze([
        'Knights, M., in Politico (2020), cited by Musings on Iraq: a quick response meant likely empty targets.',
        'Schelling, T. C. (1966). Arms and Influence. Yale University Press.',
      ]),
    }),
    decide: (o) =>
      o.attack !== null && o.pendingStrikes === 0 && provokes(o.attack, rule) ? strike : HOLD,
  };
}
