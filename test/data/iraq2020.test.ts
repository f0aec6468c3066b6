import { describe, expect, it } from 'vitest';
import { datasets } from '../../src/data/datasets.js';
import { iraq2020Reading } from '../../src/data/iraq2020/iraq2020Reading.js';
import type { DocumentedAttack, ReadingName } from '../../src/data/iraq2020/types.js';
import { expectClose } from '../helpers/expectClose.js';

const data = datasets.iraq2020;
const READINGS: readonly ReadingName[] = ['table', 'text', 'wire'];
const byRow = (row: number): DocumentedAttack => {
  const a = data.attacks.find((x) => x.tableRow === row);
  if (a === undefined) throw new Error(`no table row ${row}`);
  return a;
};
const deadly = () => {
  const a = data.attacks.find((x) => x.id === 'taji-deadly');
  if (a === undefined) throw new Error('no taji-deadly');
  return a;
};

describe('iraq2020: the article table, row by row', () => {
  // The table as printed in seed/source-article.md.
  const TABLE = [
    [1, '2020-01-27', 'rockets', 'hit', 'US Embassy', 'Green Zone, Baghdad'],
    [2, '2020-02-13', 'rockets', 'hit', 'K1 base', 'Kirkuk'],
    [3, '2020-02-15', 'rockets', 'hit', 'Green Zone', 'Baghdad'],
    [4, '2020-02-21', 'mortars', 'fired at', 'unnamed base', 'Makhmour district, Irbil'],
    [5, '2020-03-01', 'rockets', 'fired at', 'Sadiq base', 'Salahaddin'],
    [6, '2020-03-02', 'rockets', 'hit', 'Green Zone', 'Baghdad'],
    [7, '2020-03-05', 'rockets', 'hit', 'Green Zone', 'Baghdad'],
    [8, '2020-03-07', 'rockets', 'hit', 'Camp Taji', 'Baghdad'],
    [9, '2020-03-13', 'rockets', 'hit', 'Camp Taji', 'Baghdad'],
  ] as const;

  it.each(TABLE)('row %i: %s, %s %s %s, %s', (row, date, weapon, outcome, target, place) => {
    const a = byRow(row);
    const cite = { source: 'article', where: `table row ${row}` };
    expect(a.dates.table).toEqual({ value: date, precision: 'day', provenance: cite });
    expect(a.weapon).toEqual({ value: weapon, provenance: cite });
    expect(a.outcome).toEqual({ value: outcome, provenance: cite });
    expect(a.target).toEqual({ value: target, provenance: cite });
    expect(a.place).toEqual({ value: place, provenance: cite });
  });

  it('has exactly nine table rows and one attack outside the table', () => {
    expect(data.attacks.filter((a) => a.tableRow !== null)).toHaveLength(9);
    expect(data.attacks.filter((a) => a.tableRow === null).map((a) => a.id)).toEqual([
      'taji-deadly',
    ]);
  });
});

