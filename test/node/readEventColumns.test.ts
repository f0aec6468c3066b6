import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadEvents } from '../../src/data/loadEvents.js';
import type { EventFileOptions } from '../../src/node/cli/loadEventFile.js';
import { readEventColumns } from '../../src/node/cli/readEventColumns.js';
import { readFitInput } from '../../src/node/cli/readFitInput.js';
import { tempFiles } from '../helpers/tempFiles.js';

const { file } = tempFiles('escalation-sim-columns-');

const options: EventFileOptions = {
  start: undefined,
  dayPlacement: 'spread',
  skipInvalid: false,
  actors: [],
  eventTypes: [],
};

/** What a read gives, or the error it throws, as plain data. */
function outcome(path: string, o: EventFileOptions, pieceBytes: number) {
  try {
    const r = readEventColumns(path, o, pieceBytes);
    const e = r.events;
    return {
      time: Array.from(e.time),
      type: Array.from(e.type),
      killed: Array.from(e.killed),
      origin: Array.from(e.origin),
      precision: Array.from(e.precision),
      start: e.start,
      notes: r.notes,
      dates: Array.from(e.origin, (x) => r.dateAt(x) ?? null),
    };
  } catch (error) {
    return { error: `${(error as Error).name}: ${(error as Error).message}` };
  }
}

// Rows a user might write, good and bad, in an order that is not sorted.
const rows = [
  '2020-01-05,attack,',
  '2020-01-05,attack,2',
  '2020-01-02T10:30Z,strike,3',
  '"2020-01-09",attack,"1"',
  ' 2020-01-03 ,political,',
  '2020-02-30,attack,',
  '2020-01-04,raid,',
  '2020-01-07,attack,-1',
  ',attack,',
  '2020-01-08,attack,"x""y"',
  '"2020-01-06\n",attack,',
];

describe('readEventColumns', () => {
  // The file read in pieces (down to a few bytes) and loaded whole by loadEventFile must
  // agree on everything: times, order, types, lines, notes, and every error message.
  it('invariant: a CSV read in pieces gives what the whole file gives, errors included', () => {
    let read = 0;
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...rows), { minLength: 1, maxLength: 12 }),
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom<'spread' | 'start'>('spread', 'start'),
        fc.integer({ min: 3, max: 40 }),
        (body, eol, bom, skipInvalid, dayPlacement, pieceBytes) => {
          const text = `${bom ? '\uFEFF' : ''}date,type,killed${eol}${body.join(eol)}${eol}`;
          const path = file('events.csv', text);
          const o = { ...options, skipInvalid, dayPlacement };
          const whole = outcome(path, o, 1 << 20);
          expect(outcome(path, o, pieceBytes)).toEqual(whole);
          if ('time' in whole) read++;
        },
      ),
      { numRuns: 300 },
    );
    expect(read).toBeGreaterThan(30); // many files were read, not only refused
  });

  it('reads bare times, renamed columns and non-ASCII text across piece ends', () => {
    const text = 'note,Day\nété,3.5\n"a,b",1.25\nñ,2\n';
    const o = { ...options, columns: { time: 'Day' } };
    const path = file('times.csv', text);
    for (const pieceBytes of [3, 4, 5, 7]) {
      const r = outcome(path, o, pieceBytes);
      expect(r).toEqual(outcome(path, o, 1 << 20));
      expect(r).toMatchObject({ time: [1.25, 2, 3.5], origin: [3, 4, 2] });
    }
  });

  // A file over one piece (1 MiB) as fit reads it: the same attack times as loadEvents gives
  // for its text, and a tie named by its lines and its date as written.
  it('fit reads a file of several pieces as loadEvents reads its text', () => {
    const rows = Array.from({ length: 60_000 }, (_, i) => {
      const day = new Date(Date.UTC(2000, 0, 1) + i * 3_600_000).toISOString().slice(0, 16);
      return `"${day}Z",${i % 7 === 3 ? 'strike' : 'attack'},${i % 5},"note, ${i}"`;
    });
    const text = `\uFEFFdate,type,killed,notes\r\n${rows.join('\r\n')}\r\n`;
    expect(text.length).toBeGreaterThan(2 << 20); // three pieces
    const fit = { ...options, horizon: undefined, window: 'documented' as const, useStrikes: true };
    const input = readFitInput(file('large.csv', text), fit);
    const loaded = loadEvents(text, { format: 'csv', defaultType: 'attack' }).events;
    expect(input.times).toEqual(loaded.filter((e) => e.type === 'attack').map((e) => e.time));
    expect(input.strikes?.hostKilled).toEqual(
      loaded.filter((e) => e.type === 'strike').map((e) => e.killed),
    );
    rows[45_001] = rows[45_000] as string; // both attacks
    const tie = file('large-tie.csv', `date,type,killed,notes\n${rows.join('\n')}\n`);
    expect(() => readFitInput(tie, fit)).toThrow(
      /^line 45003 has the same time as line 45002 \(2005-02-18T00:00Z\)/,
    );
  });

  it('names the lines of a same-time pair with the date as written', () => {
    const path = file(
      'ties.csv',
      'date,type\n2020-01-27,attack\n2020-02-13,attack\n2020-02-13,attack\n',
    );
    const fit = {
      ...options,
      dayPlacement: 'start' as const,
      horizon: undefined,
      window: 'documented' as const,
      useStrikes: false,
    };
    expect(() => readFitInput(path, fit)).toThrow(
      /^line 4 has the same time as line 3 \(2020-02-13\)/,
    );
  });
});
