import { requireObject, requireString } from '../../util/requireArgument.js';
import { DataError, type DataIssue } from '../DataError.js';
import { EventRecord } from '../EventRecord.js';
import type { LoadedEvents } from '../loadEvents.js';
import { parseCsv } from '../parseCsv.js';
import { parseIsoDate } from '../parseIsoDate.js';
import { recordIssues } from '../recordIssues.js';
import { type DayPlacement, type EventOrigin, resolveEventTimes } from '../resolveEventTimes.js';
import { ACLED_DEFAULT_MAPPING, type AcledMappingRule, mapAcledType } from './acledMapping.js';
import { ACLED_DATE_RULE, parseAcledDate } from './parseAcledDate.js';

/** Options of `loadAcledCsv`. Filters combine with AND; text matching ignores case. */
export interface AcledOptions {
  /** Keep rows whose `actor1` or `actor2` contains one of these. */
  readonly actors?: readonly string[];
  /** Keep rows whose `event_type` is one of these. */
  readonly eventTypes?: readonly string[];
  /** Keep rows whose `sub_event_type` is one of these. */
  readonly subEventTypes?: readonly string[];
  /** Keep rows on or after this ISO date. */
  readonly from?: string;
  /** Keep rows on or before this ISO date (the whole day). */
  readonly to?: string;
  /** Mapping rules; default `ACLED_DEFAULT_MAPPING`. */
  readonly mapping?: readonly AcledMappingRule[];
  /** ISO date of day 0; default the earliest kept date. */
  readonly start?: string;
  readonly onInvalid?: 'throw' | 'skip';
  /** ACLED dates are days: at 00:00 UTC (`start`, default) or spread within the day (`spread`). */
  readonly dayPrecision?: DayPlacement;
}

/** `loadAcledCsv`'s result: the generic result plus how many rows were left out, and why. */
export interface LoadedAcled extends LoadedEvents {
  readonly excluded: { readonly byFilter: number; readonly byMapping: number };
}

const REQUIRED = ['event_date', 'event_type', 'sub_event_type'] as const;

function dayMs(iso: string | undefined, name: string): number | undefined {
  if (iso === undefined) return undefined;
  const p = parseIsoDate(iso);
  if (p === null)
    throw new RangeError(
      `${name} must be an ISO date (YYYY-MM-DD), received ${JSON.stringify(iso)}`,
    );
  return p.ms;
}

/**
 * Load an ACLED export (CSV) as generic events: filter, map event types, check dates and
 * fatality counts, put events on the time axis.
 *
 * Why: ACLED is where most researchers get event data; its rows need filtering (one conflict,
 * one set of actors) and a mapping onto the model's attack/strike vocabulary.
 *
 * Fields: `event_date` → date, mapped type → type, `sub_event_type` → subtype, `actor1` →
 * actor, `actor2` → target, `location`, `admin1` → location ("Taji, Baghdad"), `fatalities` →
 * killed, `notes` → notes, `event_id_cnty` → id, `source` → provenance; `time_precision` 2 or
 * 3 (week, month) is noted in `notes`. Other columns are ignored. Filters on actors and types
 * run before validation, so bad rows outside the selection do not stop the load.
 *
 * @param text - the CSV text of an ACLED export
 * @param options - filters, mapping, start, onInvalid, dayPrecision (see `AcledOptions`)
 * @returns events sorted by time, issues of skipped rows, the start used, rows excluded
 * @throws DataError on empty input, a missing required column, malformed CSV, a row no rule
 *   maps, or (with `onInvalid: 'throw'`) a bad date or fatality count, each with its line
 * @throws RangeError when `from`, `to` or `start` is not an ISO date
 * @example
 * loadAcledCsv('event_date,event_type,sub_event_type,fatalities\n11 March 2020,Explosions/Remote violence,Shelling/artillery/missile attack,3\n').events[0]?.killed;
 * // => 3
 */
