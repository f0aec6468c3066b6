import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/data/parseCsv.js';

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
