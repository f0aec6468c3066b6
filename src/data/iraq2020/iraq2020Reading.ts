import { spreadWithinDay } from '../spreadWithinDay.js';
import { toDays } from '../toDays.js';
import { IRAQ_2020_ATTACKS } from './attacks.js';
import { BAGHDAD } from './sources.js';
import { IRAQ_2020_POLITICAL, IRAQ_2020_STRIKE } from './strike.js';
import { sumCounts } from './sumCounts.js';
import type {
  CasualtyFigure,
  Count,
  DocumentedAttack,
  DocumentedPoliticalEvent,
  Precision,
  Provenance,
  ReadingName,
  Side,
} from './types.js';

/** Counts per side; `null` = not documented. */
export type SideCounts = Readonly<Record<Side, Count>>;

/** An attack or strike as a reading places it on the time axis. */
export interface ReadingEvent {
  readonly id: string;
  readonly type: 'attack' | 'strike';
  /** Baghdad calendar day (`YYYY-MM-DD`) or ISO date-time with offset. */
  readonly date: string;
  /** Days since `start`; day-precision events at mid-day Baghdad time (see `iraq2020Reading`). */
  readonly time: number;
  readonly precision: Precision;
  /** The sources say "about" this time. */
  readonly approximate: boolean;
  readonly dateProvenance: Provenance;
  readonly tableRow: number | null;
  readonly actor: string | null;
  readonly target: string;
  readonly location: string | null;
  readonly weapon: 'rockets' | 'mortars' | null;
  readonly rockets: Count;
  readonly launchers: Count;
  readonly sites: Count;
  readonly killed: SideCounts;
  readonly wounded: SideCounts;
  /** The figures the totals come from, each with its provenance. */
  readonly casualties: readonly CasualtyFigure[];
}

/** A political reaction in a reading: undated, known only to follow `after`. */
export interface ReadingPoliticalEvent extends Omit<DocumentedPoliticalEvent, 'date'> {
  readonly time: null;
  /** The time of the event it reacts to: a lower bound on its own time. */
  readonly notBeforeDays: number;
}

/** One reading of the 2020 sequence, ready for fitting and simulation. */
export interface Iraq2020Reading {
  readonly name: ReadingName;
  readonly description: string;
  /** Day 0: 2020-01-01 at 00:00 UTC (`toDays` convention). */
  readonly start: '2020-01-01';
  readonly timeZone: typeof BAGHDAD;
  /** Start of the Baghdad day of the first documented attack: where the source's record begins. */
  readonly documentedFromDays: number;
  /** End of the Baghdad day of the last dated attack or strike. */
  readonly horizonDays: number;
  readonly attacks: readonly ReadingEvent[];
  /** `attacks[i].time`, strictly increasing. */
  readonly attackTimes: readonly number[];
  readonly attackPrecision: readonly Precision[];
  readonly strikes: readonly ReadingEvent[];
  readonly political: readonly ReadingPoliticalEvent[];
  /** Documented attacks this reading cannot date (in `table` and `text`: the deadly Camp Taji attack). */
  readonly undatedAttacks: readonly DocumentedAttack[];
}

/** What each reading takes (DESIGN.md, "The documented sequence"). */
export const IRAQ_2020_READINGS: Readonly<Record<ReadingName, string>> = {
  table:
    "The article's table as printed: nine attacks at day precision, the 33-rocket attack on March 13; the strike a day before it, on March 12.",
  text: "The article's text: the strike on March 13 and the 33-rocket attack a day later, March 14; the other eight attacks at their table dates.",
  wire: 'Wire-report dates and times: ten attacks, adding the deadly Camp Taji attack of March 11 (about 19:30); January 26 19:30, February 16 03:24 and March 14 10:51 Baghdad time; the strike at about 01:15 on March 13; the other attacks at their table dates.',
};

const START = '2020-01-01';
const dayStart = (date: string) =>
  toDays(`${date.slice(0, 10)}T00:00:00${BAGHDAD.utcOffset}`, START);

function sides(figures: readonly CasualtyFigure[], outcome: 'killed' | 'wounded'): SideCounts {
  const of = (side: Side) =>
    sumCounts(
      figures.filter((f) => f.outcome === outcome && f.side === side).map((f) => f.count.value),
    );
  return {
    foreign: of('foreign'),
    host: of('host'),
    militia: of('militia'),
    unspecified: of('unspecified'),
  };
}

