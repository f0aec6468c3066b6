import { SCENARIO_LIMITS } from '../scenario/limits.js';
import type { PolicyAction } from './types.js';

/**
 * The one shared "do not strike" action. Frozen, so every policy can return it without
 * allocating (decide runs after every attack and daily, millions of times per second).
 */
export const HOLD: PolicyAction = Object.freeze({ strike: false });

/**
 * A frozen strike action. Policies build their fixed actions once, at creation, and return
 * the same object on every strike.
 *
 * @param delayDays - days from the decision to the strike landing (>= 0)
 * @param targets - sites struck (a whole number >= 1)
 * @param care - care in [0, 1] (higher: fewer collateral host casualties)
 * @returns a frozen `{ strike: true, delayDays, targets, care }`
 * @throws RangeError naming the field when a value is out of range
 * @example
 * strikeAction(1.25, 5, 0.5).targets; // => 5
 */
export function strikeAction(delayDays: number, targets: number, care: number): PolicyAction {
  const problem = actionProblem({ strike: true, delayDays, targets, care });
  if (problem !== undefined) throw new RangeError(problem);
  return Object.freeze({ strike: true, delayDays, targets, care });
}

/**
 * What is wrong with an action, if anything: a strike needs a delay in [0, 36525] days, a
 * whole number of targets in [1, 10000] (`SCENARIO_LIMITS`) and care in [0, 1].
 *
 * Why: the engine turns actions into scheduled strikes; a NaN delay or 0 targets would corrupt
 * a run silently. Custom policies and the test battery check actions with this.
 *
 * @param action - the action to check
 * @returns a message starting with the field name, or undefined when the action is valid
 * @example
 * actionProblem({ strike: true, delayDays: -1, targets: 5, care: 0.5 });
 * // => 'delayDays must be a finite number in [0, 36525], received -1'
 */
export function actionProblem(action: PolicyAction): string | undefined {
  if (action.strike === false) return undefined;
  if (action.strike !== true)
    return `strike must be true or false, received ${String((action as { strike: unknown }).strike)}`;
  const { delayDays, targets, care } = action;
  const { strikeDelayDays: maxDelay, strikeTargets: maxTargets } = SCENARIO_LIMITS;
  if (!(Number.isFinite(delayDays) && delayDays >= 0 && delayDays <= maxDelay)) {
    return `delayDays must be a finite number in [0, ${maxDelay}], received ${delayDays}`;
  }
  if (!(Number.isInteger(targets) && targets >= 1 && targets <= maxTargets)) {
    return `targets must be an integer in [1, ${maxTargets}], received ${targets}`;
  }
  if (!(care >= 0 && care <= 1)) return `care must be in [0, 1], received ${care}`;
  return undefined;
}
