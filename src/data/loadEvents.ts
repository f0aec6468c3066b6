import { parseJsonText } from '../util/parseJsonText.js';
import { requireObject } from '../util/requireArgument.js';
import { csvEventRows } from './csvEventRows.js';
import { DataError, type DataIssue } from './DataError.js';
import { EVENT_COLUMNS, EventRecord, type EventType } from './EventRecord.js';
import { eachCsvRecord } from './parseCsv.js';
import { JsonSyntaxError } from './parseJsonText.js';
import { plainEventRecord } from './plainEventRecord.js';
import { recordIssues } from './recordIssues.js';
import {
  type DayPlacement,
  type EventOrigin,
  type LoadedEvent,
  resolveEventTimes,
  type UndatedEvent,
} from './resolveEventTimes.js';

/** Options of `loadEvents`. */
export interface LoadEventsOptions {
  /** `csv` or `json`; by default text starting with `[` or `{` is JSON, other text CSV, a non-string a JSON value. */
  readonly format?: 'csv' | 'json';
  /** ISO date of day 0; by default the UTC day of the earliest date (see `resolveEventTimes`). */
  readonly start?: string;
  /** `throw` (default): any bad row throws a DataError; `skip`: bad rows are dropped and reported. */
  readonly onInvalid?: 'throw' | 'skip';
  /** Day-precision dates at 00:00 UTC (`start`, default) or spread within their day (`spread`). */
  readonly dayPrecision?: DayPlacement;
  /** The type of rows that give none (a CSV without a `type` column, say, a plain list of attack dates). */
  readonly defaultType?: EventType;
  /**
   * CSV: which column of the file holds which field, for files whose names differ, e.g.
   * `{ date: 'event_day', time: 'Day' }`. Columns named neither so nor in `EVENT_COLUMNS` are
   * ignored and listed in `ignoredColumns`.
   */
  readonly columns?: Readonly<Partial<Record<(typeof EVENT_COLUMNS)[number], string>>>;
}

/** What a loader returns. `issues` is empty unless `onInvalid: 'skip'` dropped rows. */
export interface LoadedEvents {
  /** Timed events, sorted by time (stable). */
  readonly events: LoadedEvent[];
  /** Documented events without a date (`precision: 'unknown'`). */
  readonly undated: UndatedEvent[];
  readonly issues: DataIssue[];
  /** The ISO date of day 0, or `null` when times were given without one. */
  readonly start: string | null;
  /**
   * CSV columns, or keys of JSON events, that the event format does not have, which the loader
   * ignored (a `note` column, say), in order of first appearance.
   */
  readonly ignoredColumns?: readonly string[];
}

const KNOWN: ReadonlySet<string> = new Set(EVENT_COLUMNS);

type Parsed = { record: EventRecord; origin: EventOrigin };

function fromCsv(
  text: string,
  issues: DataIssue[],
  defaultType: EventType | undefined,
  columns: LoadEventsOptions['columns'],
  ignored: string[],
): Parsed[] {
  const out: Parsed[] = [];
  // Rows are read as they are parsed, so a large file's records are never all held at once.
  const rows = csvEventRows({ defaultType, columns, issues, ignored }, (record, line) =>
    out.push({ record, origin: { line } }),
  );
  if (eachCsvRecord(text, rows.visit) === 0)
    throw new DataError([{ line: 1, rule: 'the input is empty: expected a header line' }]);
  return out;
}

