import { describe, expect, it } from 'vitest';
import type { DataError } from '../../src/data/DataError.js';
import { loadEvents } from '../../src/data/loadEvents.js';
import { dataErrorMessage } from '../helpers/dataErrorMessage.js';
import { expectClose } from '../helpers/expectClose.js';

describe('loadEvents: CSV', () => {
  it('reads dates and times, sorts by time, derives the start from the earliest date', () => {
    const csv = [
      'date,type,actor,killed,notes',
      '2020-03-14T10:51+03:00,attack,KH,,"33 rockets, 7 launchers"',
      '2020-03-13,strike,US,5,',
      '2020-03-11,attack,,3,"deadly,',
      'two lines"',
    ].join('\r\n');
    const { events, start, issues, undated } = loadEvents(csv);
    expect(start).toBe('2020-03-11');
    expect(issues).toEqual([]);
    expect(undated).toEqual([]);
    expect(events.map((e) => [e.type, e.origin])).toEqual([
      ['attack', { line: 4 }],
      ['strike', { line: 3 }],
      ['attack', { line: 2 }],
    ]);
    expect(events[0]?.notes).toBe('deadly,\r\ntwo lines');
    expect(events[1]?.time).toBe(2);
    // 10:51 at UTC+3 = 07:51 UTC, three days after Mar 11 00:00 UTC.
    expectClose(events[2]?.time as number, 3 + (7 * 60 + 51) / 1440, { abs: 1e-12 });
    expect(events[2]?.precision).toBe('minute');
    expect(events[1]?.precision).toBe('day');
  });

  it('takes bare times as given (start null) and an explicit start for dates', () => {
    expect(loadEvents('time,type\n1.5,attack\n0.25,attack\n').events.map((e) => e.time)).toEqual([
      0.25, 1.5,
    ]);
    expect(loadEvents('time,type\n1.5,attack\n').start).toBeNull();
    const r = loadEvents('date,type\n2020-01-27,attack\n', { start: '2020-01-01' });
    expect(r.events[0]?.time).toBe(26);
    expect(r.start).toBe('2020-01-01');
  });

  it('spreads same-day dates within their day on request', () => {
    const csv = 'date,type\n2020-01-02,attack\n2020-01-02,attack\n2020-01-03,attack\n';
    expect(loadEvents(csv).events.map((e) => e.time)).toEqual([0, 0, 1]);
    const spread = loadEvents(csv, { dayPrecision: 'spread' }).events.map((e) => e.time);
    expect(spread).toHaveLength(3);
    expectClose(spread[0] as number, 1 / 3, { abs: 1e-12 });
    expectClose(spread[1] as number, 2 / 3, { abs: 1e-12 });
    expectClose(spread[2] as number, 1.5, { abs: 1e-12 });
  });

  it('keeps documented undated events apart', () => {
    const r = loadEvents(
      'date,type,precision,actor\n2020-01-01,attack,,\n,political,unknown,JOC\n',
    );
    expect(r.events).toHaveLength(1);
    expect(r.undated).toEqual([
      { type: 'political', precision: 'unknown', actor: 'JOC', origin: { line: 3 } },
    ]);
  });

  it('names every bad cell with its physical line, column and rule', () => {
    const csv = [
      'date,type,killed,wounded,woundedMax',
      '"2020-01-01",attack,0,,', // line 2 fine
      '2020-13-01,attack,,,', // line 3
      '2020-01-02,"raid',
      'party",-1,,', // record starts on line 4
      '2020-01-03,attack,1,4,3', // line 6
      '2020-01-04,attack,x,,', // line 7
      ',attack,,,', // line 8
      '2020-01-05,attack', // line 9
    ].join('\n');
    expect(dataErrorMessage(() => loadEvents(csv))).toMatchInlineSnapshot(`
      "Invalid event data (7 issues):
        line 3, column "date": "2020-13-01" is not an ISO date (YYYY-MM-DD, optional THH:MM and offset)
        line 4, column "type": "raid\\nparty" must be one of attack, strike, casualties, political, withdrawal
        line 4, column "killed": "-1" must be a whole number >= 0
        line 6, column "woundedMax": "3" needs "wounded" (the lower bound) and must be >= it
        line 7, column "killed": "x" is not a number
        line 8: needs a date or a time (or precision "unknown" for an undated event)
        line 9: has 2 fields, the header has 5"
    `);
    expect(dataErrorMessage(() => loadEvents('date,type,killed\n2020-01-01,attack,1.5\n'))).toMatch(
      /line 2, column "killed": "1.5" must be a whole number >= 0/,
    );
  });

  it('with onInvalid skip keeps the good rows and returns the issues', () => {
    const csv =
      'date,type,killed\n2020-01-01,attack,1\n2020-02-30,attack,\n2020-01-03,strike,-2\n2020-01-04,attack,\n2020-01-05\n';
    const { events, issues } = loadEvents(csv, { onInvalid: 'skip' });
    expect(events.map((e) => e.origin)).toEqual([{ line: 2 }, { line: 5 }]);
    expect(issues.map((i) => [i.line, i.field])).toEqual([
      [3, 'date'],
      [4, 'killed'],
      [6, undefined],
    ]);
    expect(issues[2]?.rule).toBe('has 1 fields, the header has 3');
  });

  it('refuses a header without date/time or type, and empty input', () => {
    expect(
      dataErrorMessage(() => loadEvents('when,type,actor\n2020-01-01,attack,x\n')),
    ).toMatchInlineSnapshot(`
      "Invalid event data (1 issue):
        line 1: the header needs a "date" or a "time" column (or say which column holds them: the columns option, or --time-column and --date-column in the CLI); it has: when, type, actor"
    `);
    expect(dataErrorMessage(() => loadEvents('date,kind\n'))).toMatch(
      /needs a "type" column; it has: date, kind/,
    );
    expect(dataErrorMessage(() => loadEvents(''))).toMatchInlineSnapshot(`
      "Invalid event data (1 issue):
        line 1: the input is empty: expected a header line or a JSON array"
    `);
    expect(dataErrorMessage(() => loadEvents('\uFEFF \r\n'))).toMatch(/the input is empty/);
  });

  it('ignores columns it does not know and lists them', () => {
    const csv =
      'date,type,note,source,fatalities\n2020-01-27,attack,first,wire,"0"\n2020-02-13,attack,,,3\n';
    const loaded = loadEvents(csv);
    expect(loaded.events.map((e) => e.time)).toEqual([0, 17]);
    expect(loaded.ignoredColumns).toEqual(['note', 'source', 'fatalities']);
    expect(loadEvents('date,type\n2020-01-27,attack\n').ignoredColumns).toEqual([]);
  });

  it('reads fields from differently named columns through the columns option', () => {
    const csv = 'Day,kind\n1.5,attack\n4,attack\n';
    const loaded = loadEvents(csv, { columns: { time: 'Day', type: 'kind' } });
    expect(loaded.events.map((e) => e.time)).toEqual([1.5, 4]);
    expect(loaded.ignoredColumns).toEqual([]);
    const byDate = loadEvents('event_day,date\n2020-03-11,x\n', {
      columns: { date: 'event_day' },
      defaultType: 'attack',
    });
    // The file's own "date" column is ignored once another column is mapped to date.
    expect(byDate.events.map((e) => e.date)).toEqual(['2020-03-11']);
    expect(byDate.ignoredColumns).toEqual(['date']);
    expect(dataErrorMessage(() => loadEvents(csv, { columns: { time: 'day' } }))).toMatch(
      /line 1, column "day": is given as the time column but is not in the header \(it has: Day, kind\)/,
    );
    expect(() => loadEvents(csv, { columns: { when: 'Day' } as never })).toThrow(
      /^columns\.when is not a field of the event format/,
    );
  });

  it('refuses mixing bare times and bare dates without a start', () => {
    expect(
      dataErrorMessage(() => loadEvents('date,time,type\n,1,attack\n2020-01-01,,attack\n')),
    ).toMatchInlineSnapshot(`
      "Invalid event data (1 issue):
        input: rows mix bare times (line 2) with bare dates (line 3); give a start date so dates can be converted to days"
    `);
    const ok = loadEvents('date,time,type\n,1,attack\n2020-01-01,,attack\n', {
      start: '2019-12-31',
    });
    expect(ok.events.map((e) => e.time)).toEqual([1, 1]);
  });

  it('throws a RangeError for a malformed start option', () => {
    expect(() => loadEvents('date,type\n2020-01-01,attack\n', { start: '1/1/2020' })).toThrow(
      /^start is not an ISO date/,
    );
  });

  it('cuts long messages but keeps every issue', () => {
    const csv = `date,type\n${'2020-01-01,raid\n'.repeat(25)}`;
    let caught: DataError | undefined;
    try {
      loadEvents(csv);
    } catch (e) {
      caught = e as DataError;
    }
    expect(caught?.issues).toHaveLength(25);
    expect(caught?.message.split('\n')).toHaveLength(22);
    expect(caught?.message.endsWith('... and 5 more')).toBe(true);
  });
});

