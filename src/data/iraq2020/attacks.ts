import { atTime, derived, fact, onDay, paragraph, tableRow, WIRE } from './sources.js';
import type { CasualtyFigure, DocumentedAttack, Fact, Range } from './types.js';

const rockets = (row: number) => fact('rockets' as const, tableRow(row));

/** A table row whose date all readings share (the text and wire reports add nothing to it). */
function tableAttack(
  row: number,
  date: string,
  weapon: Fact<'rockets' | 'mortars'>,
  outcome: 'hit' | 'fired at',
  target: string,
  place: string,
): DocumentedAttack {
  const day = onDay(date, tableRow(row));
  return {
    id: `table-${row}`,
    tableRow: row,
    dates: { table: day, text: day, wire: day },
    weapon,
    target: fact(target, tableRow(row)),
    place: fact(place, tableRow(row)),
    outcome: fact(outcome, tableRow(row)),
    rockets: null,
    launchers: null,
    attributedTo: null,
    casualties: { article: [], wire: null },
  };
}

const figure = (
  outcome: 'killed' | 'wounded',
  group: string,
  side: CasualtyFigure['side'],
  count: number | Range,
  provenance: Fact<unknown>['provenance'],
): CasualtyFigure => ({ outcome, group, side, count: fact(count, provenance) });

const embassy = tableAttack(
  1,
  '2020-01-27',
  rockets(1),
  'hit',
  'US Embassy',
  'Green Zone, Baghdad',
);
const greenZoneFeb15 = tableAttack(3, '2020-02-15', rockets(3), 'hit', 'Green Zone', 'Baghdad');
const taji13 = tableAttack(9, '2020-03-13', rockets(9), 'hit', 'Camp Taji', 'Baghdad');

/**
 * The documented attacks: the nine rows of the article's table, and the deadly Camp Taji
 * attack that the article mentions without a date (dated March 11 by wire reports).
 * Casualties are listed only where a source gives them; no entry means not documented.
 */
export const IRAQ_2020_ATTACKS: readonly DocumentedAttack[] = [
  {
    ...embassy,
    dates: { ...embassy.dates, wire: atTime('2020-01-26', '19:30', WIRE, true) },
  },
  tableAttack(2, '2020-02-13', rockets(2), 'hit', 'K1 base', 'Kirkuk'),
  {
    ...greenZoneFeb15,
    dates: { ...greenZoneFeb15.dates, wire: atTime('2020-02-16', '03:24', WIRE) },
  },
  tableAttack(
    4,
    '2020-02-21',
    fact('mortars', tableRow(4)),
    'fired at',
    'unnamed base',
    'Makhmour district, Irbil',
  ),
  tableAttack(5, '2020-03-01', rockets(5), 'fired at', 'Sadiq base', 'Salahaddin'),
  tableAttack(6, '2020-03-02', rockets(6), 'hit', 'Green Zone', 'Baghdad'),
  tableAttack(7, '2020-03-05', rockets(7), 'hit', 'Green Zone', 'Baghdad'),
  tableAttack(8, '2020-03-07', rockets(8), 'hit', 'Camp Taji', 'Baghdad'),
  {
    id: 'taji-deadly',
    tableRow: null,
    dates: { table: null, text: null, wire: atTime('2020-03-11', '19:30', WIRE, true) },
    // "hit again by rockets" (paragraph 1) implies rockets; wire reports say so outright.
    weapon: fact(
      'rockets',
      derived('article text, paragraph 1 ("hit again by rockets"), as wire reports confirm'),
    ),
    target: fact('Camp Taji', paragraph(1)),
    place: fact('Baghdad', paragraph(1)),
    outcome: null,
    rockets: fact(30, WIRE, true),
    launchers: null,
    attributedTo: null,
    casualties: {
      article: [
        figure('killed', 'US personnel', 'foreign', 2, paragraph(1)),
        figure('killed', 'UK personnel', 'foreign', 1, paragraph(1)),
      ],
      wire: [
        figure('killed', 'US personnel', 'foreign', 2, WIRE),
        figure('killed', 'UK personnel', 'foreign', 1, WIRE),
        figure(
          'wounded',
          'personnel (nationality not given)',
          'unspecified',
          { min: 12, max: 14 },
          WIRE,
        ),
      ],
    },
  },
  {
    ...taji13,
    dates: {
      table: taji13.dates.table,
      text: onDay(
        '2020-03-14',
        derived(
          'article text, paragraph 4 (strike on March 13) plus one day, per paragraph 1 ("a day after")',
        ),
      ),
      wire: atTime('2020-03-14', '10:51', WIRE),
    },
    rockets: fact(33, paragraph(1)),
    launchers: fact(7, paragraph(1)),
    attributedTo: fact(
      'pro-Iran elements within the Popular Mobilisation Units (Hashd)',
      paragraph(2),
    ),
    casualties: {
      article: [
        figure('wounded', 'US personnel', 'foreign', 3, paragraph(1)),
        figure('wounded', 'Iraqi security forces', 'host', { min: 3, max: 4 }, paragraph(1)),
      ],
      wire: [
        figure('wounded', 'US personnel', 'foreign', 3, WIRE),
        figure('wounded', 'Iraqi security forces', 'host', 2, WIRE),
      ],
    },
  },
];
