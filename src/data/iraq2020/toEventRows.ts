import { requireArrayLike, requireObject } from '../../util/requireArgument.js';
import type { EventRow } from '../eventRowsToCsv.js';
import { IRAQ_2020_ATTACKS } from './attacks.js';
import { type Iraq2020Reading, iraq2020Reading, type ReadingEvent } from './iraq2020Reading.js';
import { IRAQ_2020_STRIKE } from './strike.js';
import { sumCounts } from './sumCounts.js';
import type { CasualtyFigure, Count, DocumentedAttack, Provenance, ReadingName } from './types.js';

const bounds = (c: Count): [number | null, number | null] =>
  c === null ? [null, null] : typeof c === 'number' ? [c, null] : [c.min, c.max];

const showCount = (c: Count) =>
  c === null ? 'unknown' : typeof c === 'number' ? `${c}` : `${c.min}-${c.max}`;

/** "date: table row 9; rockets, launchers: article text, paragraph 1", merging equal sources. */
function cite(parts: readonly (readonly [string, Provenance | null | undefined])[]): string {
  const by = new Map<string, string[]>();
  for (const [label, p] of parts) {
    if (p == null) continue;
    by.set(p.where, [...(by.get(p.where) ?? []), label]);
  }
  return [...by].map(([where, labels]) => `${labels.join(', ')}: ${where}`).join('; ');
}

function casualtyNotes(figures: readonly CasualtyFigure[]): string[] {
  return (['killed', 'wounded'] as const).flatMap((outcome) => {
    const fs = figures.filter((f) => f.outcome === outcome);
    return fs.length === 0
      ? []
      : [`${outcome}: ${fs.map((f) => `${showCount(f.count.value)} ${f.group}`).join(' and ')}`];
  });
}

function totals(figures: readonly CasualtyFigure[]) {
  const total = (o: 'killed' | 'wounded') =>
    bounds(sumCounts(figures.filter((f) => f.outcome === o).map((f) => f.count.value)));
  const [killed, killedMax] = total('killed');
  const [wounded, woundedMax] = total('wounded');
  return { killed, killedMax, wounded, woundedMax };
}

const figureCites = (figures: readonly CasualtyFigure[]) =>
  figures.map((f) => [`${f.outcome} ${f.group}`, f.count.provenance] as const);

function datedRow(e: ReadingEvent, source: DocumentedAttack | undefined): EventRow {
  const about = source?.rockets?.approximate === true ? 'about ' : '';
  const launchers = e.launchers === null ? '' : ` from ${showCount(e.launchers)} launchers`;
  const notes = [
    ...(e.approximate ? ['time approximate ("about")'] : []),
    ...(e.type === 'strike'
      ? [`${showCount(e.sites)} sites struck; militia losses not documented`]
      : []),
    ...(e.rockets === null ? [] : [`${about}${showCount(e.rockets)} rockets${launchers}`]),
    ...casualtyNotes(e.casualties),
  ];
  const strike = e.type === 'strike' ? IRAQ_2020_STRIKE : undefined;
  return {
    id: e.id,
    date: e.date,
    time: e.time,
    precision: e.precision,
    type: e.type,
    subtype: e.type === 'strike' ? 'retaliation' : e.weapon,
    actor: e.actor,
    target: e.target,
    location: e.location,
    ...totals(e.casualties),
    notes: notes.join('; ') || null,
    provenance: cite([
      ['date', e.dateProvenance],
      ['target', source?.target.provenance],
      ['location', source?.place.provenance],
      ['weapon', source?.weapon.provenance],
      ['rockets', source?.rockets?.provenance],
      ['launchers', source?.launchers?.provenance],
      ['actor', source?.attributedTo?.provenance ?? strike?.actor.provenance],
      ['target', strike?.target.provenance],
      ['sites', strike?.sites.provenance],
      ['motive', strike?.motive.provenance],
      ...figureCites(e.casualties),
    ]),
  };
}

/**
 * The embedded 2020 data set under one reading as flat rows of the generic event format:
 * attacks and the strike in time order, then the events the reading cannot date (political
 * reactions; in `table` and `text` the deadly Camp Taji attack) with `precision: 'unknown'`.
 *
 * Why: `escalation-sim data iraq-2020 --csv` and users' own tools want one tidy table; the
 * `provenance` column cites each value's source, the `notes` column keeps per-group figures
 * and salvo sizes. Totals add the documented figures; ranges become `killed`/`killedMax`.
 *
 * @param reading - a reading name or a reading from `iraq2020Reading`
 * @returns rows for `eventRowsToCsv` or JSON output
 * @example
 * toEventRows('wire').filter((r) => r.type === 'attack' && r.time !== null).length;
 * // => 10
 */
export function toEventRows(reading: ReadingName | Iraq2020Reading): EventRow[] {
  const r = typeof reading === 'string' ? iraq2020Reading(reading) : reading;
  requireObject('reading', r, "a reading name ('table', 'text', 'wire') or iraq2020Reading(name)");
  requireArrayLike('reading.attacks', r.attacks, 'an array of attacks');
  const byId = new Map(IRAQ_2020_ATTACKS.map((a) => [a.id, a]));
  const dated = [...r.attacks, ...r.strikes]
    .sort((a, b) => a.time - b.time)
    .map((e) => datedRow(e, byId.get(e.id)));
  const undatedAttacks = r.undatedAttacks.map(
    (a): EventRow => ({
      id: a.id,
      date: null,
      time: null,
      precision: 'unknown',
      type: 'attack',
      subtype: a.weapon.value,
      actor: a.attributedTo?.value ?? null,
      target: a.target.value,
      location: a.place.value,
      ...totals(a.casualties.article),
      notes: ['not dated in this reading', ...casualtyNotes(a.casualties.article)].join('; '),
      provenance: cite([
        ['target', a.target.provenance],
        ['location', a.place.provenance],
        ['weapon', a.weapon.provenance],
        ...figureCites(a.casualties.article),
      ]),
    }),
  );
  const political = r.political.map(
    (p): EventRow => ({
      id: p.id,
      date: null,
      time: null,
      precision: 'unknown',
      type: 'political',
      subtype: p.subtype,
      actor: p.actor.value,
      target: p.target.value,
      location: null,
      killed: null,
      killedMax: null,
      wounded: null,
      woundedMax: null,
      notes: `${p.statement.value}; date not documented, after ${p.after} (day ${p.notBeforeDays})`,
      provenance: cite([
        ['actor', p.actor.provenance],
        ['target', p.target.provenance],
        ['statement', p.statement.provenance],
      ]),
    }),
  );
  return [...dated, ...undatedAttacks, ...political];
}