describe('loadEvents: JSON', () => {
  it('reads JSON text and parsed arrays', () => {
    const events = [
      { date: '2020-03-13T01:15+03:00', type: 'strike', killed: 5 },
      { time: 0.5, date: '2020-03-11', type: 'attack', killed: 3 },
    ];
    const fromText = loadEvents(JSON.stringify(events), { start: '2020-03-11' });
    const fromValue = loadEvents(events, { start: '2020-03-11' });
    expect(fromValue).toEqual(fromText);
    expect(fromText.events.map((e) => e.origin)).toEqual([{ index: 1 }, { index: 0 }]);
    // time wins over date when both are given
    expect(fromText.events[0]?.time).toBe(0.5);
    expectClose(fromText.events[1]?.time as number, 1 + (22 * 60 + 15) / 1440, { abs: 1e-12 });
  });

  it('names the JSON path of each problem', () => {
    const bad = [
      { date: '2020-01-01', type: 'attack' },
      { date: '2020-01-32', type: 'attack', killed: -1 },
      'not an event',
      { type: 'strike' },
      { date: '2020-01-04', type: 'attack', killed: '3' },
    ];
    expect(dataErrorMessage(() => loadEvents(bad))).toMatchInlineSnapshot(`
      "Invalid event data (5 issues):
        at [1].date: "2020-01-32" is not an ISO date (YYYY-MM-DD, optional THH:MM and offset)
        at [1].killed: -1 must be a whole number >= 0
        at [2]: "not an event" must be an object
        at [3]: needs a date or a time (or precision "unknown" for an undated event)
        at [4].killed: "3" must be a number"
    `);
    expect(dataErrorMessage(() => loadEvents({ events: [] }))).toMatch(
      /at the top level: must be an array of events/,
    );
    expect(dataErrorMessage(() => loadEvents('[{"date": '))).toMatch(
      /line 1: is not valid JSON at column 11: the text ends where a value was expected/,
    );
  });
});

