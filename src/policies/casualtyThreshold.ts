import { z } from 'zod';
import type {
  CasualtyThresholdParamsFields,
  CasualtyThresholdParamsInputFields,
} from '../scenario/scenarioTypes.js';
import { HOLD, strikeAction } from './actions.js';
import { DOCUMENTED_STRIKE } from './march2020.js';
import {
  CARE_ASSUMPTION,
  careField,
  DELAY_DOCUMENTED,
  delayDaysField,
  TARGETS_DOCUMENTED,
  targetsField,
} from './paramFields.js';
import { parseParams } from './parseParams.js';
import type { AttackRecord, Policy, PolicyObservation } from './types.js';

/** Parameters of `casualtyThreshold`. */
export const CasualtyThresholdParams = z.strictObject({
  threshold: z
    .int({ error: 'must be a whole number >= 1 (own killed)' })
    .min(1, { error: 'must be a whole number >= 1 (own killed)' })
    .default(DOCUMENTED_STRIKE.threshold)
    .describe(
      'own killed that trigger a strike; default 1 (documented: March 2020, the first lethal attack drew the strike, the non-lethal ones before it did not)',
    ),
  count: z
    .enum(['attack', 'sinceLastStrike'], { error: "must be 'attack' or 'sinceLastStrike'" })
    .default('attack')
    .describe(
      "whose deaths count: the triggering 'attack' alone, or all attacks 'sinceLastStrike' was decided; default attack (documented: one deadly attack drew the strike)",
    ),
  delayDays: delayDaysField(DOCUMENTED_STRIKE.delayDays, DELAY_DOCUMENTED),
  targets: targetsField(DOCUMENTED_STRIKE.targets, TARGETS_DOCUMENTED),
  care: careField(0.5, CARE_ASSUMPTION),
});
/**
 * Parameters of the `casualtyThreshold` policy (`policies.casualtyThreshold`).
 * Each field's unit, default, bounds and source are in its documentation.
 */
export interface CasualtyThresholdParams extends CasualtyThresholdParamsFields {}
/** `CasualtyThresholdParams` as written: fields with defaults may be left out. */
export interface CasualtyThresholdParamsInput extends CasualtyThresholdParamsInputFields {}

// Own killed in attacks after the latest landed strike was decided (the trigger included).
function killedSinceLastStrike(o: PolicyObservation): number {
  const last = o.strikes[o.strikes.length - 1];
  const since = last === undefined ? Number.NEGATIVE_INFINITY : last.decidedAt;
  let killed = 0;
  for (let i = o.attacks.length - 1; i >= 0; i--) {
    const a = o.attacks[i] as AttackRecord;
    if (a.time <= since) break;
    killed += a.foreignKilled;
  }
  return killed;
}

/**
 * Strike only after own deaths reach a threshold — the documented policy of March 2020.
 *
 * Why: with its defaults (1 death in the triggering attack, 5 sites, 1.25 days) this is the
 * baseline the source criticises: quiet after eight non-lethal attacks, a hasty strike on
 * five sites after the lethal one. With `count: 'sinceLastStrike'` deaths accumulate over
 * attacks until a strike is decided; while one is on its way (pendingStrikes > 0) it holds,
 * since that strike answers them (memory depth then unbounded).
 *
 * @param params - `threshold` (own killed; default 1, documented), `count` (`attack` or
 *   `sinceLastStrike`; default attack, documented), `delayDays` (days; default 1.25,
 *   documented), `targets` (sites; default 5, documented), `care` ([0, 1]; default 0.5, assumption)
 * @returns a deterministic policy that decides only after attacks
 * @throws RangeError naming a parameter out of range
 * @example
 * casualtyThreshold().decide(afterAttackKillingThree, rng);
 * // => { strike: true, delayDays: 1.25, targets: 5, care: 0.5 }
 */
export function casualtyThreshold(params: CasualtyThresholdParamsInput = {}): Policy {
  const p = parseParams(CasualtyThresholdParams, params, 'casualtyThreshold');
  const strike = strikeAction(p.delayDays, p.targets, p.care);
  const cumulative = p.count === 'sinceLastStrike';
  const { threshold } = p;
  return {
    meta: Object.freeze({
      name: 'casualtyThreshold',
      description: `Strikes ${p.targets} sites ${p.delayDays} days after own killed reach ${threshold} ${cumulative ? 'since the last strike' : 'in one attack'}.`,
      memoryDepth: cumulative ? Number.POSITIVE_INFINITY : 1,
      stochastic: false,
      reads: Object.freeze(
        cumulative
          ? (['attack', 'attacks', 'strikes', 'pendingStrikes'] as const)
          : (['attack'] as const),
      ),
      references: Object.freeze([
        'Musings on Iraq (2020), "By Killing Iraqi Soldiers & Police the US Ensures Attacks on Its Forces Will Continue" (the March 2020 strike).',
        'Schelling, T. C. (1966). Arms and Influence. Yale University Press (deterrence by punishment).',
      ]),
    }),
    decide(o) {
      const a = o.attack;
      if (a === null) return HOLD;
      if (!cumulative) return a.foreignKilled >= threshold ? strike : HOLD;
      if (o.pendingStrikes > 0) return HOLD;
      return killedSinceLastStrike(o) >= threshold ? strike : HOLD;
    },
  };
}
