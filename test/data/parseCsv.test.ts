import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/data/parseCsv.js';
import { dataErrorMessage } from '../helpers/dataErrorMessage.js';

describe('parseCsv', () => {
  it('reads quoted commas, doubled quotes and quoted newlines, and numbers physical lines', () => {
    const text = [
      'a,b,c',
      '1,"x, y",z',
      '2,"two',
      'lines",w',
      '3,"say ""hi""",',
      '',
      '4,,last',
    ].join('\n');
    const { header, headerLine, records } = parseCsv(text);
    expect(header).toEqual(['a', 'b', 'c']);
    expect(headerLine).toBe(1);
    expect(records).toEqual([
      { line: 2, fields: ['1', 'x, y', 'z'] },
      { line: 3, fields: ['2', 'two\nlines', 'w'] },
      { line: 5, fields: ['3', 'say "hi"', ''] },
      { line: 7, fields: ['4', '', 'last'] },
    ]);
  });

  it('strips a BOM, accepts CRLF and lone CR, keeps CRLF inside quotes', () => {
    const text = '\uFEFFa,b\r\n1,"p\r\nq"\r\n2,3\r4,5\r\n';
    const { header, records } = parseCsv(text);
    expect(header).toEqual(['a', 'b']);
    expect(records).toEqual([
      { line: 2, fields: ['1', 'p\r\nq'] },
      { line: 4, fields: ['2', '3'] },
      { line: 5, fields: ['4', '5'] },
    ]);
  });

  it('allows spaces around a quoted field and trims header names', () => {
    const { header, records } = parseCsv(' a , b \n1, "x" \n');
    expect(header).toEqual(['a', 'b']);
    expect(records[0]?.fields).toEqual(['1', 'x']);
  });

  it('agrees with csv-parse on a mixed fixture (independent implementation)', () => {
    const text = '\uFEFFid,notes,n\r\n1,"a, ""b""\r\nc",3\r\n2,plain,\r\n\r\n3,"",x\r\n';
    const ours = parseCsv(text);
    const theirs = parse(text, {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }) as string[][];
    expect([ours.header, ...ours.records.map((r) => r.fields)]).toEqual(theirs);
  });

  it('reports structural errors with their line', () => {
    expect(dataErrorMessage(() => parseCsv('a,b\n1,2\n3,"open\n\n'))).toMatchInlineSnapshot(`
      "Invalid event data (1 issue):
        line 3: a quoted field opened on this line is never closed"
    `);
    expect(dataErrorMessage(() => parseCsv('a,b\n1,2\n\n3,x"y\n'))).toMatchInlineSnapshot(`
      "Invalid event data (1 issue):
        line 4: a quote inside an unquoted field; quote the whole field and double the quote"
    `);
    expect(dataErrorMessage(() => parseCsv('a,b\n"1\n2"x,3\n'))).toMatchInlineSnapshot(`
      "Invalid event data (1 issue):
        line 3: text follows a closing quote; double a quote inside a quoted field ("")"
    `);
    expect(dataErrorMessage(() => parseCsv('a,,a\n'))).toMatchInlineSnapshot(`
      "Invalid event data (1 issue):
        line 1: header column 2 has no name"
    `);
    expect(dataErrorMessage(() => parseCsv('\n\ndate,date\n'))).toMatchInlineSnapshot(`
      "Invalid event data (1 issue):
        line 3: header column "date" appears twice"
    `);
    expect(dataErrorMessage(() => parseCsv('\uFEFF\r\n\n'))).toMatchInlineSnapshot(`
      "Invalid event data (1 issue):
        line 1: the input is empty: expected a header line"
    `);
  });
});
