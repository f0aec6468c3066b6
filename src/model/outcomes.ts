import type { RunState } from './RunState.js';

/**
 * The outcome metrics of one run: a flat row of numbers, `null` where a metric does not
 * apply (e.g. `expulsionDay` when no expulsion was demanded). Days are from the start.
 */
export interface Outcomes {
  /** Attacks on the foreign force. */
  readonly attacks: number;
  /**
   * attacks · 30 / days the force was present (to the withdrawal, else the end): the rate
   * while there was a force to attack, so an expulsion does not read as deterrence.
   */
  readonly attacksPer30Days: number;
  /**
   * Attacks per 30 days before the first strike landed; null without strikes. A ratio within
   * one run: its mean over runs is biased (a count over a random time). For the pooled rate
   * divide mean counts by mean days: attacksBeforeFirstStrike / firstStrikeDay.
   */
  readonly attackRateBeforeFirstStrike: number | null;
  /**
   * Attacks per 30 days from the first strike to the end (or the withdrawal); null without
   * strikes. Pooled: attacksAfterFirstStrike / daysAfterFirstStrike (see above).
   */
  readonly attackRateAfterFirstStrike: number | null;
  /** Attacks before the first strike landed; null without strikes. */
  readonly attacksBeforeFirstStrike: number | null;
  /** Attacks from the first strike on, while the force is present; null without strikes. */
  readonly attacksAfterFirstStrike: number | null;
  /** Days from the first strike to the end (or the withdrawal); null without strikes. */
  readonly daysAfterFirstStrike: number | null;
  readonly rockets: number;
  readonly foreignKilled: number;
  readonly foreignWounded: number;
  readonly hostKilledByMilitia: number;
  readonly hostWoundedByMilitia: number;
  readonly hostKilledByStrikes: number;
  readonly hostWoundedByStrikes: number;
  /** Militia fighters killed by strikes. */
  readonly militiaLosses: number;
  /** Strikes that landed. */
  readonly strikes: number;
  /** Struck sites that were occupied. */
  readonly occupiedHits: number;
  readonly firstStrikeDay: number | null;
  /** Mean capability over the militias at the end, in [0, 1]. */
  readonly capabilityAtEnd: number;
  /**
   * Largest total attack intensity (attacks per day) the engine evaluated: just after
   * every attack and strike, and at every thinning candidate. A lower bound on the
   * supremum, exact when capability stays 1 and responses are ≥ 0 (the intensity then only
   * falls between jumps).
   */
  readonly peakIntensity: number;
  /**
   * Attack → strike → attack cycles: strikes that landed within `cycleWindowDays` after an
   * attack and were followed by another attack within `cycleWindowDays`.
   */
  readonly cycles: number;
  readonly condemnations: number;
  readonly ambassadorsSummoned: number;
  /** Largest host pressure of the run, from its initial level on. */
  readonly peakHostPressure: number;
  /** 1 when the host government demanded withdrawal, else 0. */
  readonly expulsionDemanded: number;
  readonly expulsionDay: number | null;
  readonly withdrawalDay: number | null;
  /** 1 when the event cap stopped the run before the horizon, else 0. */
  readonly eventCapReached: number;
  /** Days simulated: the horizon, or the day the cap stopped the run. */
  readonly daysSimulated: number;
}

/** Every outcome name, in a stable order (for streaming summaries and table columns). */
export const OUTCOME_NAMES = [
  'attacks',
  'attacksPer30Days',
  'attackRateBeforeFirstStrike',
  'attackRateAfterFirstStrike',
  'attacksBeforeFirstStrike',
  'attacksAfterFirstStrike',
  'daysAfterFirstStrike',
  'rockets',
  'foreignKilled',
  'foreignWounded',
  'hostKilledByMilitia',
  'hostWoundedByMilitia',
  'hostKilledByStrikes',
  'hostWoundedByStrikes',
  'militiaLosses',
  'strikes',
  'occupiedHits',
  'firstStrikeDay',
  'capabilityAtEnd',
  'peakIntensity',
  'cycles',
  'condemnations',
  'ambassadorsSummoned',
  'peakHostPressure',
  'expulsionDemanded',
  'expulsionDay',
  'withdrawalDay',
  'eventCapReached',
  'daysSimulated',
] as const satisfies readonly (keyof Outcomes)[];

/** The name of one outcome metric. */
export type OutcomeName = (typeof OUTCOME_NAMES)[number];

/**
 * Read the outcomes of a finished run from its tally.
 *
 * @param state - the state after simulateRun
 * @param end - the time the run ended
 * @returns the outcome row
 * @example
 * const state = createRunState(compileScenario(presets.restraint), '1/0', false, []);
 * collectOutcomes(state, simulateRun(state)).strikes; // => 0
 */
export function collectOutcomes(state: RunState, end: number): Outcomes {
  const t = state.tally;
  const struck = !Number.isNaN(t.firstStrikeTime);
  const presenceEnd = Number.isNaN(t.withdrawalTime) ? end : t.withdrawalTime;
  let capability = 0;
  for (const c of state.capability) capability += c;
  return {
    attacks: t.attacks,
    attacksPer30Days: perMonth(t.attacks, presenceEnd) ?? 0,
    attackRateBeforeFirstStrike: struck
      ? perMonth(t.attacksBeforeFirstStrike, t.firstStrikeTime)
      : null,
    attackRateAfterFirstStrike: struck
      ? perMonth(t.attacks - t.attacksBeforeFirstStrike, presenceEnd - t.firstStrikeTime)
      : null,
    attacksBeforeFirstStrike: struck ? t.attacksBeforeFirstStrike : null,
    attacksAfterFirstStrike: struck ? t.attacks - t.attacksBeforeFirstStrike : null,
    daysAfterFirstStrike: struck ? presenceEnd - t.firstStrikeTime : null,
    rockets: t.rockets,
    foreignKilled: t.foreignKilled,
    foreignWounded: t.foreignWounded,
    hostKilledByMilitia: t.hostKilledByMilitia,
    hostWoundedByMilitia: t.hostWoundedByMilitia,
    hostKilledByStrikes: t.hostKilledByStrikes,
    hostWoundedByStrikes: t.hostWoundedByStrikes,
    militiaLosses: t.militiaLosses,
    strikes: t.strikes,
    occupiedHits: t.occupiedHits,
    firstStrikeDay: struck ? t.firstStrikeTime : null,
    capabilityAtEnd: capability / state.capability.length,
    peakIntensity: t.peakIntensity,
    cycles: t.cycles,
    condemnations: t.condemnations,
    ambassadorsSummoned: t.summons,
    peakHostPressure: t.peakHostPressure,
    expulsionDemanded: Number.isNaN(t.expulsionTime) ? 0 : 1,
    expulsionDay: Number.isNaN(t.expulsionTime) ? null : t.expulsionTime,
    withdrawalDay: Number.isNaN(t.withdrawalTime) ? null : t.withdrawalTime,
    eventCapReached: state.stopped ? 1 : 0,
    daysSimulated: end,
  };
}

/** count · 30 / days, or null for no days. (Not a closure: one per row would be an allocation.) */
function perMonth(count: number, days: number): number | null {
  return days > 0 ? (count * 30) / days : null;
}
