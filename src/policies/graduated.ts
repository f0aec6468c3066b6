import { z } from 'zod';
import { SCENARIO_LIMITS } from '../scenario/limits.js';
import type {
  GraduatedParamsFields,
  GraduatedParamsInputFields,
} from '../scenario/scenarioTypes.js';
import { HOLD, strikeAction } from './actions.js';
import { DOCUMENTED_STRIKE } from './march2020.js';
import {
  CARE_ASSUMPTION,
  careField,
  DELAY_DOCUMENTED,
  delayDaysField,
  respondToField,
} from './paramFields.js';
import { parseParams } from './parseParams.js';
import { provokes } from './provokes.js';
import type { AttackRecord, Policy, PolicyAction, PolicyObservation } from './types.js';

const LADDER_RULE = `must be a non-empty list of at most 50 whole numbers in [1, ${SCENARIO_LIMITS.strikeTargets}], never decreasing (sites per rung)`;

/** Parameters of `graduated`. */
export const GraduatedParams = z.strictObject({
  ladder: z
    .array(
      z
        .int({ error: LADDER_RULE })
        .min(1, { error: LADDER_RULE })
        .max(SCENARIO_LIMITS.strikeTargets, { error: LADDER_RULE }),
      { error: LADDER_RULE },
    )
    .min(1, { error: LADDER_RULE })
    .max(50, { error: LADDER_RULE })
    .refine((l) => l.every((n, i) => i === 0 || n >= (l[i - 1] as number)), { error: LADDER_RULE })
    .default([1, 2, 5, 10])
    .describe(
      'sites struck on the 1st, 2nd, … strike of an episode, the last rung repeating; default [1, 2, 5, 10] (assumption: reaches the documented five on the third strike)',
    ),
  quietDays: z
    .number({ error: 'must be a finite number > 0 (days)' })
    .positive({ error: 'must be a finite number > 0 (days)' })
    .max(SCENARIO_LIMITS.days, { error: 'must be at most 36525 (days)' })
    .default(30)
    .describe('days without attacks after which the ladder resets; default 30 (assumption)'),
  respondTo: respondToField('every', 'assumption: every attack is a step up the ladder'),
  delayDays: delayDaysField(DOCUMENTED_STRIKE.delayDays, DELAY_DOCUMENTED),
  care: careField(0.5, CARE_ASSUMPTION),
});
/**
 * Parameters of the `graduated` policy (`policies.graduated`).
 * Each field's unit, default, bounds and source are in its documentation.
 */
export interface GraduatedParams extends GraduatedParamsFields {}
/** `GraduatedParams` as written: fields with defaults may be left out. */
export interface GraduatedParamsInput extends GraduatedParamsInputFields {}

/**
 * Graduated escalation: each successive strike of an episode climbs one rung of a ladder of
 * target counts; an attack that comes more than `quietDays` after the previous one starts a
 * new episode at the bottom rung.
 *
 * Why: Kahn's escalation ladder and Schelling's graduated compellence — signal resolve with a
 * small strike and raise the cost step by step — against which tit-for-tat's flat answer
 * and a massive first blow can be compared.
 *
 * The rung is the number of strikes decided in the current episode (landed ones decided at or
 * after the episode's first attack, plus pending ones). It reads at most the latest
 * max(2, ladder.length) attacks and strikes: past the top rung, older history cannot matter.
 * This relies on `attacks` ending with the triggering attack (see PolicyObservation).
 *
 * @param params - `ladder` (sites per rung; default [1, 2, 5, 10], assumption), `quietDays`
 *   (days; default 30, assumption), `respondTo` (default every, assumption), `delayDays`
 *   (days; default 1.25, documented), `care` ([0, 1]; default 0.5, assumption)
 * @returns a deterministic policy
 * @throws RangeError naming a parameter out of range
 * @example
 * graduated({ ladder: [1, 3] }).decide(firstAttack, rng).targets; // => 1
 */
export function graduated(params: GraduatedParamsInput = {}): Policy {
  const p = parseParams(GraduatedParams, params, 'graduated');
  const rungs = p.ladder.map((n) => strikeAction(p.delayDays, n, p.care));
  const top = rungs.length - 1;
  const depth = Math.max(2, rungs.length);
  const { quietDays, respondTo } = p;

  const rung = (o: PolicyObservation, attack: AttackRecord): number => {
    const attacks = o.attacks;
    let i = attacks.length - 1;
    if (attacks[i] === attack) i--;
    const previous = attacks[i];
    if (previous === undefined || attack.time - previous.time > quietDays) return 0;
    // The episode starts at the earliest attack reachable by gaps <= quietDays, within the window.
    let start = previous.time;
    for (let j = i - 1; j >= attacks.length - depth && j >= 0; j--) {
      const t = (attacks[j] as AttackRecord).time;
      if (start - t > quietDays) break;
      start = t;
    }
    let k = o.pendingStrikes;
    for (let s = o.strikes.length - 1; s >= 0 && s >= o.strikes.length - depth && k < top; s--) {
      if ((o.strikes[s] as { decidedAt: number }).decidedAt >= start) k++;
    }
    return Math.min(k, top);
  };

  return {
    meta: Object.freeze({
      name: 'graduated',
      description: `Climbs a ladder of ${p.ladder.join(', ')} sites with each strike after an attack; resets after ${quietDays} quiet days.`,
      memoryDepth: depth,
      stochastic: false,
      reads: Object.freeze(['attack', 'attacks', 'strikes', 'pendingStrikes'] as const),
      references: Object.freeze([
        'Kahn, H. (1965). On Escalation: Metaphors and Scenarios. Praeger (the escalation ladder).',
        'Schelling, T. C. (1966). Arms and Influence. Yale University Press (compellence, graduated pressure).',
      ]),
    }),
    decide(o) {
      const a = o.attack;
      if (a === null || !provokes(a, respondTo)) return HOLD;
      return rungs[rung(o, a)] as PolicyAction;
    },
  };
}
