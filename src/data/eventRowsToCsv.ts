import { csvCell } from '../util/csvCell.js';
import { requireArrayLike } from '../util/requireArgument.js';
import { EVENT_COLUMNS } from './EventRecord.js';

/**
 * A flat event row: the generic event format with every column present, `null` for an
 * empty cell. What `toEventRows` produces and `eventRowsToCsv` writes.
 */
export type EventRow = { readonly [K in (typeof EVENT_COLUMNS)[number]]: string | number | null };

/**
 * Write event rows as CSV (RFC 4180 quoting, `\n` line ends, header first) in the generic
 * event format, which `loadEvents` reads back (text that a spreadsheet would run as a
 * formula gets a leading apostrophe; see csvCell).
 *
 * Why: researchers take the embedded data set into R, Python or a spreadsheet; string building
 * keeps this browser-safe. Numbers are written with `String(n)`, which round-trips exactly.
 *
 * @param rows - rows with the `EVENT_COLUMNS` keys
 * @returns the CSV text, ending with a newline
 * @example
 * eventRowsToCsv([]).split('\n')[0]?.startsWith('id,date,time,precision,type');
 * // => true
 */
export function eventRowsToCsv(rows: readonly EventRow[]): string {
  requireArrayLike('rows', rows, 'an array of event rows (toEventRows(…))');
  const lines = [EVENT_COLUMNS.join(',')];
  for (const row of rows) lines.push(EVENT_COLUMNS.map((c) => csvCell(row[c])).join(','));
  return `${lines.join('\n')}\n`;
}
