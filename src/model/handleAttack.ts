import { consultPolicy } from './consultPolicy.js';
import { redrawCandidate, totalIntensity } from './militiaDynamics.js';
import type { RunState } from './RunState.js';
import { recordAttack } from './recordAttack.js';

/**
 * An accepted attack by militia m at `state.now`: book it (recordAttack: marks, casualties,
 * record, pressures), excite the attack process, and let the foreign force's policy react.
 *
 * @param state - the run state at the attack time (mutated; may schedule a strike)
 * @param m - the attacking militia
 * @example
 * handleAttack(state, 0); // state.tally.attacks => one more
 */
export function handleAttack(state: RunState, m: number): void {
  const cs = state.cs;
  const t = state.now;
  state.excitation[m] = (state.excitation[m] as number) + (cs.decay[m] as number);
  const record = recordAttack(state, m);
  // Redraw every militia this attack excites, and this one (its candidate was used).
  redrawCandidate(state, m, t);
  for (const k of cs.excites[m] as Int32Array) if (k !== m) redrawCandidate(state, k, t);
  const tally = state.tally;
  const lambda = totalIntensity(state);
  if (lambda > tally.peakIntensity) tally.peakIntensity = lambda;

  if (tally.attacks >= cs.cap) {
    stopAtCap(state, t);
    return;
  }
  if (!state.withdrawn) consultPolicy(state, record, m);
}

/**
 * Stop the run at the event cap (the attack just booked reached it), with a warning that
 * says which cap: the scenario's `maxEvents` or the safety cap.
 *
 * @param state - the run state (mutated: stopped, one warning more)
 * @param t - the time of the attack that reached the cap
 * @example
 * stopAtCap(state, 12.5); // state.stopped => true
 */
export function stopAtCap(state: RunState, t: number): void {
  state.stopped = true;
  const cs = state.cs;
  const message = cs.capIsExplicit
    ? `event cap of ${cs.cap} attacks (maxEvents) reached at day ${t.toFixed(3)}: the run is truncated before the horizon`
    : `safety cap of ${cs.cap} attacks reached at day ${t.toFixed(3)} (no maxEvents set): the policy feedback may make the process explosive; the run is truncated`;
  state.warnings.push({ code: 'event-cap', message });
}
