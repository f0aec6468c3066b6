import type { AttackRecord } from '../policies/types.js';
import { calendarDate } from './calendarDate.js';
import { consultPolicy } from './consultPolicy.js';
import { redrawCandidate, totalIntensity } from './militiaDynamics.js';
import { raiseDomesticPressure, raiseHostPressure } from './pressures.js';
import type { RunState } from './RunState.js';
import type { AttackEvent } from './SimEvent.js';
import {
  FOREIGN_KILLED,
  FOREIGN_WOUNDED,
  HOST_KILLED,
  HOST_WOUNDED,
  sampleCasualties,
} from './sampleCasualties.js';

/**
 * An accepted attack by militia m at `state.t`: draw its marks, book its casualties,
 * excite the attack process, and let the foreign force's policy react.
 *
 * Marks (from militia m's `marks` stream): the target base by the militia's weights and
 * the rockets from its salvo-size mixture (createSalvoSampler). Casualties come from its
 * `casualties` stream (sampleCasualties: rare hits on populated spots, each harming an
 * over-dispersed number of people, among foreign or host personnel by their exposure).
 *
 * @param state - the run state at the attack time (mutated; may schedule a strike)
 * @param m - the attacking militia
 * @example
 * handleAttack(state, 0); // state.tally.attacks => one more
 */
export function handleAttack(state: RunState, m: number): void {
  const cs = state.cs;
  const t = state.now;
  const rng = state.marksRng[m] as () => number;
  const base = (cs.pickTarget[m] as (r: () => number) => number)(rng);
  const rockets = (cs.sampleRockets[m] as (r: () => number) => number)(rng);
  // Casualties draw from their own stream: how many uniforms they use depends on the base's
  // protection, and targets and rockets must not shift with it (common random numbers).
  const harmed = state.harmed;
  sampleCasualties(state.casualtyRng[m] as () => number, cs, base, rockets, harmed);
  const fk = harmed[FOREIGN_KILLED] as number;
  const fw = harmed[FOREIGN_WOUNDED] as number;
  const hk = harmed[HOST_KILLED] as number;
  const hw = harmed[HOST_WOUNDED] as number;

  state.excitation[m] = (state.excitation[m] as number) + (cs.decay[m] as number);
  const tally = state.tally;
  tally.attacks++;
  tally.rockets += rockets;
  tally.foreignKilled += fk;
  tally.foreignWounded += fw;
  tally.hostKilledByMilitia += hk;
  tally.hostWoundedByMilitia += hw;
  if (Number.isNaN(tally.firstStrikeTime)) tally.attacksBeforeFirstStrike++;
  closeCycles(state, t);
  state.lastAttackTime = t;
  state.lastAttackMilitia = m;

  const militia = cs.militiaIds[m] as string;
  const baseId = cs.baseIds[base] as string;
  let record: AttackRecord;
  if (state.log) {
    const event: AttackEvent = {
      type: 'attack',
      time: t,
      militia,
      base: baseId,
      rockets,
      foreignKilled: fk,
      foreignWounded: fw,
      hostKilled: hk,
      hostWounded: hw,
      date: calendarDate(cs.startMs, t),
    };
    state.log.push(event);
    record = event;
  } else if (state.keepHistory) {
    record = {
      time: t,
      militia,
      base: baseId,
      rockets,
      foreignKilled: fk,
      foreignWounded: fw,
      hostKilled: hk,
      hostWounded: hw,
    };
  } else {
    // Nobody keeps this record past the policy's decision: overwrite one.
    const last = state.lastAttack;
    last.time = t;
    last.militia = militia;
    last.base = baseId;
    last.rockets = rockets;
    last.foreignKilled = fk;
    last.foreignWounded = fw;
    last.hostKilled = hk;
    last.hostWounded = hw;
    record = last;
  }
  if (state.keepHistory) state.attackHistory.push(record);

  if (fk + fw > 0) raiseDomesticPressure(state, t, fk, fw);
  const perAttack = cs.scenario.hostGovernment.pressure.perAttack;
  if (perAttack > 0) raiseHostPressure(state, t, perAttack);

  // Redraw every militia this attack excites, and this one (its candidate was used).
  redrawCandidate(state, m, t);
  for (const k of cs.excites[m] as Int32Array) if (k !== m) redrawCandidate(state, k, t);
  const lambda = totalIntensity(state);
  if (lambda > tally.peakIntensity) tally.peakIntensity = lambda;

  if (tally.attacks >= cs.cap) {
    stopAtCap(state, t);
    return;
  }
  if (!state.withdrawn) consultPolicy(state, record, m);
}

/** Count strikes that this attack closes into an attack → strike → attack cycle. */
function closeCycles(state: RunState, t: number): void {
  const count = state.openCycleCount;
  if (count === 0) return;
  const open = state.openCycles;
  const window = state.cs.scenario.cycleWindowDays;
  for (let i = 0; i < count; i++) if (t - (open[i] as number) <= window) state.tally.cycles++;
  state.openCycleCount = 0;
}

function stopAtCap(state: RunState, t: number): void {
  state.stopped = true;
  const cs = state.cs;
  const message = cs.capIsExplicit
    ? `event cap of ${cs.cap} attacks (maxEvents) reached at day ${t.toFixed(3)}: the run is truncated before the horizon`
    : `safety cap of ${cs.cap} attacks reached at day ${t.toFixed(3)} (no maxEvents set): the policy feedback may make the process explosive; the run is truncated`;
  state.warnings.push({ code: 'event-cap', message });
}
