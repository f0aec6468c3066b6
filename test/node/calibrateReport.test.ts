import { describe, expect, it } from 'vitest';
import type { AttackAttribution } from '../../src/calibrate/attributeObservedAttacks.js';
import { attributionTable } from '../../src/node/cli/formatAttributions.js';
import { labelledWarnings } from '../../src/node/cli/labelledWarnings.js';

const attack = (day: string, target: string, provoked = 0): AttackAttribution => ({
  time: Number(day.slice(8)),
  day,
  target,
  background: 1 - provoked,
  triggered: 0,
  provoked,
});

// The 2020 readings as they differ: the table dates the ninth attack March 13, the text and
// the wire reports March 14, and only the wire reports hold the deadly attack of March 11.
const table = [
  attack('2020-02-21', 'Makhmour'),
  attack('2020-03-07', 'Taji'),
  attack('2020-03-13', 'Taji', 0.3),
];
const text = [attack('2020-03-07', 'Taji'), attack('2020-03-14', 'Taji', 0.4)];
const wire = [
  attack('2020-03-07', 'Taji'),
  attack('2020-03-11', 'Taji'),
  attack('2020-03-14', 'Taji', 0.2),
];

describe('attributionTable', () => {
  it('matches attacks across readings by day and target, never by position', () => {
    const [heading, body] = attributionTable(['table', 'text', 'wire'], [table, text, wire], true);
    expect(heading).toMatch(/^Attribution of the March attacks/);
    expect(body?.split('\n').slice(2)).toEqual(
      [
        '2020-03-07 Taji  1 · 0 · 0      1 · 0 · 0      1 · 0 · 0',
        '2020-03-11 Taji  —              —              1 · 0 · 0',
        '2020-03-13 Taji  0.7 · 0 · 0.3  —              —',
        '2020-03-14 Taji  —              0.6 · 0 · 0.4  0.8 · 0 · 0.2',
      ].map((l) => l.trimEnd()),
    );
  });

  it('shows every attack of another record, the latest 30 when there are more', () => {
    const many = Array.from({ length: 40 }, (_, i) =>
      attack(`2021-0${1 + Math.floor(i / 20)}-${String(1 + (i % 20)).padStart(2, '0')}`, 'base'),
    );
    const [heading, body] = attributionTable(['events.csv'], [many], false);
    expect(heading).toMatch(/^Attribution of the latest 30 of 40 attacks/);
    const rows = body?.split('\n').slice(2) ?? [];
    expect(rows).toHaveLength(30);
    expect(rows[0]).toMatch(/^2021-01-11 base/);
    expect(rows.at(-1)).toMatch(/^2021-02-20 base/);
    expect(attributionTable(['a'], [many.slice(0, 3)], false)[0]).toBe(
      'Attribution of the attacks (posterior mean probability: background · triggered by an earlier attack · provoked by a strike):',
    );
  });

  it('gives nothing when no attack is to be shown', () => {
    expect(attributionTable(['table'], [[attack('2020-02-21', 'Makhmour')]], true)).toEqual([]);
  });

  it('documented example', () => {
    const a = {
      time: 1,
      day: '2020-03-01',
      target: 'Taji',
      background: 0.5,
      triggered: 0.5,
      provoked: 0,
    };
    expect(attributionTable(['wire'], [[a]], true)[1]?.split('\n')[2]).toBe(
      '2020-03-01 Taji  0.5 · 0.5 · 0',
    );
  });
});

describe('labelledWarnings', () => {
  it('says whose a warning is unless every reading gave it (documented example)', () => {
    expect(labelledWarnings(['table', 'wire'], [['few attacks', 'low ESS'], ['low ESS']])).toEqual([
      '  - table: few attacks',
      '  - low ESS',
    ]);
    expect(labelledWarnings(['a', 'b', 'c'], [['x'], [], ['x', 'y']])).toEqual([
      '  - a, c: x',
      '  - c: y',
    ]);
    expect(labelledWarnings(['events.csv'], [['x']])).toEqual(['  - x']);
  });
});
