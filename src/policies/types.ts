import type { RandomSource } from '../random/createRng.js';

/** One militia attack as a retaliation policy sees it. Times are days from the scenario start. */
export interface AttackRecord {
  readonly time: number;
  readonly militia: string;
  readonly base: string;
  readonly rockets: number;
  readonly foreignKilled: number;
  readonly foreignWounded: number;
  readonly hostKilled: number;
  readonly hostWounded: number;
}

/** One retaliation strike: when it was decided, when it landed, and what it did. */
export interface StrikeRecord {
  readonly decidedAt: number;
  readonly time: number;
  readonly targets: number;
  readonly care: number;
  readonly quality: number;
  readonly occupiedHits: number;
  readonly militiaKilled: number;
  readonly hostKilled: number;
}

/**
 * What a foreign force's policy observes when it decides: after each attack
 * (`trigger: 'attack'`) and on the daily check (`trigger: 'daily'`). Histories are in time
 * order and complete; a policy's `meta.memoryDepth` bounds how many of the latest entries
 * it may read.
 */
export interface PolicyObservation {
  readonly time: number;
  readonly trigger: 'attack' | 'daily';
  /** The attack that just happened (trigger 'attack'), else null. */
  readonly attack: AttackRecord | null;
  /**
   * Every attack so far, in time order. After an attack it includes the triggering one as its
   * last entry (`attacks[attacks.length - 1] === attack`); policies rely on this.
   */
  readonly attacks: readonly AttackRecord[];
  /** Strikes that have landed, in landing order (pending ones are only counted, below). */
  readonly strikes: readonly StrikeRecord[];
  /** Strikes decided but not yet landed. */
  readonly pendingStrikes: number;
  /** Cumulative own killed and wounded. */
  readonly ownKilled: number;
  readonly ownWounded: number;
  /** The foreign force's domestic pressure D(t). */
  readonly domesticPressure: number;
  /** The host government's sovereignty pressure P(t) and its expulsion threshold. */
  readonly hostPressure: number;
  readonly expulsionThreshold: number;
}

/** A policy's decision: hold, or strike `targets` sites after `delayDays` with `care` in [0, 1]. */
export type PolicyAction =
  | { readonly strike: false }
  | {
      readonly strike: true;
      readonly delayDays: number;
      readonly targets: number;
      readonly care: number;
    };

/** Classifier metadata, after Axelrod's strategy classifiers. */
export interface PolicyMeta {
  readonly name: string;
  readonly description: string;
  /** How many of the latest attacks/strikes the policy reads; Infinity for the whole history. */
  readonly memoryDepth: number;
  readonly stochastic: boolean;
  /** Which observation fields it reads. */
  readonly reads: readonly (keyof PolicyObservation)[];
  readonly references: readonly string[];
}

/** A retaliation policy: a decision rule with metadata. `rng` is drawn from only if stochastic. */
export interface Policy {
  readonly meta: PolicyMeta;
  decide(observation: PolicyObservation, rng: RandomSource): PolicyAction;
}

/** Every field of a PolicyObservation, for metadata that says a policy may read them all. */
export const OBSERVATION_FIELDS = Object.freeze([
  'time',
  'trigger',
  'attack',
  'attacks',
  'strikes',
  'pendingStrikes',
  'ownKilled',
  'ownWounded',
  'domesticPressure',
  'hostPressure',
  'expulsionThreshold',
] as const satisfies readonly (keyof PolicyObservation)[]);
