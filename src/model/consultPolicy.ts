import { actionProblem } from '../policies/actions.js';
import type { AttackRecord } from '../policies/types.js';
import { schedule } from './EventQueue.js';
import { type RunState, STRIKE_LANDING } from './RunState.js';

/**
 * Ask the foreign force's policy what to do now, after an attack or on the daily check,
 * and schedule the strike it orders to land after its delay.
 *
 * The observation object is the run's own and is reused between calls (no allocation per
 * check); a policy must copy what it wants to keep. The strike is aimed at the militia
 * that made the triggering attack, or on a daily check at the one that attacked last.
 *
 * @param state - the run state at the decision time (mutated)
 * @param attack - the attack that just happened (trigger 'attack'), or null on the daily check
 * @param militia - the militia a strike would target
 * @returns whether the policy ordered a strike
 * @throws RangeError when the policy returns an invalid action (its name, the field, the value)
 * @example
 * consultPolicy(state, null, 0); // => false under restraint
 */
export function consultPolicy(
  state: RunState,
  attack: AttackRecord | null,
  militia: number,
): boolean {
  const t = state.now;
  const obs = state.observation;
  obs.time = t;
  obs.trigger = attack ? 'attack' : 'daily';
  obs.attack = attack;
  obs.pendingStrikes = state.pendingCount;
  obs.ownKilled = state.tally.foreignKilled;
  obs.ownWounded = state.tally.foreignWounded;
  const action = state.cs.policy.decide(obs, state.policyRandom);
  if (!action.strike) return false;
  const problem = actionProblem(action);
  if (problem !== undefined)
    throw new RangeError(`${problem} (policy ${state.cs.policy.meta.name} at time ${t})`);
  const index = state.pending.length;
  state.pending.push({
    decidedAt: t,
    delayDays: action.delayDays,
    targets: action.targets,
    care: action.care,
    militia,
    hostKilled: -1,
  });
  state.pendingCount++;
  schedule(state.queue, t + action.delayDays, STRIKE_LANDING, index);
  return true;
}
