import type { AttackRecord } from '../policies/types.js';
import { type CategoricalTable, invertCategorical } from '../random/createCategoricalSampler.js';
import { type StreamState, streamDraw } from '../random/streamDraw.js';
import { calendarDate } from './calendarDate.js';
import { drawSalvo, type SalvoTable } from './createSalvoSampler.js';
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
 * Everything an accepted attack by militia m at `state.now` does apart from the attack
 * process itself: draw its marks and casualties, book them, close attack → strike → attack
 * cycles, make the record the policy sees (and the log and history keep), and raise the
 * pressures. handleAttack and the single-militia loop (simulateOneMilitia) share it; they
 * excite the attack process and consult the policy themselves.
 *
 * Marks (from militia m's `marks` stream): the target base by the militia's weights and
 * the rockets from its salvo-size mixture (createSalvoSampler). Casualties come from its
 * `casualties` stream (sampleCasualties: rare hits on populated spots, each harming an
 * over-dispersed number of people, among foreign or host personnel by their exposure).
 *
 * @param state - the run state at the attack time (mutated; may schedule the withdrawal)
 * @param m - the attacking militia
 * @returns the attack as the policy sees it (a reused object when nobody keeps it)
 * @example
 * recordAttack(state, 0).rockets; // => the salvo's size; state.tally.attacks one more
 */
export function recordAttack(state: RunState, m: number): AttackRecord {
  const cs = state.cs;
  const t = state.now;
  // Target, then rockets, from the marks stream, drawn from its state without a closure.
  const marks = state.marksStream[m] as StreamState;
  const base = invertCategorical(cs.targets[m] as CategoricalTable, streamDraw(marks));
  const rockets = drawSalvo(cs.salvos[m] as SalvoTable, marks, state.marksRng[m] as () => number);
  // Casualties draw from their own stream: how many uniforms they use depends on the base's
  // protection, and targets and rockets must not shift with it (common random numbers).
  const harmed = state.harmed;
  sampleCasualties(state.casualtyRng[m] as () => number, cs, base, rockets, harmed);
  const fk = harmed[FOREIGN_KILLED] as number;
  const fw = harmed[FOREIGN_WOUNDED] as number;
  const hk = harmed[HOST_KILLED] as number;
  const hw = harmed[HOST_WOUNDED] as number;

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
  return record;
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