describe('iraq2020: facts from the article text', () => {
  it('the 33-rocket attack: 33 rockets, seven launchers, 3 US and 3-4 Iraqi security forces wounded (paragraph 1)', () => {
    const a = byRow(9);
    const p1 = { source: 'article', where: 'article text, paragraph 1' };
    expect(a.rockets).toEqual({ value: 33, provenance: p1 });
    expect(a.launchers).toEqual({ value: 7, provenance: p1 });
    expect(a.casualties.article).toEqual([
      {
        outcome: 'wounded',
        group: 'US personnel',
        side: 'foreign',
        count: { value: 3, provenance: p1 },
      },
      {
        outcome: 'wounded',
        group: 'Iraqi security forces',
        side: 'host',
        count: { value: { min: 3, max: 4 }, provenance: p1 },
      },
    ]);
    expect(a.attributedTo?.provenance.where).toBe('article text, paragraph 2');
  });

  it('the deadly Camp Taji attack: 2 US and 1 UK killed (paragraph 1), no date in the article', () => {
    const a = deadly();
    expect(a.dates.table).toBeNull();
    expect(a.dates.text).toBeNull();
    expect(a.target).toEqual({
      value: 'Camp Taji',
      provenance: { source: 'article', where: 'article text, paragraph 1' },
    });
    const killed = a.casualties.article.map((f) => [
      f.group,
      f.side,
      f.count.value,
      f.count.provenance.where,
    ]);
    expect(killed).toEqual([
      ['US personnel', 'foreign', 2, 'article text, paragraph 1'],
      ['UK personnel', 'foreign', 1, 'article text, paragraph 1'],
    ]);
  });

  it('the strike: US and UK, five Kataib Hezbollah sites; 3 soldiers (19th Division) and 2 police (3rd Babil) killed', () => {
    const s = data.strikes[0];
    expect(s?.actor.value).toBe('United States and United Kingdom');
    expect(s?.target.value).toBe('Kataib Hezbollah');
    expect(s?.sites).toEqual({
      value: 5,
      provenance: { source: 'article', where: 'article text, paragraph 1' },
    });
    expect(
      s?.casualties.map((f) => [
        f.outcome,
        f.group,
        f.side,
        f.count.value,
        f.count.provenance.where,
      ]),
    ).toEqual([
      ['killed', 'Iraqi soldiers (19th Division)', 'host', 3, 'article text, paragraph 4'],
      [
        'killed',
        'Iraqi police (3rd Babil Police regiment)',
        'host',
        2,
        'article text, paragraph 4',
      ],
    ]);
  });

  it('political reactions: JOC condemnation citing sovereignty, ambassadors summoned (paragraph 5), undated', () => {
    const [joc, amb] = data.political;
    expect(joc?.actor.value).toBe('Iraqi Joint Operations Command');
    expect(joc?.statement.value).toMatch(/sovereignty/);
    expect(amb?.actor.value).toBe('Iraqi Foreign Ministry');
    expect(amb?.target.value).toBe('US and UK ambassadors');
    for (const p of data.political) {
      expect(p.date).toBeNull();
      expect(p.actor.provenance.where).toBe('article text, paragraph 5');
    }
  });

  it("keeps the article's own counts as claims: ninth since January 27, fifth in March (paragraph 2)", () => {
    const claim = (id: string) => data.claims.find((c) => c.id === id)?.value;
    expect(claim('ninth-since-jan-27')).toEqual({
      value: 9,
      provenance: { source: 'article', where: 'article text, paragraph 2' },
    });
    expect(claim('fifth-in-march')).toEqual({
      value: 5,
      provenance: { source: 'article', where: 'article text, paragraph 2' },
    });
  });
});

describe('iraq2020: wire reports', () => {
  const wire = { source: 'wire', where: 'contemporary wire reports' };
  it('dates and times (Baghdad, UTC+3) per DESIGN.md', () => {
    expect(byRow(1).dates.wire).toEqual({
      value: '2020-01-26T19:30:00+03:00',
      precision: 'minute',
      approximate: true,
      provenance: wire,
    });
    expect(byRow(3).dates.wire).toEqual({
      value: '2020-02-16T03:24:00+03:00',
      precision: 'minute',
      provenance: wire,
    });
    expect(deadly().dates.wire).toEqual({
      value: '2020-03-11T19:30:00+03:00',
      precision: 'minute',
      approximate: true,
      provenance: wire,
    });
    expect(data.strikes[0]?.dates.wire).toEqual({
      value: '2020-03-13T01:15:00+03:00',
      precision: 'minute',
      approximate: true,
      provenance: wire,
    });
    expect(byRow(9).dates.wire).toEqual({
      value: '2020-03-14T10:51:00+03:00',
      precision: 'minute',
      provenance: wire,
    });
  });

  it('March 11: roughly 30 rockets, 2 US + 1 UK killed, 12-14 wounded; March 14: 3 US + 2 Iraqi wounded', () => {
    expect(deadly().rockets).toEqual({ value: 30, approximate: true, provenance: wire });
    expect(deadly().casualties.wire?.map((f) => [f.outcome, f.side, f.count.value])).toEqual([
      ['killed', 'foreign', 2],
      ['killed', 'foreign', 1],
      ['wounded', 'unspecified', { min: 12, max: 14 }],
    ]);
    expect(byRow(9).casualties.wire?.map((f) => [f.group, f.count.value])).toEqual([
      ['US personnel', 3],
      ['Iraqi security forces', 2],
    ]);
  });
});