export function loadAcledCsv(text: string, options: AcledOptions = {}): LoadedAcled {
  requireString('text', text, 'the text of an ACLED CSV export');
  requireObject('options', options, 'an object of options (actors, eventTypes, from, to, …)');
  const fromMs = dayMs(options.from, 'from');
  const toMs = dayMs(options.to, 'to');
  const { header, headerLine, records } = parseCsv(text);
  const missing: string[] = REQUIRED.filter((c) => !header.includes(c));
  if (options.actors !== undefined && !header.includes('actor1') && !header.includes('actor2')) {
    missing.push('actor1');
  }
  if (missing.length > 0) {
    throw new DataError([
      {
        line: headerLine,
        rule: `the header lacks ACLED column(s) ${missing.map((m) => `"${m}"`).join(', ')}; it has: ${header.join(', ')}`,
      },
    ]);
  }
  const lower = (xs: readonly string[] | undefined) => xs?.map((x) => x.toLowerCase());
  const [actors, eventTypes, subEventTypes] = [
    lower(options.actors),
    lower(options.eventTypes),
    lower(options.subEventTypes),
  ];
  const rules = options.mapping ?? ACLED_DEFAULT_MAPPING;
  const issues: DataIssue[] = [];
  const kept: { record: EventRecord; origin: EventOrigin }[] = [];
  let byFilter = 0;
  let byMapping = 0;
  for (const { line, fields } of records) {
    if (fields.length !== header.length) {
      issues.push({ line, rule: `has ${fields.length} fields, the header has ${header.length}` });
      continue;
    }
    const cell = (name: string) => {
      const k = header.indexOf(name);
      return k < 0 ? '' : (fields[k] ?? '').trim();
    };
    const [et, st, a1, a2] = [
      cell('event_type'),
      cell('sub_event_type'),
      cell('actor1'),
      cell('actor2'),
    ];
    const actorHit = actors?.some(
      (a) => a1.toLowerCase().includes(a) || a2.toLowerCase().includes(a),
    );
    if (
      actorHit === false ||
      (eventTypes !== undefined && !eventTypes.includes(et.toLowerCase())) ||
      (subEventTypes !== undefined && !subEventTypes.includes(st.toLowerCase()))
    ) {
      byFilter++;
      continue;
    }
    const type = mapAcledType(rules, et, st);
    if (type === undefined) {
      issues.push({
        line,
        field: 'event_type',
        value: `${et} / ${st}`,
        rule: 'matches no mapping rule; add one to options.mapping',
      });
      continue;
    }
    const date = parseAcledDate(cell('event_date'));
    if (date === null) {
      issues.push({ line, field: 'event_date', value: cell('event_date'), rule: ACLED_DATE_RULE });
      continue;
    }
    const ms = parseIsoDate(date)?.ms ?? 0;
    if ((fromMs !== undefined && ms < fromMs) || (toMs !== undefined && ms > toMs)) {
      byFilter++;
      continue;
    }
    if (type === null) {
      byMapping++;
      continue;
    }
    const fat = cell('fatalities');
    if (fat !== '' && !/^-?\d+$/.test(fat)) {
      issues.push({ line, field: 'fatalities', value: fat, rule: 'must be a whole number >= 0' });
      continue;
    }
    const precisionNote = {
      '2': 'ACLED time_precision 2: date known to the week',
      '3': 'ACLED time_precision 3: date known to the month',
    }[cell('time_precision')];
    const notes = [cell('notes'), precisionNote ?? ''].filter((s) => s !== '').join(' | ');
    const place = [cell('location'), cell('admin1')].filter((s) => s !== '').join(', ');
    const opt = (key: string, value: string | number) => (value === '' ? {} : { [key]: value });
    const raw = {
      ...opt('id', cell('event_id_cnty')),
      date,
      type,
      ...opt('subtype', st),
      ...opt('actor', a1),
      ...opt('target', a2),
      ...opt('location', place),
      ...(fat === '' ? {} : { killed: Number(fat) }),
      ...opt('notes', notes),
      provenance: cell('source') === '' ? 'ACLED' : `ACLED; source: ${cell('source')}`,
    };
    const parsed = EventRecord.safeParse(raw);
    if (parsed.success) kept.push({ record: parsed.data, origin: { line } });
    else {
      // Report under ACLED's column names, with the cell as written.
      const found = recordIssues(parsed.error.issues, { ...raw, killed: fat }, { line });
      issues.push(...found.map((i) => (i.field === 'killed' ? { ...i, field: 'fatalities' } : i)));
    }
  }
  if (issues.length > 0 && (options.onInvalid ?? 'throw') === 'throw') throw new DataError(issues);
  const resolved = resolveEventTimes(kept, options.start, options.dayPrecision ?? 'start');
  return { ...resolved, issues, excluded: { byFilter, byMapping } };
}
