import { csvRecordStream } from './csvRecordStream.js';
import { DataError } from './DataError.js';

/** One CSV record with the physical line on which it starts (1-based). */
export interface CsvRecord {
  readonly line: number;
  readonly fields: readonly string[];
}

/** A parsed CSV text: the header (first non-blank record) and the records after it. */
export interface ParsedCsv {
  readonly header: readonly string[];
  readonly headerLine: number;
  readonly records: readonly CsvRecord[];
}

const fail = (line: number, rule: string): never => {
  throw new DataError([{ line, rule }]);
};

/**
 * Parse RFC 4180 CSV text (comma-separated, `"`-quoted, `""` for a quote) and keep the line
 * number on which each record starts, counting physical lines: a quoted field that holds a
 * newline moves the following records down.
 *
 * Why our own parser: `csv-parse/sync` reaches Node's global `Buffer` when its module loads,
 * so it cannot run in a browser without a polyfill, and everything outside src/node/ must.
 * This one handles a UTF-8 BOM, CRLF/LF/CR line ends, quoted commas and newlines, spaces around
 * a quoted field, and skips blank lines. Cost: O(length of text).
 *
 * @param text - the CSV text
 * @returns header, header line and records (field count is not checked here)
 * @throws DataError when the text is empty or blank, a quoted field is never closed, a quote
 *   stands inside an unquoted field or text follows a closing quote, or a header name is
 *   empty or repeated — each with its line
 * @example
 * parseCsv('date,type\n"2020-01-27",attack\n').records[0]?.fields;
 * // => ['2020-01-27', 'attack']
 */
export function parseCsv(text: string): ParsedCsv {
  let first: CsvRecord | undefined;
  const records: CsvRecord[] = [];
  eachCsvRecord(text, (line, fields) => {
    if (first === undefined) first = { line, fields };
    else records.push({ line, fields });
  });
  if (first === undefined) return fail(1, 'the input is empty: expected a header line');
  return { header: first.fields, headerLine: first.line, records };
}

/**
 * Visit the records of RFC 4180 CSV text one by one, as `parseCsv` reads them, without
 * keeping them: for files of millions of rows, whose records need not all be held at once.
 * The first record visited is the header, its names checked (trimmed, none empty or
 * repeated) as `parseCsv` checks them.
 *
 * @param text - the CSV text
 * @param visit - called with each record's first physical line and its fields, header first
 * @returns the number of records visited (0 for blank text)
 * @throws DataError as `parseCsv` does, with the line
 * @example
 * const lines: number[] = [];
 * eachCsvRecord('time\n1\n\n2\n', (line) => lines.push(line)); // => 3
 * lines; // => [1, 2, 4]
 */
export function eachCsvRecord(
  text: string,
  visit: (line: number, fields: string[]) => void,
): number {
  const stream = csvRecordStream(visit);
  stream.push(text);
  return stream.end();
}
