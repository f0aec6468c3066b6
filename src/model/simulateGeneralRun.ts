import { calendarDate } from './calendarDate.js';
import { peekTime, pop } from './EventQueue.js';
import { engineStepCap, stopAtStepCap } from './engineStepCap.js';
import { handleAttack } from './handleAttack.js';
import { handleScheduled } from './handleScheduled.js';
import {
  advanceMilitias,
  intensityAhead,
  militiaIntensity,
  redrawCandidate,
  totalIntensity,
} from './militiaDynamics.js';
import { domesticPressureAt, hostPressureAt } from './pressures.js';
import type { RunState } from './RunState.js';
import { startRun } from './startRun.js';

/**
 * Run the event-driven engine from day 0 to the horizon (or the event cap), for any number
 * of militias and with traces. simulateRun takes this path for what the single-militia
 * loop (simulateOneMilitia) does not cover; both give the same runs, draw for draw.
 *
 * Two kinds of things happen: scheduled events from a binary heap (daily policy checks,
 * strike landings, the withdrawal) and militia attacks, simulated exactly by Ogata
 * thinning. Each militia keeps a candidate time drawn with an intensity bound valid until
 * the next upward jump (see redrawCandidate); the engine takes whichever comes first —
 * the earliest candidate or the next scheduled event. A candidate is accepted as an
 * attack with probability λ_m(c)/bound_m. Handlers update the per-run state in place and
 * schedule into its queue instead of returning new events, so the hot loop allocates
 * nothing but the records policies and the event log need.
 *
 * Cost: O(M) per thinning candidate and O(log queue) per scheduled event; the excitation
 * sums are running state (Ozaki 1979), never sums over the history. At most
 * `engineStepCap(cap)` steps: past it the run stops with a `step-cap` warning.
 *
 * @param state - a fresh run state (mutated)
 * @returns the time the run ended (the horizon, or the time the cap stopped it)
 * @example
 * const state = createRunState(compileScenario(presets.restraint), '42/0', true, []);
 * simulateGeneralRun(state); // => 365
 */
export function simulateGeneralRun(state: RunState): number {
  const cs = state.cs;
  const horizon = cs.horizon;
  const size = cs.militiaIds.length;
  const queue = state.queue;
  startRun(state);
  for (let m = 0; m < size; m++) redrawCandidate(state, m, 0);
  noteIntensity(state, totalIntensity(state));
  let steps = engineStepCap(cs.cap);
  for (;;) {
    if (--steps < 0) {
      stopAtStepCap(state);
      break;
    }
    let m = 0;
    let c = state.candidate[0] as number;
    for (let k = 1; k < size; k++) {
      if ((state.candidate[k] as number) < c) {
        c = state.candidate[k] as number;
        m = k;
      }
    }
    const s = peekTime(queue);
    if (s <= c) {
      if (s > horizon) break;
      recordTraces(state, s);
      state.now = s;
      const kind = queue.kinds[0] as number;
      const payload = queue.payloads[0] as number;
      pop(queue);
      handleScheduled(state, kind, payload);
      continue;
    }
    if (c > horizon) break;
    recordTraces(state, c);
    state.now = c;
    advanceMilitias(state, c);
    const lambda = militiaIntensity(state, m);
    noteIntensity(state, size === 1 ? lambda : totalIntensity(state));
    if ((state.attackRng[m] as () => number)() * (state.bound[m] as number) < lambda) {
      handleAttack(state, m);
      if (state.stopped) break;
    } else redrawCandidate(state, m, c);
  }
  const end = state.stopped ? state.now : horizon;
  recordTraces(state, end);
  advanceMilitias(state, end);
  return end;
}

function noteIntensity(state: RunState, lambda: number): void {
  if (lambda > state.tally.peakIntensity) state.tally.peakIntensity = lambda;
}

/** Record the state at every trace time ≤ upTo, evaluated ahead without moving the run. */
function recordTraces(state: RunState, upTo: number): void {
  const trace = state.trace;
  if (trace === null) return;
  const times = state.traceTimes;
  while (state.traceIndex < times.length && (times[state.traceIndex] as number) <= upTo) {
    const tau = times[state.traceIndex++] as number;
    let intensity = 0;
    const militias = state.cs.militiaIds.map((id, m) => {
      const ahead = intensityAhead(state, m, tau);
      intensity += ahead.intensity;
      return { id, ...ahead };
    });
    trace.push({
      time: tau,
      date: calendarDate(state.cs.startMs, tau),
      intensity,
      militias,
      domesticPressure: domesticPressureAt(state, tau),
      hostPressure: hostPressureAt(state, tau),
    });
  }
}