function fromJson(
  value: unknown,
  issues: DataIssue[],
  defaultType: EventType | undefined,
  ignored: string[],
): Parsed[] {
  if (!Array.isArray(value))
    throw new DataError([{ path: '', rule: 'must be an array of events' }]);
  const out: Parsed[] = [];
  value.forEach((item, index) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      issues.push({ path: `[${index}]`, value: item, rule: 'must be an object' });
      return;
    }
    // null means "not given", as an empty CSV cell does (and as `toEventRows` writes it).
    // Keys the format does not know are ignored and listed, as unknown CSV columns are.
    const given: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(item)) {
      if (!KNOWN.has(key)) {
        if (!ignored.includes(key)) ignored.push(key);
      } else if (v !== null) given[key] = v;
    }
    if (given.type === undefined && defaultType !== undefined) given.type = defaultType;
    const plain = plainEventRecord(given);
    if (plain !== null) {
      out.push({ record: plain, origin: { index } });
      return;
    }
    const parsed = EventRecord.safeParse(given);
    if (parsed.success) out.push({ record: parsed.data, origin: { index } });
    else
      issues.push(
        ...recordIssues(parsed.error.issues, given, {
          path: `[${index}]`,
        }),
      );
  });
  return out;
}

/**
 * Load events in the generic format from CSV text, JSON text or a parsed JSON array, validate
 * every row against `EventRecord` and put them on the time axis (days since `start`).
 *
 * Why: users bring their own sequences for calibration; a spreadsheet error must come back
 * as every bad line with the column and rule, never as a NaN in a fit.
 *
 * CSV: header on the first non-blank line, columns from `EVENT_COLUMNS` (at least `type` and
 * `date` or `time`; `options.columns` maps other names onto them), empty cell = not given;
 * cells are trimmed; other columns (notes, sources, the extra columns of an export) are
 * ignored and listed in `ignoredColumns`. JSON: an array of objects with
 * those fields; `null` = not given; other keys are ignored and listed in `ignoredColumns`. Line numbers are physical lines (a quoted newline
 * counts). Cost: O(n log n) for n rows.
 *
 * @param input - CSV text, JSON text, or an already parsed JSON value
 * @param options - format, start, onInvalid, dayPrecision, defaultType, columns (see `LoadEventsOptions`)
 * @returns events sorted by time, undated events, issues of skipped rows, the start used,
 *   the ignored CSV columns or JSON keys
 * @throws DataError on empty input, a header without `date`/`time` or `type`, a mapped column
 *   missing from the header, malformed CSV or JSON, or (with `onInvalid: 'throw'`) any invalid row
 * @throws RangeError when `columns` names a field the event format does not have
 * @example
 * loadEvents('date,type\n2020-01-27,attack\n2020-02-13,attack\n').events.map((e) => e.time);
 * // => [0, 17]
 */
export function loadEvents(input: unknown, options: LoadEventsOptions = {}): LoadedEvents {
  requireObject(
    'options',
    options,
    'an object of options (format, start, onInvalid, dayPrecision, defaultType, columns)',
  );
  const issues: DataIssue[] = [];
  const ignoredColumns: string[] = [];
  let records: Parsed[];
  const isJsonText =
    typeof input === 'string' && /^[[{]/.test(input.replace(/^\uFEFF/, '').trimStart());
  const format = options.format ?? (typeof input !== 'string' || isJsonText ? 'json' : 'csv');
  if (typeof input === 'string' && input.replace(/^\uFEFF/, '').trim() === '') {
    throw new DataError([
      { line: 1, rule: 'the input is empty: expected a header line or a JSON array' },
    ]);
  }
  if (format === 'csv') {
    if (typeof input !== 'string') throw new DataError([{ rule: 'CSV input must be text' }]);
    records = fromCsv(input, issues, options.defaultType, options.columns, ignoredColumns);
  } else {
    let value: unknown = input;
    if (typeof input === 'string') {
      try {
        value = parseJsonText(input);
      } catch (e) {
        if (!(e instanceof JsonSyntaxError)) throw e;
        const { line, column, found } = e;
        throw new DataError([{ line, rule: `is not valid JSON at column ${column}: ${found}` }]);
      }
    }
    records = fromJson(value, issues, options.defaultType, ignoredColumns);
  }
  if (issues.length > 0 && (options.onInvalid ?? 'throw') === 'throw') throw new DataError(issues);
  const resolved = resolveEventTimes(records, options.start, options.dayPrecision ?? 'start');
  return { ...resolved, issues, ignoredColumns };
}
