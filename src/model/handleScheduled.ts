import { calendarDate } from './calendarDate.js';
import { consultPolicy } from './consultPolicy.js';
import { schedule } from './EventQueue.js';
import { handleStrike } from './handleStrike.js';
import { DAILY_CHECK, type RunState, STRIKE_LANDING, WITHDRAWAL } from './RunState.js';

/**
 * Handle a scheduled event at `state.now`: a daily policy check, a strike landing or the
 * withdrawal of the foreign force.
 *
 * @param state - the run state (mutated)
 * @param kind - DAILY_CHECK, STRIKE_LANDING or WITHDRAWAL
 * @param payload - the pending strike's index for a landing
 * @example
 * handleScheduled(state, WITHDRAWAL, 0); // state.withdrawn => true
 */
export function handleScheduled(state: RunState, kind: number, payload: number): void {
  if (kind === DAILY_CHECK) dailyCheck(state);
  else if (kind === STRIKE_LANDING) handleStrike(state, payload);
  else if (kind === WITHDRAWAL) withdraw(state);
}

function dailyCheck(state: RunState): void {
  if (state.withdrawn) return;
  const struck = consultPolicy(state, null, state.lastAttackMilitia);
  // A daily decision that cannot change was made once and held: skip the rest.
  if (!struck && state.cs.dailyDecisionIsConstant) return;
  const next = state.now + 1;
  if (next <= state.cs.horizon) schedule(state.queue, next, DAILY_CHECK, 0);
}

function withdraw(state: RunState): void {
  state.withdrawn = true;
  state.tally.withdrawalTime = state.now;
  state.candidate.fill(Number.POSITIVE_INFINITY);
  state.log?.push({
    type: 'withdrawal',
    time: state.now,
    date: calendarDate(state.cs.startMs, state.now),
  });
}
