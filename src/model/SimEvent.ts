import type { AttackRecord, StrikeRecord } from '../policies/types.js';

/** Fields every logged event carries: days from the scenario start and the calendar date. */
interface Timed {
  /** Days from the scenario's `start` (a float). */
  readonly time: number;
  /** The same instant as an ISO 8601 date-time in UTC, e.g. `2020-03-11T19:30:00.000Z`. */
  readonly date: string;
}

/**
 * A militia attack on a base with its marks: rockets fired and the casualties they caused
 * among the foreign and host personnel there. It is also the record a policy reads.
 */
export interface AttackEvent extends AttackRecord, Timed {
  readonly type: 'attack';
}

/** A retaliation strike that landed: what was decided, its intelligence quality and effect. */
export interface StrikeEvent extends StrikeRecord, Timed {
  readonly type: 'strike';
  /** The militia whose sites were struck. */
  readonly militia: string;
  readonly hostWounded: number;
}

/** The host government's reactions as its sovereignty pressure crosses a threshold. */
export type PoliticalLevel = 'condemnation' | 'summon' | 'expulsion';

/** A host-government reaction: a condemnation, ambassadors summoned, or an expulsion demand. */
export interface PoliticalEvent extends Timed {
  readonly type: 'political';
  readonly level: PoliticalLevel;
  /** Host pressure P just after the jump that crossed the threshold. */
  readonly pressure: number;
}

/** The foreign force left the host country; no attack on it follows. */
export interface WithdrawalEvent extends Timed {
  readonly type: 'withdrawal';
}

/**
 * One entry of a run's event log, in time order. Casualties are marks of the attack or
 * strike that caused them (not separate entries), so a log never counts them twice.
 */
export type SimEvent = AttackEvent | StrikeEvent | PoliticalEvent | WithdrawalEvent;

/** The state of the run at a requested trace time (its left limit: before events at that instant). */
export interface TracePoint extends Timed {
  /** Total attack intensity on the foreign force, attacks per day (0 after withdrawal). */
  readonly intensity: number;
  /** Per militia, in scenario order. */
  readonly militias: readonly {
    readonly id: string;
    readonly intensity: number;
    readonly capability: number;
  }[];
  readonly domesticPressure: number;
  readonly hostPressure: number;
}

/**
 * A warning returned as data: the event cap (`event-cap`) or the engine's step cap
 * (`step-cap`) cut the run short.
 */
export interface RunWarning {
  readonly code: 'event-cap' | 'step-cap';
  readonly message: string;
}
