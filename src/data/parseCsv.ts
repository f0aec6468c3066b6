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

/** Number of line breaks (CRLF, LF or lone CR each count once) in `s`. */
function countBreaks(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 10 || (c === 13 && s.charCodeAt(i + 1) !== 10)) n++;
  }
  return n;
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
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const n = src.length;
  let visited = 0;
  let i = 0;
  let line = 1;
  while (i < n) {
    const c = src[i];
    if (c === '\n' || c === '\r') {
      i += c === '\r' && src[i + 1] === '\n' ? 2 : 1;
      line++;
      continue;
    }
    const recordLine = line;
    const fields: string[] = [];
    for (;;) {
      let j = i;
      while (src[j] === ' ' || src[j] === '\t') j++;
      if (src[j] === '"') {
        const openLine = line;
        let value = '';
        j++;
        for (;;) {
          const q = src.indexOf('"', j);
          if (q < 0) fail(openLine, 'a quoted field opened on this line is never closed');
          const chunk = src.slice(j, q);
          line += countBreaks(chunk);
          value += chunk;
          if (src[q + 1] === '"') {
            value += '"';
            j = q + 2;
          } else {
            j = q + 1;
            break;
          }
        }
        while (src[j] === ' ' || src[j] === '\t') j++;
        if (j < n && src[j] !== ',' && src[j] !== '\n' && src[j] !== '\r') {
          fail(line, 'text follows a closing quote; double a quote inside a quoted field ("")');
        }
        fields.push(value);
        i = j;
      } else {
        j = i;
        while (j < n && src[j] !== ',' && src[j] !== '\n' && src[j] !== '\r') {
          if (src[j] === '"') {
            fail(
              line,
              'a quote inside an unquoted field; quote the whole field and double the quote',
            );
          }
          j++;
        }
        fields.push(src.slice(i, j));
        i = j;
      }
      if (src[i] === ',') {
        i++;
        continue;
      }
      if (i < n) {
        i += src[i] === '\r' && src[i + 1] === '\n' ? 2 : 1;
        line++;
      }
      break;
    }
    visit(recordLine, visited === 0 ? checkHeader(recordLine, fields) : fields);
    visited++;
  }
  return visited;
}

/** Trimmed header names, refused when one is empty or repeated. */
function checkHeader(line: number, fields: readonly string[]): string[] {
  const header = fields.map((h) => h.trim());
  const seen = new Set<string>();
  header.forEach((name, k) => {
    if (name === '') fail(line, `header column ${k + 1} has no name`);
    if (seen.has(name)) fail(line, `header column "${name}" appears twice`);
    seen.add(name);
  });
  return header;
}
