import { streamDraw } from '../random/streamDraw.js';
import { consultPolicy } from './consultPolicy.js';
import { peekTime, pop } from './EventQueue.js';
import { engineStepCap, stopAtStepCap } from './engineStepCap.js';
import { stopAtCap } from './handleAttack.js';
import { handleScheduled } from './handleScheduled.js';
import {
  advanceMilitias,
  capabilityBound,
  militiaIntensity,
  redrawCandidate,
} from './militiaDynamics.js';
import { DAILY_CHECK, type RunState } from './RunState.js';
import { recordAttack } from './recordAttack.js';
import { startRun } from './startRun.js';

/**
 * The engine's loop for a run of one militia without a trace, the common case (every preset,
 * calibration's replays, most ensembles): the same run as simulateGeneralRun, draw for
 * draw, with the militia's state (excitation, response, capability, candidate and bound)
 * held in local variables instead of the run state's arrays, and the thinning step, the
 * intensity and the candidate's redraw written out in the loop instead of called.
 *
 * Why: ensembles, comparisons, sweeps and calibration run millions of replicates, and the
 * general loop's per-candidate work (calls through the state, typed-array reads and writes
 * for every militia) cost more than the draws and exponentials themselves.
 *
 * How it stays the same run: every expression is the general path's (militiaDynamics,
 * handleAttack) with M = 1, evaluated in the same order; the attack's marks, casualties,
 * record and pressures come from the same code (recordAttack); scheduled events are handled
 * by the same code (handleScheduled), and the militia's state is handed back to the run
 * state before a strike or the withdrawal (which move it) and read again after. A test
 * compares the two loops' outcomes, event logs and warnings on every preset and on random
 * scenarios.
 *
 * @param state - a fresh run state of a one-militia scenario without trace times (mutated)
 * @returns the time the run ended (the horizon, or the time a cap stopped it)
 * @throws RangeError when the scenario has more than one militia or the run keeps a trace
 * @example
 * const state = createRunState(compileScenario(presets.restraint), '42/0', false, []);
 * simulateOneMilitia(state); // => 365
 */
export function simulateOneMilitia(state: RunState): number {
  const cs = state.cs;
  if (cs.militiaIds.length !== 1 || state.trace !== null)
    throw new RangeError(
      `state must be a run of one militia without a trace, received ${cs.militiaIds.length} militias${state.trace === null ? '' : ' and a trace'}`,
    );
  const horizon = cs.horizon;
  const queue = state.queue;
  const tally = state.tally;
  const cap = cs.cap;
  const mu = cs.baseline[0] as number;
  const beta = cs.decay[0] as number;
  const delta = cs.responseDecay[0] as number;
  const recovery = cs.recovery[0] as number;
  // Self-excitation enters the intensity only when n > 0 (the general path's sparse sources).
  const excited = (cs.sources[0] as Int32Array).length > 0;
  const n = excited ? ((cs.sourceWeights[0] as Float64Array)[0] as number) : 0;
  const draws = state.attackStream[0] as (typeof state.attackStream)[number];

  startRun(state);
  redrawCandidate(state, 0, 0);
  const start = militiaIntensity(state, 0);
  if (start > tally.peakIntensity) tally.peakIntensity = start;

  let t = state.t;
  let a = state.excitation[0] as number;
  let r = state.response[0] as number;
  let c = state.capability[0] as number;
  let atHorizon = state.capabilityAtHorizon[0] as number;
  let candidate = state.candidate[0] as number;
  let bound = state.bound[0] as number;
  let withdrawn = state.withdrawn;
  let steps = engineStepCap(cap);
  for (;;) {
    if (--steps < 0) {
      stopAtStepCap(state);
      break;
    }
    const s = peekTime(queue);
    if (s <= candidate) {
      if (s > horizon) break;
      state.now = s;
      const kind = queue.kinds[0] as number;
      const payload = queue.payloads[0] as number;
      pop(queue);
      // A daily check leaves the militia alone; a strike or the withdrawal moves it.
      if (kind === DAILY_CHECK) handleScheduled(state, kind, payload);
      else {
        state.t = t;
        state.excitation[0] = a;
        state.response[0] = r;
        state.capability[0] = c;
        state.capabilityAtHorizon[0] = atHorizon;
        state.candidate[0] = candidate;
        state.bound[0] = bound;
        handleScheduled(state, kind, payload);
        t = state.t;
        a = state.excitation[0] as number;
        r = state.response[0] as number;
        c = state.capability[0] as number;
        atHorizon = state.capabilityAtHorizon[0] as number;
        candidate = state.candidate[0] as number;
        bound = state.bound[0] as number;
        withdrawn = state.withdrawn;
      }
      continue;
    }
    if (candidate > horizon) break;
    const at = candidate;
    state.now = at;
    // advanceMilitias
    const dt = at - t;
    if (dt > 0) {
      if (a !== 0) a *= Math.exp(-beta * dt);
      if (r !== 0) r *= Math.exp(-delta * dt);
      if (c < 1) c = 1 - (1 - c) * Math.exp(-recovery * dt);
      t = at;
    }
    // militiaIntensity: λ = C·max(0, μ + n·A + R)
    let lambda = 0;
    if (!withdrawn) {
      const x = excited ? mu + r + n * a : mu + r;
      lambda = x > 0 ? c * x : 0;
    }
    if (lambda > tally.peakIntensity) tally.peakIntensity = lambda;
    if (streamDraw(draws) * bound < lambda) {
      // handleAttack: excite, book, note the intensity, stop at the cap, consult the policy
      // (the redraw, which the general path makes first, draws from a stream of its own).
      a += beta;
      const record = recordAttack(state, 0);
      let after = 0;
      if (!withdrawn) {
        const x = excited ? mu + r + n * a : mu + r;
        after = x > 0 ? c * x : 0;
      }
      if (after > tally.peakIntensity) tally.peakIntensity = after;
      if (tally.attacks >= cap) {
        stopAtCap(state, at);
        break;
      }
      if (!withdrawn) consultPolicy(state, record, 0);
    }
    // redrawCandidate from `at`, its usual case inline (capability near its horizon level).
    const x = excited ? mu + Math.max(r, 0) + n * a : mu + Math.max(r, 0);
    let level = atHorizon;
    let until = Number.POSITIVE_INFINITY;
    if (2 * c < atHorizon) {
      state.capability[0] = c;
      state.capabilityAtHorizon[0] = atHorizon;
      const window = capabilityBound(state, 0, at);
      level = window.level;
      until = window.until;
    }
    bound = level * x;
    candidate =
      bound > 0 && !withdrawn
        ? at - Math.log1p(-streamDraw(draws)) / bound
        : Number.POSITIVE_INFINITY;
    if (candidate > until) {
      candidate = until;
      bound = Number.POSITIVE_INFINITY;
    }
  }
  const end = state.stopped ? state.now : horizon;
  state.t = t;
  state.excitation[0] = a;
  state.response[0] = r;
  state.capability[0] = c;
  state.capabilityAtHorizon[0] = atHorizon;
  state.candidate[0] = candidate;
  state.bound[0] = bound;
  advanceMilitias(state, end);
  return end;
}
