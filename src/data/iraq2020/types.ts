/**
 * Types of the embedded 2020 data set. Every documented value is a `Fact` carrying where it
 * comes from; what the sources do not say is `null`, and a spread such as "3-4" is a `Range`.
 */

/**
 * Where a fact comes from.
 * - `article`: the source document (`seed/source-article.md`); `where` names the table row or
 *   paragraph (see `ARTICLE_PARTS`).
 * - `wire`: contemporary wire reports, as summarised in DESIGN.md ("The documented sequence").
 * - `derived`: computed from other facts; `where` states the rule and the facts used.
 */
export interface Provenance {
  readonly source: 'article' | 'wire' | 'derived';
  readonly where: string;
}

/** An inclusive range of whole numbers, for counts the sources give as "3-4". */
export interface Range {
  readonly min: number;
  readonly max: number;
}

/** A count: exact, a range, or `null` when not documented (which is not zero). */
export type Count = number | Range | null;

/** A documented value with its provenance; `approximate` marks "about", "roughly". */
export interface Fact<T> {
  readonly value: T;
  readonly provenance: Provenance;
  readonly approximate?: true;
}

/** How finely a documented time is known. */
export type Precision = 'day' | 'minute';

/**
 * A documented date: `value` is `YYYY-MM-DD` (a Baghdad calendar day) for day precision, or an
 * ISO date-time with the Baghdad offset (`2020-01-26T19:30:00+03:00`) for minute precision.
 */
export interface Dating extends Fact<string> {
  readonly precision: Precision;
}

/** Whose personnel: the foreign force (US, UK), the host state (Iraq), the militia, or not stated. */
export type Side = 'foreign' | 'host' | 'militia' | 'unspecified';

/** One documented casualty figure. */
export interface CasualtyFigure {
  readonly outcome: 'killed' | 'wounded';
  /** Who, in the sources' terms, e.g. "US personnel", "Iraqi police (3rd Babil Police regiment)". */
  readonly group: string;
  readonly side: Side;
  readonly count: Fact<Count>;
}

/** The three named readings of the sequence (DESIGN.md). */
export type ReadingName = 'table' | 'text' | 'wire';

/** A date per reading; `null` where the reading leaves the event out. */
export type DatingByReading = Readonly<Record<ReadingName, Dating | null>>;

/** A documented rocket or mortar attack on a base housing US forces. */
export interface DocumentedAttack {
  readonly id: string;
  /** Row of the article's table (1-9), or `null` for the attack the table leaves out. */
  readonly tableRow: number | null;
  readonly dates: DatingByReading;
  readonly weapon: Fact<'rockets' | 'mortars'>;
  /** The base or facility hit or aimed at. */
  readonly target: Fact<string>;
  /** Where it is, in the article's spelling. */
  readonly place: Fact<string>;
  /** `hit` or `fired at`, as the table words it. */
  readonly outcome: Fact<'hit' | 'fired at'> | null;
  readonly rockets: Fact<Count> | null;
  readonly launchers: Fact<Count> | null;
  readonly attributedTo: Fact<string> | null;
  /** Figures per account: the article's, and the wire reports' where they differ. */
  readonly casualties: {
    readonly article: readonly CasualtyFigure[];
    readonly wire: readonly CasualtyFigure[] | null;
  };
}

/** A documented retaliation strike. */
export interface DocumentedStrike {
  readonly id: string;
  readonly dates: DatingByReading;
  readonly actor: Fact<string>;
  readonly target: Fact<string>;
  readonly sites: Fact<number>;
  readonly motive: Fact<string>;
  readonly casualties: readonly CasualtyFigure[];
}

/** A documented political reaction; the sources give no date, only that it followed the strike. */
export interface DocumentedPoliticalEvent {
  readonly id: string;
  readonly subtype: 'condemnation' | 'ambassadors summoned';
  readonly actor: Fact<string>;
  readonly target: Fact<string>;
  readonly statement: Fact<string>;
  readonly date: null;
  /** The id of the event it reacts to. */
  readonly after: string;
}

/** A claim or assessment the article makes, kept as a fact about the article. */
export interface DocumentedClaim {
  readonly id: string;
  readonly kind: 'count' | 'attribution' | 'assessment';
  /** The claim in our words. */
  readonly statement: string;
  readonly value: Fact<number | string>;
}
