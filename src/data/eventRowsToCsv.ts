import { csvCell } from '../util/csvCell.js';
import { requireArrayLike, requireObject } from '../util/requireArgument.js';
import { EVENT_COLUMNS } from './EventRecord.js';

/**
 * A flat event row: the generic event format with every column present, `null` for an
 * empty cell. What `toEventRows` produces and `eventRowsToCsv` writes.
 */
export type EventRow = { readonly [K in (typeof EVENT_COLUMNS)[number]]: string | number | null };

/**
 * Write event rows as CSV (RFC 4180 quoting, `\n` line ends, header first) in the generic
 * event format, which `loadEvents` reads back (text that a spreadsheet would run as a
 * formula gets a leading apostrophe; see csvCell). Provenance columns, when given, come
 * first with the same value on every row, as in the other CSV outputs (`loadEvents` ignores
 * them and lists them in `ignoredColumns`).
 *
 * Why: researchers take the embedded data set into R, Python or a spreadsheet; string building
 * keeps this browser-safe. Numbers are written with `String(n)`, which round-trips exactly.
 *
 * @param rows - rows with the `EVENT_COLUMNS` keys
 * @param provenance - what made the rows, e.g. `{ version, dataset, reading }` (`dataProvenance`);
 *   its keys must not be event columns
 * @returns the CSV text, ending with a newline
 * @throws RangeError when a provenance key is an event column
 * @example
 * eventRowsToCsv([], { dataset: 'iraq-2020' }).split('\n')[0]?.startsWith('dataset,id,date,time');
 * // => true
 */
export function eventRowsToCsv(
  rows: readonly EventRow[],
  provenance: Readonly<Record<string, string | number>> = {},
): string {
  requireArrayLike('rows', rows, 'an array of event rows (toEventRows(…))');
  requireObject(
    'provenance',
    provenance,
    'an object of provenance columns, e.g. { version, dataset, reading }',
  );
  const fixed = Object.keys(provenance);
  for (const key of fixed)
    if ((EVENT_COLUMNS as readonly string[]).includes(key))
      throw new RangeError(`provenance.${key} is an event column; name provenance columns apart`);
  const prefix = fixed.map((k) => `${csvCell(provenance[k])},`).join('');
  const lines = [[...fixed, ...EVENT_COLUMNS].map((c) => csvCell(c)).join(',')];
  for (const row of rows) lines.push(prefix + EVENT_COLUMNS.map((c) => csvCell(row[c])).join(','));
  return `${lines.join('\n')}\n`;
}
