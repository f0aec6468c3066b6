import { describe, expect, it } from 'vitest';
import { ACLED_DEFAULT_MAPPING, mapAcledType } from '../../src/data/acled/acledMapping.js';
import { loadAcledCsv } from '../../src/data/acled/loadAcledCsv.js';
import { parseAcledDate } from '../../src/data/acled/parseAcledDate.js';
import { dataErrorMessage } from '../helpers/dataErrorMessage.js';

// A small ACLED-shaped export written for these tests (not real ACLED rows): BOM, CRLF line
// ends, extra ACLED columns, quoted commas and a quoted newline in notes.
const HEADER =
  'event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,actor2,admin1,location,latitude,longitude,source,notes,fatalities';
const ROWS = [
  'IRQ1,2020-03-11,2020,1,Explosions/Remote violence,Shelling/artillery/missile attack,Kataib Hezbollah,Military Forces of the United States (2017-2021),Baghdad,Taji,33.5,44.2,Reuters,"About 30 rockets, two US and one UK soldier killed",3', // line 2
  'IRQ2,13 March 2020,2020,1,Explosions/Remote violence,Air/drone strike,Military Forces of the United States (2017-2021),Kataib Hezbollah,Babil,Jurf al-Sakhar,32.9,44.2,AFP,"Strikes on five sites;\r\nIraqi soldiers and police killed",5', // lines 3-4
  'IRQ3,14-Mar-2020,2020,2,Explosions/Remote violence,Shelling/artillery/missile attack,Unidentified Armed Group (Iraq),Military Forces of the United States (2017-2021),Baghdad,Taji,33.5,44.2,AP,33 rockets,0', // line 5
  'IRQ4,2020-03-15,2020,1,Protests,Peaceful protest,Protesters (Iraq),,Baghdad,Baghdad,33.3,44.4,AP,,0', // line 6
  'IRQ5,2020-03-16,2020,1,Strategic developments,Arrests,Police Forces of Iraq (2018-),,Basra,Basra,30.5,47.8,AP,,0', // line 7
];
const EXPORT = `\uFEFF${[HEADER, ...ROWS].join('\r\n')}\r\n`;

describe('parseAcledDate', () => {
  it.each([
    ['2020-03-11', '2020-03-11'],
    ['11 March 2020', '2020-03-11'],
    ['1 march 2020', '2020-03-01'],
    ['11-March-2020', '2020-03-11'],
    ['11 Mar 2020', '2020-03-11'],
    ['29 February 2020', '2020-02-29'],
  ])('%j → %j', (input, iso) => {
    expect(parseAcledDate(input)).toBe(iso);
  });
  it.each(['31 April 2020', '11 Ma 2020', '2020/03/11', 'March 11, 2020', '2020-02-30', ''])(
    'rejects %j',
    (input) => {
      expect(parseAcledDate(input)).toBeNull();
    },
  );
});

describe('mapAcledType', () => {
  it('maps by the default rules, first match wins, case ignored', () => {
    const m = (et: string, st: string) => mapAcledType(ACLED_DEFAULT_MAPPING, et, st);
    expect(m('Explosions/Remote violence', 'Shelling/artillery/missile attack')).toBe('attack');
    expect(m('explosions/remote violence', 'air/drone strike')).toBe('strike');
    expect(m('Battles', 'Armed clash')).toBe('attack');
    expect(m('Riots', 'Mob violence')).toBe('political');
    expect(m('Strategic developments', 'Agreement')).toBe('political');
    expect(m('Strategic developments', 'Arrests')).toBeNull();
    expect(m('Weather', 'Rain')).toBeUndefined();
  });
});

