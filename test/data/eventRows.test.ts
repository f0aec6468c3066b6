import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVENT_COLUMNS } from '../../src/data/EventRecord.js';
import { type EventRow, eventRowsToCsv } from '../../src/data/eventRowsToCsv.js';
import { dataProvenance } from '../../src/data/iraq2020/dataProvenance.js';
import { iraq2020Reading } from '../../src/data/iraq2020/iraq2020Reading.js';
import { toEventRows } from '../../src/data/iraq2020/toEventRows.js';
import type { ReadingName } from '../../src/data/iraq2020/types.js';
import { loadEvents } from '../../src/data/loadEvents.js';
import { LIBRARY_VERSION } from '../../src/version.js';

const READINGS: readonly ReadingName[] = ['table', 'text', 'wire'];

describe('toEventRows', () => {
  it('lists dated attacks and the strike in time order, then undated events', () => {
    const rows = toEventRows('table');
    expect(rows.map((r) => [r.id, r.type, r.precision])).toEqual([
      ...Array.from({ length: 8 }, (_, k) => [`table-${k + 1}`, 'attack', 'day']),
      ['strike-kh-sites', 'strike', 'day'],
      ['table-9', 'attack', 'day'],
      ['taji-deadly', 'attack', 'unknown'],
      ['joc-condemnation', 'political', 'unknown'],
      ['ambassadors-summoned', 'political', 'unknown'],
    ]);
    expect(toEventRows('wire').filter((r) => r.type === 'attack' && r.time !== null)).toHaveLength(
      10,
    );
  });

  it('writes ranges as lower bound + max, and cites sources', () => {
    const ninth = toEventRows('text').find((r) => r.id === 'table-9');
    // 3 US + 3-4 Iraqi security forces wounded = 6-7.
    expect([ninth?.wounded, ninth?.woundedMax, ninth?.killed]).toEqual([6, 7, null]);
    expect(ninth?.notes).toBe(
      '33 rockets from 7 launchers; wounded: 3 US personnel and 3-4 Iraqi security forces',
    );
    expect(ninth?.provenance).toMatch(
      /rockets, launchers, wounded US personnel, wounded Iraqi security forces: article text, paragraph 1/,
    );
    const strike = toEventRows('wire').find((r) => r.type === 'strike');
    expect([strike?.date, strike?.killed, strike?.killedMax]).toEqual([
      '2020-03-13T01:15:00+03:00',
      5,
      null,
    ]);
    const deadly = toEventRows('wire').find((r) => r.id === 'taji-deadly');
    expect([deadly?.killed, deadly?.wounded, deadly?.woundedMax]).toEqual([3, 12, 14]);
  });

  it('accepts a reading object as well as a name', () => {
    expect(toEventRows(iraq2020Reading('text'))).toEqual(toEventRows('text'));
  });
});

describe('eventRowsToCsv with provenance', () => {
  it('puts the provenance columns first on every row; loadEvents reads the rest and lists them', () => {
    const rows = toEventRows('wire');
    const provenance = dataProvenance('wire');
    expect(provenance).toEqual({ version: LIBRARY_VERSION, dataset: 'iraq-2020', reading: 'wire' });
    const csv = eventRowsToCsv(rows, { ...provenance });
    const lines = csv.trim().split('\n');
    expect(lines[0]).toBe(`version,dataset,reading,${EVENT_COLUMNS.join(',')}`);
    expect(lines).toHaveLength(rows.length + 1);
    for (const line of lines.slice(1))
      expect(line.startsWith(`${LIBRARY_VERSION},iraq-2020,wire,`)).toBe(true);
    const plain = loadEvents(eventRowsToCsv(rows), { start: '2020-01-01' });
    const marked = loadEvents(csv, { start: '2020-01-01' });
    expect(marked.events).toEqual(plain.events);
    expect(marked.undated).toEqual(plain.undated);
    expect(marked.ignoredColumns).toEqual(['version', 'dataset', 'reading']);
  });

  it('refuses a provenance column that is an event column, and an unknown reading', () => {
    expect(() => eventRowsToCsv([], { notes: 'x' })).toThrow(
      'provenance.notes is an event column; name provenance columns apart',
    );
    expect(() => dataProvenance('rumour' as ReadingName)).toThrow(
      'reading must be one of table, text, wire, received "rumour"',
    );
  });
});

describe('eventRowsToCsv → loadEvents round trip', () => {
  it.each(READINGS)('%s reading: every row comes back, times exactly', (name) => {
    const rows = toEventRows(name);
    const back = loadEvents(eventRowsToCsv(rows), { start: '2020-01-01' });
    expect(back.issues).toEqual([]);
    const dated = rows.filter((r) => r.time !== null);
    expect(
      back.events.map((e) => [
        e.id,
        e.time,
        e.type,
        e.killed,
        e.wounded,
        e.woundedMax,
        e.notes,
        e.provenance,
      ]),
    ).toEqual(
      dated.map((r) => [
        r.id,
        r.time,
        r.type,
        r.killed ?? undefined,
        r.wounded ?? undefined,
        r.woundedMax ?? undefined,
        r.notes ?? undefined,
        r.provenance,
      ]),
    );
    expect(back.undated.map((e) => e.id)).toEqual(
      rows.filter((r) => r.time === null).map((r) => r.id),
    );
    expect(back.events.filter((e) => e.type === 'attack').map((e) => e.time)).toEqual(
      iraq2020Reading(name).attackTimes,
    );
  });

  it('the JSON form (nulls for empty cells) loads too', () => {
    const rows = toEventRows('wire');
    const back = loadEvents(JSON.stringify(rows), { start: '2020-01-01' });
    expect(back.events.map((e) => e.time)).toEqual(
      rows.filter((r) => r.time !== null).map((r) => r.time),
    );
    expect(back.undated).toHaveLength(2);
  });

  it('invariant: any text in a cell survives writing and loading (up to trimming and the apostrophe that keeps a formula from running)', () => {
    // OWASP CSV injection: text a spreadsheet would run as a formula is written with a leading '.
    const neutral = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
    const text = fc.string({
      unit: fc.constantFrom('a', ' ', ',', '"', '\n', '\r', '\r\n', 'ü', '=', '+', '-', '@', '\t'),
    });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(text, text, fc.double({ min: -36_525, max: 36_525, noNaN: true })), {
          maxLength: 5,
        }),
        (cells) => {
          const rows: EventRow[] = cells.map(([actor, notes, time]) => ({
            ...Object.fromEntries(Object.keys(toEventRows('table')[0] ?? {}).map((k) => [k, null])),
            type: 'attack',
            time,
            actor,
            notes,
          })) as EventRow[];
          const back = loadEvents(eventRowsToCsv(rows), { start: '2020-01-01' });
          const expected = cells
            .map(([actor, notes, time]) => [
              neutral(actor).trim() || undefined,
              neutral(notes).trim() || undefined,
              Object.is(time, -0) ? 0 : time,
            ])
            .sort((a, b) => (a[2] as number) - (b[2] as number));
          expect(back.events.map((e) => [e.actor, e.notes, e.time])).toEqual(expected);
        },
      ),
      { numRuns: 200 },
    );
  });
});
