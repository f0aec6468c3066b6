import type {
  AttackRecord,
  Policy,
  PolicyAction,
  PolicyObservation,
  StrikeRecord,
} from '../../src/policies/types.js';
import type { RandomSource } from '../../src/random/createRng.js';

/** Marks of a scripted attack; all default to 0 (rockets to 1). */
export interface AttackMarks {
  readonly killed?: number;
  readonly wounded?: number;
  readonly rockets?: number;
  readonly hostKilled?: number;
  readonly hostWounded?: number;
}

/** Pressures set at a step; they persist until set again. */
export interface PressureState {
  readonly domesticPressure?: number;
  readonly hostPressure?: number;
  readonly expulsionThreshold?: number;
}

export type Step =
  | {
      readonly kind: 'attack';
      readonly time: number;
      readonly marks: AttackMarks;
      readonly state: PressureState;
    }
  | { readonly kind: 'daily'; readonly time: number; readonly state: PressureState };

/**
 * A scripted sequence of decision points: `script().attack(0).daily(1).attack(10, { killed: 3 }).steps`.
 * Times must not decrease.
 */
export function script() {
  const steps: Step[] = [];
  const push = (step: Step) => {
    const last = steps[steps.length - 1];
    if (last !== undefined && step.time < last.time)
      throw new RangeError(`time must not decrease, received ${step.time}`);
    steps.push(step);
  };
  const builder = {
    steps: steps as readonly Step[],
    attack(time: number, marks: AttackMarks = {}, state: PressureState = {}) {
      push({ kind: 'attack', time, marks, state });
      return builder;
    },
    daily(time: number, state: PressureState = {}) {
      push({ kind: 'daily', time, state });
      return builder;
    },
  };
  return builder;
}

/** Options of the minimal engine that plays a script. */
export interface PlayOptions {
  /** Strike quality q = 1 − e^(−delay / intelligenceDays); default 2 days. */
  readonly intelligenceDays?: number;
}

/**
 * Play a script against a policy with the engine's bookkeeping, minimally: attacks join the
 * history (the triggering one last), strikes are pending until time + delayDays and then
 * land as StrikeRecords (no militia or host losses), own casualties accumulate, pressures
 * are as scripted (domestic 1, host 0, threshold 10 until set).
 *
 * @returns the action taken at each step
 */
export function playScript(
  policy: Policy,
  steps: readonly Step[],
  rng: RandomSource,
  { intelligenceDays = 2 }: PlayOptions = {},
): PolicyAction[] {
  const attacks: AttackRecord[] = [];
  const strikes: StrikeRecord[] = [];
  let pending: { decidedAt: number; time: number; targets: number; care: number; delay: number }[] =
    [];
  let ownKilled = 0;
  let ownWounded = 0;
  let pressures = { domesticPressure: 1, hostPressure: 0, expulsionThreshold: 10 };
  const actions: PolicyAction[] = [];
  for (const step of steps) {
    const landed = pending.filter((s) => s.time <= step.time).sort((a, b) => a.time - b.time);
    pending = pending.filter((s) => s.time > step.time);
    for (const s of landed) {
      const quality = 1 - Math.exp(-s.delay / intelligenceDays);
      strikes.push({
        decidedAt: s.decidedAt,
        time: s.time,
        targets: s.targets,
        care: s.care,
        quality,
        occupiedHits: 0,
        militiaKilled: 0,
        hostKilled: 0,
      });
    }
    pressures = { ...pressures, ...step.state };
    let attack: AttackRecord | null = null;
    if (step.kind === 'attack') {
      const m = step.marks;
      attack = {
        time: step.time,
        militia: 'kh',
        base: 'taji',
        rockets: m.rockets ?? 1,
        foreignKilled: m.killed ?? 0,
        foreignWounded: m.wounded ?? 0,
        hostKilled: m.hostKilled ?? 0,
        hostWounded: m.hostWounded ?? 0,
      };
      attacks.push(attack);
      ownKilled += attack.foreignKilled;
      ownWounded += attack.foreignWounded;
    }
    const observation: PolicyObservation = {
      time: step.time,
      trigger: step.kind,
      attack,
      attacks,
      strikes,
      pendingStrikes: pending.length,
      ownKilled,
      ownWounded,
      ...pressures,
    };
    const action = policy.decide(observation, rng);
    actions.push(action);
    if (action.strike) {
      const { delayDays, targets, care } = action;
      pending.push({
        decidedAt: step.time,
        time: step.time + delayDays,
        targets,
        care,
        delay: delayDays,
      });
    }
  }
  return actions;
}

/** An rng that fails the test if a policy draws from it. */
export const forbiddenRng: RandomSource = () => {
  throw new Error('a non-stochastic policy drew from the rng');
};

/** An rng that replays fixed draws, in order, and counts them. */
export function scriptedRng(draws: readonly number[]): RandomSource & { readonly count: number } {
  let i = 0;
  const rng = (() => {
    if (i >= draws.length) throw new Error(`scriptedRng ran out after ${draws.length} draws`);
    return draws[i++] as number;
  }) as RandomSource & { count: number };
  Object.defineProperty(rng, 'count', { get: () => i });
  return rng;
}

/** Shorthand for expected actions in duels. */
export const H: PolicyAction = { strike: false };
export const S = (delayDays: number, targets: number, care: number): PolicyAction => ({
  strike: true,
  delayDays,
  targets,
  care,
});