describe('loadAcledCsv', () => {
  it('reads an export: BOM, CRLF, quoted commas and newlines, both date forms, extra columns ignored', () => {
    const r = loadAcledCsv(EXPORT);
    expect(r.start).toBe('2020-03-11');
    expect(r.issues).toEqual([]);
    expect(r.excluded).toEqual({ byFilter: 0, byMapping: 1 });
    expect(r.events.map((e) => [e.id, e.date, e.time, e.type, e.killed, e.origin])).toEqual([
      ['IRQ1', '2020-03-11', 0, 'attack', 3, { line: 2 }],
      ['IRQ2', '2020-03-13', 2, 'strike', 5, { line: 3 }],
      ['IRQ3', '2020-03-14', 3, 'attack', 0, { line: 5 }],
      ['IRQ4', '2020-03-15', 4, 'political', 0, { line: 6 }],
    ]);
    const [deadly, strike, salvo] = r.events;
    expect(deadly?.notes).toBe('About 30 rockets, two US and one UK soldier killed');
    expect(deadly?.location).toBe('Taji, Baghdad');
    expect(deadly?.actor).toBe('Kataib Hezbollah');
    expect(deadly?.target).toBe('Military Forces of the United States (2017-2021)');
    expect(deadly?.subtype).toBe('Shelling/artillery/missile attack');
    expect(deadly?.provenance).toBe('ACLED; source: Reuters');
    expect(strike?.notes).toBe('Strikes on five sites;\r\nIraqi soldiers and police killed');
    expect(salvo?.notes).toBe('33 rockets | ACLED time_precision 2: date known to the week');
  });

  it('filters by actor (substring, either side), event and sub-event type, and dates', () => {
    const us = loadAcledCsv(EXPORT, { actors: ['united states'] });
    expect(us.events.map((e) => e.id)).toEqual(['IRQ1', 'IRQ2', 'IRQ3']);
    expect(us.excluded.byFilter).toBe(2);
    const shelling = loadAcledCsv(EXPORT, { subEventTypes: ['shelling/artillery/missile attack'] });
    expect(shelling.events.map((e) => e.id)).toEqual(['IRQ1', 'IRQ3']);
    const window = loadAcledCsv(EXPORT, {
      eventTypes: ['Explosions/Remote violence'],
      from: '2020-03-12',
      to: '2020-03-14',
    });
    expect(window.events.map((e) => e.id)).toEqual(['IRQ2', 'IRQ3']);
    expect(window.start).toBe('2020-03-13');
    expect(loadAcledCsv(EXPORT, { start: '2020-01-01' }).events[0]?.time).toBe(70);
  });

  it('lets users override the mapping', () => {
    const r = loadAcledCsv(EXPORT, {
      mapping: [
        { eventType: 'Protests', type: null },
        { eventType: 'Strategic developments', subEventType: 'Arrests', type: 'political' },
        ...ACLED_DEFAULT_MAPPING,
      ],
    });
    expect(r.events.map((e) => [e.id, e.type])).toContainEqual(['IRQ5', 'political']);
    expect(r.events.map((e) => e.id)).not.toContain('IRQ4');
  });

  it('reports a bad date and a negative fatality count at their lines', () => {
    const bad = [
      HEADER,
      ROWS[0],
      'IRQ6,2020-03-32,2020,1,Battles,Armed clash,A,B,Baghdad,Taji,0,0,AP,"note,\nwith newline",0', // lines 3-4
      'IRQ7,2020-03-12,2020,1,Battles,Armed clash,A,B,Baghdad,Taji,0,0,AP,,-2', // line 5
      'IRQ8,2020-03-12,2020,1,Battles,Armed clash,A,B,Baghdad,Taji,0,0,AP,,two', // line 6
      'IRQ9,2020-03-12,2020,1,Weather,Rain,A,B,Baghdad,Taji,0,0,AP,,0', // line 7
    ].join('\n');
    expect(dataErrorMessage(() => loadAcledCsv(bad))).toMatchInlineSnapshot(`
      "Invalid event data (4 issues):
        line 3, column "event_date": "2020-03-32" is not a date (YYYY-MM-DD or "11 March 2020")
        line 5, column "fatalities": "-2" must be a whole number >= 0
        line 6, column "fatalities": "two" must be a whole number >= 0
        line 7, column "event_type": "Weather / Rain" matches no mapping rule; add one to options.mapping"
    `);
    const skipped = loadAcledCsv(bad, { onInvalid: 'skip' });
    expect(skipped.events.map((e) => e.id)).toEqual(['IRQ1']);
    expect(skipped.issues.map((i) => i.line)).toEqual([3, 5, 6, 7]);
  });

  it('does not validate rows that the filters leave out', () => {
    const text = [
      HEADER,
      ROWS[0],
      'X,not a date,2020,1,Battles,Armed clash,Other,Group,B,L,0,0,S,,-5',
    ].join('\n');
    expect(loadAcledCsv(text, { actors: ['Kataib'] }).events).toHaveLength(1);
  });

  it('names missing required columns and refuses empty input', () => {
    expect(
      dataErrorMessage(() => loadAcledCsv('event_date,actor1,fatalities\n2020-03-11,A,0\n')),
    ).toMatchInlineSnapshot(`
      "Invalid event data (1 issue):
        line 1: the header lacks ACLED column(s) "event_type", "sub_event_type"; it has: event_date, actor1, fatalities"
    `);
    expect(dataErrorMessage(() => loadAcledCsv(''))).toMatch(/line 1: the input is empty/);
    expect(() => loadAcledCsv(EXPORT, { from: 'March' })).toThrow(/^from must be an ISO date/);
  });
});