describe('loadEvents: unknown JSON keys', () => {
  it('ignores keys it does not know, as CSV ignores columns, and lists them once each', () => {
    const events = [
      { date: '2020-01-27', type: 'attack', source: 'wire', note: null },
      { date: '2020-02-13', type: 'attack', kiled: 2, source: 'table' },
      { date: '2020-02-13', type: 'attack', killed: 1 },
    ];
    const loaded = loadEvents(JSON.stringify(events));
    expect(loaded.events.map((e) => [e.time, e.killed])).toEqual([
      [0, undefined],
      [17, undefined],
      [17, 1],
    ]);
    expect(loaded.ignoredColumns).toEqual(['source', 'note', 'kiled']);
    // The same rows as CSV give the same events and the same list.
    const csv =
      'date,type,source,note,kiled,killed\n2020-01-27,attack,wire,,,\n2020-02-13,attack,table,,2,\n2020-02-13,attack,,,,1\n';
    const fromCsv = loadEvents(csv);
    expect(fromCsv.events.map((e) => [e.time, e.killed])).toEqual(
      loaded.events.map((e) => [e.time, e.killed]),
    );
    expect(fromCsv.ignoredColumns).toEqual(['source', 'note', 'kiled']);
    expect(loadEvents([{ date: '2020-01-27', type: 'attack' }]).ignoredColumns).toEqual([]);
  });

  it('still checks the fields it knows on a row with unknown keys', () => {
    expect(
      dataErrorMessage(() => loadEvents([{ date: '2020-01-27', type: 'atack', extra: 1 }])),
    ).toMatch(/at \[0\]\.type: .*must be one of attack, strike/);
  });
});

describe('loadEvents defaultType', () => {
  it('reads a plain list of dates as attacks when told the default type', () => {
    const { events } = loadEvents('date\n2020-01-27\n2020-02-13\n', { defaultType: 'attack' });
    expect(events.map((e) => [e.type, e.time])).toEqual([
      ['attack', 0],
      ['attack', 17],
    ]);
  });

  it('still requires a type column without a default', () => {
    expect(() => loadEvents('date\n2020-01-27\n')).toThrow(/needs a "type" column/);
  });
});
