import { schedule } from './EventQueue.js';
import { DAILY_CHECK, type RunState, STRIKE_LANDING } from './RunState.js';

/**
 * Schedule what a run starts with: the first daily check (on day 1) and the strikes a
 * replayed record imposes, each as if decided `delayDays` before it lands.
 *
 * @param state - a fresh run state (mutated)
 * @example
 * startRun(state); // state.queue.size => 1 (+ the imposed strikes)
 */
export function startRun(state: RunState): void {
  if (state.cs.horizon >= 1) schedule(state.queue, 1, DAILY_CHECK, 0);
  for (const strike of state.cs.imposedStrikes) {
    const index = state.pending.length;
    state.pending.push({
      decidedAt: strike.time - strike.delayDays,
      delayDays: strike.delayDays,
      targets: strike.targets,
      care: strike.care,
      militia: strike.militia,
      hostKilled: strike.hostKilled ?? -1,
    });
    state.pendingCount++;
    schedule(state.queue, strike.time, STRIKE_LANDING, index);
  }
}
