import type { AttackRecord } from '../policies/types.js';
import { sampleBinomial } from '../random/sampleBinomial.js';
import { sampleNegativeBinomial } from '../random/sampleNegativeBinomial.js';
import { calendarDate } from './calendarDate.js';
import { consultPolicy } from './consultPolicy.js';
import { redrawCandidate, totalIntensity } from './militiaDynamics.js';
import { raiseDomesticPressure, raiseHostPressure } from './pressures.js';
import type { RunState } from './RunState.js';
import type { AttackEvent } from './SimEvent.js';

/**
 * An accepted attack by militia m at `state.t`: draw its marks, book its casualties,
 * excite the attack process, and let the foreign force's policy react.
 *
 * Marks (from militia m's `marks` stream): the target base by the militia's weights;
 * rockets 1 + NB(mean − 1, dispersion). Casualties (from its `casualties` stream): each rocket kills one person with probability
 * k·(1 − protection), else wounds one with probability w·(1 − protection) — binomial
 * counts over the rockets — and each victim is foreign or host by their share of the
 * personnel present. Casualties never exceed the people present at the attack (a rocket that
 * would hit someone already counted is absorbed); garrisons are not depleted between attacks
 * (assumption: losses are replaced).
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
  const extra = cs.extraRocketMean[m] as number;
  const rockets =
    1 + (extra > 0 ? sampleNegativeBinomial(rng, extra, cs.rocketDispersion[m] as number) : 0);
  const foreignPresent = cs.foreignPersonnel[base] as number;
  const hostPresent = cs.hostPersonnel[base] as number;
  const share = cs.foreignShare[base] as number;
  // Casualties draw from their own stream: how many uniforms they use depends on the base's
  // protection, and targets and rockets must not shift with it (common random numbers).
  const hit = state.casualtyRng[m] as () => number;
  const killed = sampleBinomial(hit, rockets, cs.killPerRocket[base] as number);
  const wounded = sampleBinomial(hit, rockets - killed, cs.woundPerSurvivingRocket[base] as number);
  const fk = Math.min(killed > 0 ? sampleBinomial(hit, killed, share) : 0, foreignPresent);
  const hk = Math.min(killed - fk, hostPresent);
  const fw = Math.min(wounded > 0 ? sampleBinomial(hit, wounded, share) : 0, foreignPresent - fk);
  const hw = Math.min(wounded - fw, hostPresent - hk);

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
  const fields = {
    time: t,
    militia,
    base: baseId,
    rockets,
    foreignKilled: fk,
    foreignWounded: fw,
    hostKilled: hk,
    hostWounded: hw,
  };
  let record: AttackRecord = fields;
  if (state.log) {
    const event: AttackEvent = { type: 'attack', ...fields, date: calendarDate(cs.startMs, t) };
    state.log.push(event);
    record = event;
  }
  state.attackHistory.push(record);

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
  const open = state.openCycles;
  if (open.length === 0) return;
  const window = state.cs.scenario.cycleWindowDays;
  for (const landed of open) if (t - landed <= window) state.tally.cycles++;
  open.length = 0;
}

function stopAtCap(state: RunState, t: number): void {
  state.stopped = true;
  const cs = state.cs;
  const message = cs.capIsExplicit
    ? `event cap of ${cs.cap} attacks (maxEvents) reached at day ${t.toFixed(3)}: the run is truncated before the horizon`
    : `safety cap of ${cs.cap} attacks reached at day ${t.toFixed(3)} (no maxEvents set): the policy feedback may make the process explosive; the run is truncated`;
  state.warnings.push({ code: 'event-cap', message });
}
