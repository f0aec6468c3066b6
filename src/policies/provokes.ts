import type { AttackRecord } from './types.js';

/**
 * Which attacks a policy answers: `every` attack, `costly` ones (own killed or wounded > 0)
 * or `deadly` ones (own killed > 0). "Own" is the foreign force's personnel.
 */
export type Provocation = 'every' | 'costly' | 'deadly';

/**
 * Whether an attack counts as a provocation under a rule.
 *
 * @param attack - the attack
 * @param rule - `every`, `costly` or `deadly`
 * @returns true when the policy should answer it
 * @example
 * provokes({ time: 0, militia: 'kh', base: 'taji', rockets: 30, foreignKilled: 0, foreignWounded: 2, hostKilled: 0, hostWounded: 0 }, 'deadly');
 * // => false
 */
export function provokes(attack: AttackRecord, rule: Provocation): boolean {
  if (rule === 'every') return true;
  if (rule === 'deadly') return attack.foreignKilled > 0;
  return attack.foreignKilled + attack.foreignWounded > 0;
}
