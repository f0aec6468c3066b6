import type { Dating, Fact, Provenance } from './types.js';

/**
 * How `where` cites the article: the standfirst (the line under the headline), paragraphs of
 * the body numbered from 1 ("A day after the U.S. and England hit…" is paragraph 1; the table
 * heading is not a paragraph; "The raid on Kataib Hezbollah sites…" after the table is
 * paragraph 4) and the table's rows 1-9 in printed order.
 */
export const ARTICLE_PARTS = {
  title: 'By Killing Iraqi Soldiers & Police the US Ensures Attacks on Its Forces Will Continue',
  publisher: 'Musings on Iraq',
  paragraphs: 7,
  tableRows: 9,
  tableTitle: 'Recent Attacks Upon Iraqi Bases That House U.S. Forces',
} as const;

/** The local time zone of every documented time: Baghdad, UTC+3 all year (no daylight saving in 2020). */
export const BAGHDAD = { name: 'Asia/Baghdad', utcOffset: '+03:00' } as const;

/**
 * Provenance helpers, so the data files read like the source. `tableRow(7)` cites a row of the
 * article's table, `paragraph(4)` a paragraph of its text, `WIRE` the wire reports (their
 * dates and times as DESIGN.md summarises them), `derived(rule)` a value computed from others.
 *
 * @param row - table row, 1-9
 * @returns the provenance
 * @example
 * tableRow(7).where;
 * // => 'table row 7'
 */
export const tableRow = (row: number): Provenance => ({
  source: 'article',
  where: `table row ${row}`,
});

/**
 * Cite a paragraph of the article's body (numbered as in `ARTICLE_PARTS`).
 *
 * @param n - paragraph, 1-7
 * @returns the provenance
 * @example
 * paragraph(4).where;
 * // => 'article text, paragraph 4'
 */
export const paragraph = (n: number): Provenance => ({
  source: 'article',
  where: `article text, paragraph ${n}`,
});

/** The standfirst under the headline. */
export const STANDFIRST: Provenance = { source: 'article', where: 'article standfirst' };

/** Contemporary wire reports (dates, times and counts as summarised in DESIGN.md). */
export const WIRE: Provenance = { source: 'wire', where: 'contemporary wire reports' };

/**
 * Cite a value computed from other facts; `where` states the rule and what it uses.
 *
 * @param where - the rule, e.g. 'table row 9 less one day, per paragraph 1'
 * @returns the provenance
 * @example
 * derived('table row 9 less one day').source;
 * // => 'derived'
 */
export const derived = (where: string): Provenance => ({ source: 'derived', where });

/**
 * A value with its provenance; `approximate` for "about", "roughly".
 *
 * @param value - the documented value
 * @param provenance - where it comes from
 * @param approximate - whether the source hedges it
 * @returns the fact
 * @example
 * fact(33, paragraph(1)).value;
 * // => 33
 */
export const fact = <T>(value: T, provenance: Provenance, approximate = false): Fact<T> =>
  approximate ? { value, provenance, approximate: true } : { value, provenance };

/**
 * A Baghdad calendar day (day precision).
 *
 * @param date - `YYYY-MM-DD`
 * @param provenance - where it comes from
 * @returns the dating
 * @example
 * onDay('2020-02-13', tableRow(2)).precision;
 * // => 'day'
 */
export const onDay = (date: string, provenance: Provenance): Dating => ({
  value: date,
  provenance,
  precision: 'day',
});

/**
 * A Baghdad local time on a day (minute precision), stored with the +03:00 offset.
 *
 * @param date - `YYYY-MM-DD`
 * @param hhmm - local time `HH:MM`
 * @param provenance - where it comes from
 * @param approximate - whether the source says "about"
 * @returns the dating
 * @example
 * atTime('2020-03-14', '10:51', WIRE).value;
 * // => '2020-03-14T10:51:00+03:00'
 */
export const atTime = (
  date: string,
  hhmm: string,
  provenance: Provenance,
  approximate = false,
): Dating => ({
  ...fact(`${date}T${hhmm}:00${BAGHDAD.utcOffset}`, provenance, approximate),
  precision: 'minute',
});
