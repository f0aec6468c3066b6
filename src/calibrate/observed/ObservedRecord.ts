import type { PoliticalLevel } from '../../model/SimEvent.js';

/** An observed attack; a mark is `null` where the record does not give it. */
export interface ObservedAttack {
  /** Days from the record's `start`; `null` for an attack the record documents without a date. */
  readonly time: number | null;
  readonly rockets: number | null;
  /** Everyone killed (foreign, host and unspecified). */
  readonly killed: number | null;
  /** Everyone wounded (foreign, host and unspecified). */
  readonly wounded: number | null;
  /** Host soldiers and police killed, where the record says whose dead they were. */
  readonly hostKilled: number | null;
  readonly target: string | null;
}

/** An observed retaliation strike. */
export interface ObservedStrike {
  readonly time: number;
  /** Sites struck. */
  readonly targets: number | null;
  /** Host soldiers and police the strike killed. */
  readonly hostKilled: number | null;
  /** Days from the decision (or the attack it answers) to the strike, which sets its intelligence. */
  readonly delayDays: number | null;
}

/** An observed reaction of the host government; its time may be unknown. */
export interface ObservedPolitical {
  readonly level: PoliticalLevel;
  readonly time: number | null;
}

/**
 * An observed event record to calibrate against: attacks with their marks where known, the
 * foreign force's strikes, the host government's reactions, and the window the record covers.
 *
 * Conventions. Times are days from `start`. The window is `(from, to]`: what lies outside it
 * is unknown, not zero. A record usually begins because an attack happened (the 2020 source
 * counts "since January 27", its first attack): such a first attack at `from` is given, not
 * counted, so the count does not carry the record's selection of its own start. Undated
 * attacks (`time: null`) count towards casualty totals but not towards counts or gaps. Ranges
 * in a record (3–4 wounded) are given by their midpoint. A casualty figure the record does not
 * give (`null`) counts as 0 in totals: deaths and woundings on these bases are reported.
 */
export interface ObservedRecord {
  /** What the record is, e.g. `iraq-2020:wire` or a file name. */
  readonly label: string;
  /** Day 0, an ISO date or date-time. */
  readonly start: string;
  /** The record covers (from, to], in days from `start`. */
  readonly window: { readonly from: number; readonly to: number };
  readonly attacks: readonly ObservedAttack[];
  readonly strikes: readonly ObservedStrike[];
  readonly political: readonly ObservedPolitical[];
}
