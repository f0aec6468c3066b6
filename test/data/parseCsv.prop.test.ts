import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvRecordStream } from '../../src/data/csvRecordStream.js';
import { eachCsvRecord, parseCsv } from '../../src/data/parseCsv.js';

// Cells drawn from characters that stress quoting: commas, quotes, CR, LF, spaces.
const cellChar = fc.constantFrom('a', 'b', ' ', ',', '"', '\n', '\r', '\r\n', 'é');
const cell = fc.array(cellChar, { maxLength: 6 }).map((cs) => cs.join(''));
const quote = (s: string) => (/[",\r\n]|^\s|\s$/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

describe('parseCsv properties', () => {
  it('invariant: writing a table with RFC 4180 quoting and parsing it gives the table back, with each record on the line where it starts', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 4 })
          .chain((width) =>
            fc.tuple(
              fc.constant(width),
              fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 6 }),
            ),
          ),
        fc.constantFrom('\n', '\r\n'),
        ([width, rows], eol) => {
          const header = Array.from({ length: width }, (_, k) => `c${k}`);
          // A record of one empty cell would be a blank line, which CSV cannot tell apart.
          const body = rows.filter((r) => !(width === 1 && r[0] === ''));
          const lines = [header, ...body].map((r) => r.map(quote).join(','));
          const text = lines.join(eol) + eol;
          const parsed = parseCsv(text);
          expect(parsed.records.map((r) => r.fields)).toEqual(body);
          // Expected line: 1 + line breaks written before the record starts.
          let line = 1;
          const expected: number[] = [];
          for (const l of lines) {
            expected.push(line);
            line += (l + eol).split(/\r\n|\n|\r/).length - 1;
          }
          expect([parsed.headerLine, ...parsed.records.map((r) => r.line)]).toEqual(expected);
          // Independent check: csv-parse reads the same fields.
          const theirs = parse(text, { skip_empty_lines: true }) as string[][];
          expect(theirs.slice(1)).toEqual(body);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('csvRecordStream properties', () => {
  // Any text, valid or not: what the records (or the error) are must not depend on where the
  // text was cut into pieces.
  const outcome = (pieces: readonly string[]) => {
    const records: [number, string[]][] = [];
    try {
      const stream = csvRecordStream((line, fields) => records.push([line, fields]));
      for (const piece of pieces) stream.push(piece);
      return { records, count: stream.end() };
    } catch (error) {
      return { records: null, error: (error as Error).message };
    }
  };
  it('invariant: text cut into pieces anywhere parses as the whole text does, errors included', () => {
    const char = fc.constantFrom('a', '1', ' ', ',', '"', '""', '\n', '\r', '\r\n', 'é', '\uFEFF');
    fc.assert(
      fc.property(
        fc.array(char, { maxLength: 40 }).map((cs) => cs.join('')),
        fc.array(fc.nat(), { maxLength: 6 }),
        (text, cuts) => {
          const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
          const pieces = [0, ...at].map((from, k) => text.slice(from, at[k] ?? text.length));
          const whole = outcome([text]);
          expect(outcome(pieces)).toEqual(whole);
          if (whole.records !== null) expect(whole.count).toBe(eachCsvRecord(text, () => {}));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