/**
 * One named reading of the documented 2020 sequence: attacks, the strike and the political
 * reactions on a time axis in days since 2020-01-01 00:00 UTC.
 *
 * Why: the source disagrees with itself by a day and wire reports differ again; every fit and
 * simulation must say which dating it used, and compare conclusions across all three.
 *
 * Conventions. Start 2020-01-01 (UTC) is a calendar anchor, not a documented quiet period: the
 * source's record begins with the embassy attack (`documentedFromDays`), so a fit over
 * [0, horizon] treats January 1-26 as observed and quiet, which the source does not support.
 * Timed events convert exactly from Baghdad time (UTC+3). Day-precision events sit at mid-day
 * Baghdad time (12:00, i.e. day start + 0.5; `spreadWithinDay` spaces several on one day
 * evenly, though no reading has two attacks on one day). The horizon is the end of the Baghdad
 * day of the last dated attack or strike. Figures: `table` and `text` use the article's
 * casualty figures, `wire` the wire reports'.
 *
 * @param name - `table`, `text` or `wire`
 * @returns the reading (a fresh object; the data set itself is not modified)
 * @throws RangeError when `name` is not a reading
 * @example
 * iraq2020Reading('wire').attacks.length;
 * // => 10
 */
export function iraq2020Reading(name: ReadingName): Iraq2020Reading {
  if (!Object.hasOwn(IRAQ_2020_READINGS, name)) {
    throw new RangeError(`name must be one of table, text, wire, received ${JSON.stringify(name)}`);
  }
  const dated = IRAQ_2020_ATTACKS.flatMap((a) => {
    const d = a.dates[name];
    return d === null ? [] : [{ a, d }];
  });
  const dayIdx = dated.flatMap(({ d }, i) => (d.precision === 'day' ? [i] : []));
  const placed = spreadWithinDay(dayIdx.map((i) => dayStart(dated[i]?.d.value ?? '')));
  const attacks: ReadingEvent[] = dated.map(({ a, d }, i) => {
    const k = dayIdx.indexOf(i);
    const figures =
      name === 'wire' ? (a.casualties.wire ?? a.casualties.article) : a.casualties.article;
    return {
      id: a.id,
      type: 'attack',
      date: d.value,
      time: k >= 0 ? (placed[k] ?? 0) : toDays(d.value, START),
      precision: d.precision,
      approximate: d.approximate === true,
      dateProvenance: d.provenance,
      tableRow: a.tableRow,
      actor: a.attributedTo?.value ?? null,
      target: a.target.value,
      location: a.place.value,
      weapon: a.weapon.value,
      rockets: a.rockets?.value ?? null,
      launchers: a.launchers?.value ?? null,
      sites: null,
      killed: sides(figures, 'killed'),
      wounded: sides(figures, 'wounded'),
      casualties: figures,
    };
  });
  attacks.sort((x, y) => x.time - y.time);
  const s = IRAQ_2020_STRIKE;
  const sd = s.dates[name];
  if (sd === null) throw new RangeError(`reading ${name} has no date for the strike`);
  const strike: ReadingEvent = {
    id: s.id,
    type: 'strike',
    date: sd.value,
    time: sd.precision === 'day' ? dayStart(sd.value) + 0.5 : toDays(sd.value, START),
    precision: sd.precision,
    approximate: sd.approximate === true,
    dateProvenance: sd.provenance,
    tableRow: null,
    actor: s.actor.value,
    target: s.target.value,
    location: null,
    weapon: null,
    rockets: null,
    launchers: null,
    sites: s.sites.value,
    killed: sides(s.casualties, 'killed'),
    wounded: sides(s.casualties, 'wounded'),
    casualties: s.casualties,
  };
  const lastDay =
    [...attacks, strike]
      .map((e) => e.date.slice(0, 10))
      .sort()
      .at(-1) ?? START;
  const first = attacks[0];
  return {
    name,
    description: IRAQ_2020_READINGS[name],
    start: START,
    timeZone: BAGHDAD,
    documentedFromDays: first === undefined ? 0 : dayStart(first.date),
    horizonDays: dayStart(lastDay) + 1,
    attacks,
    attackTimes: attacks.map((a) => a.time),
    attackPrecision: attacks.map((a) => a.precision),
    strikes: [strike],
    political: IRAQ_2020_POLITICAL.map(({ date: _d, ...p }) => ({
      ...p,
      time: null,
      notBeforeDays: strike.time,
    })),
    undatedAttacks: IRAQ_2020_ATTACKS.filter((a) => a.dates[name] === null),
  };
}
