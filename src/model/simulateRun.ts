import type { RunState } from './RunState.js';
import { simulateGeneralRun } from './simulateGeneralRun.js';
import { simulateOneMilitia } from './simulateOneMilitia.js';

/**
 * Run the event-driven engine from day 0 to the horizon (or the event cap): militia attacks
 * by Ogata thinning, and scheduled events (daily policy checks, strike landings, the
 * withdrawal) from a binary heap (see simulateGeneralRun for the method).
 *
 * A run of one militia without a trace, the common case, takes a specialised loop
 * (simulateOneMilitia) with the militia's state in local variables; anything else takes the
 * general loop. Both make the same draws in the same order with the same arithmetic, so they
 * give the same run (a test compares them on every preset and on random scenarios).
 *
 * @param state - a fresh run state (mutated)
 * @returns the time the run ended (the horizon, or the time the cap stopped it)
 * @example
 * const state = createRunState(compileScenario(presets.restraint), '42/0', true, []);
 * simulateRun(state); // => 365
 */
export function simulateRun(state: RunState): number {
  return state.cs.militiaIds.length === 1 && state.trace === null
    ? simulateOneMilitia(state)
    : simulateGeneralRun(state);
}
