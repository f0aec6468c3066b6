import { z } from 'zod';
import { SCENARIO_LIMITS } from '../scenario/limits.js';
import type {
  PressureAwareParamsFields,
  PressureAwareParamsInputFields,
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

/** Parameters of `pressureAware`. */
export const PressureAwareParams = z.strictObject({
  hostFraction: z
    .number({ error: 'must be a finite number >= 0 (share of the expulsion threshold)' })
    .min(0, { error: 'must be a finite number >= 0 (share of the expulsion threshold)' })
    .max(1000, { error: 'must be at most 1000 (share of the expulsion threshold)' })
    .default(0.8)
    .describe(
      'hold while host pressure >= hostFraction × expulsionThreshold; default 0.8 (assumption)',
    ),
  strikePressure: z
    .number({ error: 'must be a finite number >= 0 (host pressure units)' })
    .min(0, { error: 'must be a finite number >= 0 (host pressure units)' })
    .max(SCENARIO_LIMITS.threshold, { error: 'must be at most 1e9 (host pressure units)' })
    .default(6)
    .describe(
      'host pressure one strike is expected to add, counted for this strike and every pending one; default 6 (documented: the March 2020 strike, 1 per strike + 5 host deaths at the default jumps, reached the summon threshold)',
    ),
  minDomesticPressure: z
    .number({ error: 'must be a finite number >= 0 (domestic pressure units)' })
    .min(0, { error: 'must be a finite number >= 0 (domestic pressure units)' })
    .max(SCENARIO_LIMITS.threshold, { error: 'must be at most 1e9 (domestic pressure units)' })
    .default(0)
    .describe(
      'hold while domestic pressure <= this; default 0 (assumption: hold only while no own casualties weigh at home)',
    ),
  respondTo: respondToField('every', 'assumption: as tit-for-tat'),
  delayDays: delayDaysField(DOCUMENTED_STRIKE.delayDays, DELAY_DOCUMENTED),
  targets: targetsField(DOCUMENTED_STRIKE.targets, TARGETS_DOCUMENTED),
  care: careField(0.5, CARE_ASSUMPTION),
});
/**
 * Parameters of the `pressureAware` policy (`policies.pressureAware`).
 * Each field's unit, default, bounds and source are in its documentation.
 */
export interface PressureAwareParams extends PressureAwareParamsFields {}
/** `PressureAwareParams` as written: fields with defaults may be left out. */
export interface PressureAwareParamsInput extends PressureAwareParamsInputFields {}

/**
 * Pressure-aware tit for tat: answer attacks as tit for tat does, but hold back when the host
 * government's pressure, plus what this strike and those already on their way are expected
 * to add, would reach the expulsion threshold's danger zone
 * (P + (pending + 1)·strikePressure ≥ hostFraction × threshold), or when the home audience
 * does not demand a response (D ≤ minDomesticPressure).
 *
 * Why: H3 (expulsion) — the attackers' strategic goal is a demand that the foreign force
 * leave; a force that watches host pressure can trade retaliation for staying. And the source
 * reads the strike as a bid "to appear strong to his home audience", which this policy makes
 * explicit.
 *
 * @param params - `hostFraction` (share; default 0.8, assumption), `strikePressure` (host
 *   pressure per strike; default 6, documented March 2020), `minDomesticPressure`
 *   (default 0, assumption), `respondTo` (default every), `delayDays` (days; default 1.25,
 *   documented), `targets` (sites; default 5, documented), `care` ([0, 1]; default 0.5, assumption)
 * @returns a deterministic policy with memory depth 1
 * @throws RangeError naming a parameter out of range
 * @example
 * pressureAware().decide({ ...afterAttack, hostPressure: 9, expulsionThreshold: 10 }, rng).strike;
 * // => false
 */
export function pressureAware(params: PressureAwareParamsInput = {}): Policy {
  const p = parseParams(PressureAwareParams, params, 'pressureAware');
  const strike = strikeAction(p.delayDays, p.targets, p.care);
  const { hostFraction, strikePressure, minDomesticPressure, respondTo } = p;
  return {
    meta: Object.freeze({
      name: 'pressureAware',
      description: `Like titForTat, but holds when host pressure plus ${strikePressure} for this and each pending strike would reach ${hostFraction} × the expulsion threshold, or while domestic pressure <= ${minDomesticPressure}.`,
      memoryDepth: 1,
      stochastic: false,
      reads: Object.freeze([
        'attack',
        'hostPressure',
        'pendingStrikes',
        'expulsionThreshold',
        'domesticPressure',
      ] as const),
      references: Object.freeze([
        'Musings on Iraq (2020): the attackers may aim to provoke strikes that revive the move to expel foreign troops.',
        'Putnam, R. D. (1988). Diplomacy and domestic politics: the logic of two-level games. International Organization 42(3), 427–460.',
      ]),
    }),
    decide(o) {
      if (o.attack === null || !provokes(o.attack, respondTo)) return HOLD;
      // Look ahead: the pressure this strike and those already on their way will add.
      const projected = o.hostPressure + (o.pendingStrikes + 1) * strikePressure;
      if (projected >= hostFraction * o.expulsionThreshold) return HOLD;
      if (o.domesticPressure <= minDomesticPressure) return HOLD;
      return strike;
    },
  };
}
