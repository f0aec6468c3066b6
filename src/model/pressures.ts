import { calendarDate } from './calendarDate.js';
import { schedule } from './EventQueue.js';
import { type RunState, WITHDRAWAL } from './RunState.js';
import type { PoliticalLevel } from './SimEvent.js';

/**
 * The foreign force's domestic pressure D at time t ≥ its last jump: D·e^{−decay·(t − s)}.
 * Pressures are stored with the time of their last jump and decayed on reading, so reading
 * them (every daily check) never changes the run.
 *
 * @param state - the run state
 * @param t - the time, days
 * @returns D(t) ≥ 0
 * @example
 * domesticPressureAt(createRunState(compileScenario(presets.restraint), '1/0', false, []), 10); // => 0
 */
export function domesticPressureAt(state: RunState, t: number): number {
  const { decay } = state.cs.scenario.foreignForce.domesticPressure;
  return state.domesticPressure * Math.exp(-decay * (t - state.domesticPressureAt));
}

/**
 * The host government's sovereignty pressure P(t), decayed from its last jump.
 *
 * @param state - the run state
 * @param t - the time, days (≥ the last jump)
 * @returns P(t) ≥ 0
 * @example
 * hostPressureAt(createRunState(compileScenario(presets.restraint), '1/0', false, []), 10); // => 0
 */
export function hostPressureAt(state: RunState, t: number): number {
  return (
    state.hostPressure *
    Math.exp(-state.cs.scenario.hostGovernment.pressure.decay * (t - state.hostPressureAt))
  );
}

/**
 * Domestic pressure jumps by perKilled·killed + perWounded·wounded of the force's own people.
 *
 * @param state - the run state (mutated)
 * @param t - the time of the attack
 * @param killed - own killed
 * @param wounded - own wounded
 * @example
 * raiseDomesticPressure(state, 5, 1, 2); // D(5) => D(5−) + 1·perKilled + 2·perWounded
 */
export function raiseDomesticPressure(
  state: RunState,
  t: number,
  killed: number,
  wounded: number,
): void {
  const { perKilled, perWounded } = state.cs.scenario.foreignForce.domesticPressure;
  state.domesticPressure = domesticPressureAt(state, t) + perKilled * killed + perWounded * wounded;
  state.domesticPressureAt = t;
}

/**
 * Host pressure jumps by `amount`; each threshold it crosses upward produces a `political`
 * event (a threshold is crossed again after pressure has decayed below it). A threshold the
 * initial pressure already reaches was crossed before the start, so it fires only once
 * pressure has fallen below it. The first expulsion demand schedules the withdrawal after
 * the lag.
 *
 * @param state - the run state (mutated; may schedule the withdrawal)
 * @param t - the time of the jump
 * @param amount - the jump, ≥ 0
 * @example
 * raiseHostPressure(state, 11, 6); // P crosses condemnation (1) and summon (5): two political events
 */
export function raiseHostPressure(state: RunState, t: number, amount: number): void {
  const host = state.cs.scenario.hostGovernment;
  const before = hostPressureAt(state, t);
  const after = before + amount;
  state.hostPressure = after;
  state.hostPressureAt = t;
  const tally = state.tally;
  if (after > tally.peakHostPressure) tally.peakHostPressure = after;
  // Three thresholds, checked in order without iterating (this runs at every strike).
  const { condemnation, summon, expulsion } = host.thresholds;
  if (before < condemnation && condemnation <= after) {
    tally.condemnations++;
    react(state, t, 'condemnation', after);
  }
  if (before < summon && summon <= after) {
    tally.summons++;
    react(state, t, 'summon', after);
  }
  if (before < expulsion && expulsion <= after && Number.isNaN(tally.expulsionTime)) {
    tally.expulsionTime = t;
    schedule(state.queue, t + host.withdrawalLagDays, WITHDRAWAL, 0);
    react(state, t, 'expulsion', after);
  }
}

/** Record a political reaction in the run's history and, when kept, its event log. */
function react(state: RunState, t: number, level: PoliticalLevel, pressure: number): void {
  state.politicalHistory.push({ time: t, level });
  state.log?.push({
    type: 'political',
    time: t,
    date: calendarDate(state.cs.startMs, t),
    level,
    pressure,
  });
}