describe('iraq2020Reading', () => {
  it('counts attacks per reading: 9, 9, 10', () => {
    expect(READINGS.map((r) => iraq2020Reading(r).attacks.length)).toEqual([9, 9, 10]);
  });

  it('dates the strike March 12 (table), March 13 (text), March 13 ~01:15 (wire)', () => {
    const strike = (r: ReadingName) => iraq2020Reading(r).strikes[0];
    expect(strike('table')?.date).toBe('2020-03-12');
    expect(strike('table')?.dateProvenance.source).toBe('derived');
    expect(strike('text')?.date).toBe('2020-03-13');
    expect(strike('text')?.dateProvenance.where).toBe('article text, paragraph 4');
    expect(strike('wire')?.date).toBe('2020-03-13T01:15:00+03:00');
    for (const r of READINGS) {
      expect(strike(r)?.killed.host).toBe(5);
      expect(strike(r)?.sites).toBe(5);
      expect(strike(r)?.killed.militia).toBeNull();
    }
  });

  it('readings differ exactly where DESIGN.md says', () => {
    const dates = (r: ReadingName) =>
      new Map(iraq2020Reading(r).attacks.map((a) => [a.id, a.date]));
    const [table, text, wire] = READINGS.map(dates) as [
      Map<string, string>,
      Map<string, string>,
      Map<string, string>,
    ];
    const differ = (a: Map<string, string>, b: Map<string, string>) =>
      [...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k)).sort();
    expect(differ(table, text)).toEqual(['table-9']);
    expect(text.get('table-9')).toBe('2020-03-14');
    expect(differ(table, wire)).toEqual(['table-1', 'table-3', 'table-9', 'taji-deadly']);
    expect(wire.get('taji-deadly')).toBe('2020-03-11T19:30:00+03:00');
    // Precision: timed only where wire reports give a time.
    const timed = iraq2020Reading('wire')
      .attacks.filter((a) => a.precision === 'minute')
      .map((a) => a.id);
    expect(timed).toEqual(['table-1', 'table-3', 'taji-deadly', 'table-9']);
    expect(iraq2020Reading('table').attackPrecision.every((p) => p === 'day')).toBe(true);
  });

  it('casualty figures: article in table/text, wire reports in wire', () => {
    const ninth = (r: ReadingName) => iraq2020Reading(r).attacks.find((a) => a.id === 'table-9');
    expect(ninth('text')?.wounded).toEqual({
      foreign: 3,
      host: { min: 3, max: 4 },
      militia: null,
      unspecified: null,
    });
    expect(ninth('wire')?.wounded).toEqual({
      foreign: 3,
      host: 2,
      militia: null,
      unspecified: null,
    });
    const deadlyWire = iraq2020Reading('wire').attacks.find((a) => a.id === 'taji-deadly');
    expect(deadlyWire?.killed.foreign).toBe(3);
    expect(deadlyWire?.wounded.unspecified).toEqual({ min: 12, max: 14 });
    // Attacks with no documented casualties stay unknown, not zero.
    expect(iraq2020Reading('table').attacks[0]?.killed).toEqual({
      foreign: null,
      host: null,
      militia: null,
      unspecified: null,
    });
  });

  it('keeps the undated deadly attack apart in table and text', () => {
    expect(iraq2020Reading('table').undatedAttacks.map((a) => a.id)).toEqual(['taji-deadly']);
    expect(iraq2020Reading('text').undatedAttacks.map((a) => a.id)).toEqual(['taji-deadly']);
    expect(iraq2020Reading('wire').undatedAttacks).toEqual([]);
  });

  it('attack times are strictly increasing in every reading', () => {
    for (const r of READINGS) {
      const t = iraq2020Reading(r).attackTimes;
      for (let i = 1; i < t.length; i++) expect(t[i] as number).toBeGreaterThan(t[i - 1] as number);
    }
  });

  it('places events on the time axis (days since 2020-01-01 00:00 UTC)', () => {
    // Hand arithmetic: Baghdad is UTC+3; day-precision events at 12:00 Baghdad = 09:00 UTC = +0.375.
    // Jan 27 is 26 days after Jan 1; Feb 13 is 31 + 12 = 43; Mar 13 is 31 + 29 + 12 = 72 (2020 is a leap year).
    const table = iraq2020Reading('table');
    expectClose(table.attackTimes[0] as number, 26 + 0.375, { abs: 1e-12 });
    expectClose(table.attackTimes[1] as number, 43 + 0.375, { abs: 1e-12 });
    expectClose(table.attackTimes[8] as number, 72 + 0.375, { abs: 1e-12 });
    expectClose(table.strikes[0]?.time as number, 71 + 0.375, { abs: 1e-12 });
    const wire = iraq2020Reading('wire');
    // Jan 26 19:30 +03 = 16:30 UTC; Feb 16 03:24 +03 = 00:24 UTC; Mar 11 19:30 +03 = 16:30 UTC;
    // Mar 13 01:15 +03 = Mar 12 22:15 UTC; Mar 14 10:51 +03 = 07:51 UTC.
    expectClose(wire.attackTimes[0] as number, 25 + 16.5 / 24, { abs: 1e-12 });
    expectClose(wire.attackTimes[2] as number, 46 + 24 / 1440, { abs: 1e-12 });
    expectClose(wire.attackTimes[8] as number, 70 + 16.5 / 24, { abs: 1e-12 });
    expectClose(wire.strikes[0]?.time as number, 71 + (22 * 60 + 15) / 1440, { abs: 1e-12 });
    expectClose(wire.attackTimes[9] as number, 73 + (7 * 60 + 51) / 1440, { abs: 1e-12 });
  });

  it('window: documented from the first attack’s Baghdad day to the end of the last event’s day', () => {
    // Baghdad midnight = 21:00 UTC the day before = day start − 0.125.
    const w = (r: ReadingName) => iraq2020Reading(r);
    expectClose(w('table').horizonDays, 73 - 0.125, { abs: 1e-12 });
    expectClose(w('text').horizonDays, 74 - 0.125, { abs: 1e-12 });
    expectClose(w('wire').horizonDays, 74 - 0.125, { abs: 1e-12 });
    expectClose(w('table').documentedFromDays, 26 - 0.125, { abs: 1e-12 });
    expectClose(w('wire').documentedFromDays, 25 - 0.125, { abs: 1e-12 });
    for (const r of READINGS) {
      const reading = w(r);
      expect(reading.start).toBe('2020-01-01');
      expect(Math.max(...reading.attackTimes, reading.strikes[0]?.time ?? 0)).toBeLessThan(
        reading.horizonDays,
      );
      expect(
        reading.political.every(
          (p) => p.time === null && p.notBeforeDays === reading.strikes[0]?.time,
        ),
      ).toBe(true);
    }
  });

  it("the article's claims hold in the table and text readings, not in wire", () => {
    for (const r of READINGS) {
      const attacks = iraq2020Reading(r).attacks;
      const ninth = attacks.findIndex((a) => a.id === 'table-9') + 1;
      const inMarch = attacks.filter((a) => a.date.slice(5, 7) === '03').length;
      expect([ninth, inMarch]).toEqual(r === 'wire' ? [10, 6] : [9, 5]);
    }
  });

  it('refuses an unknown reading name', () => {
    expect(() => iraq2020Reading('press' as ReadingName)).toThrow(
      /^name must be one of table, text, wire, received "press"/,
    );
  });
});
