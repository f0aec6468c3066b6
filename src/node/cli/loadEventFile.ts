import { extname } from 'node:path';
import { loadAcledCsv } from '../../data/acled/loadAcledCsv.js';
import type { LoadedEvents } from '../../data/loadEvents.js';
import { loadEvents } from '../../data/loadEvents.js';
import type { DayPlacement } from '../../data/resolveEventTimes.js';
import { CliError } from './CliError.js';
import { readTextFile } from './readTextFile.js';

export interface EventFileOptions {
  readonly start: string | undefined;
  readonly dayPlacement: DayPlacement;
  /** Drop invalid rows (reported in the notes) instead of refusing the file. */
  readonly skipInvalid: boolean;
  /** ACLED filters: keep rows whose actor1/actor2 contain one of these. */
  readonly actors: readonly string[];
  /** ACLED filters: keep rows with one of these event types. */
  readonly eventTypes: readonly string[];
  /** CSV: the file's names of the time and date columns, where they differ. */
  readonly columns?: { readonly time?: string; readonly date?: string };
}

/** Events loaded from a file, with what the reader should know about how. */
export interface EventFile {
  readonly loaded: LoadedEvents;
  readonly notes: string[];
}

/** What `fit` and `calibrate` accept, said when an event file cannot be read. */
export const EVENT_FILE_HINT = 'give a CSV or JSON event file, or iraq-2020:table|text|wire';

/**
 * Read an event file: JSON (by a .json name or a leading `[` or `{`), an ACLED export (a
 * CSV whose header has `event_date`), or a CSV in the generic event format, where a file
 * without a `type` column counts every row as an attack.
 */
export function loadEventFile(source: string, options: EventFileOptions): EventFile {
  const text = readTextFile(source, EVENT_FILE_HINT);
  const body = text.replace(/^\uFEFF/, '').trimStart();
  const json =
    extname(source).toLowerCase() === '.json' || body.startsWith('[') || body.startsWith('{');
  const acled = !json && /^[^\n]*\bevent_date\b/.test(body);
  const common = {
    ...(options.start === undefined ? {} : { start: options.start }),
    dayPrecision: options.dayPlacement,
    onInvalid: options.skipInvalid ? ('skip' as const) : ('throw' as const),
  };
  if (!acled && (options.actors.length > 0 || options.eventTypes.length > 0)) {
    throw new CliError(
      '--actor and --event-type filter ACLED exports; this file has no event_date column',
      2,
    );
  }
  if ((acled || json) && options.columns !== undefined && Object.keys(options.columns).length > 0)
    throw new CliError(
      '--time-column and --date-column name the columns of a CSV event file; this file is ' +
        (acled ? 'an ACLED export' : 'JSON'),
      2,
    );
  const loaded = acled
    ? loadAcledCsv(text, {
        ...common,
        ...(options.actors.length > 0 ? { actors: options.actors } : {}),
        ...(options.eventTypes.length > 0 ? { eventTypes: options.eventTypes } : {}),
      })
    : loadEvents(text, {
        ...common,
        format: json ? 'json' : 'csv',
        defaultType: 'attack',
        ...(options.columns ? { columns: options.columns } : {}),
      });
  const notes: string[] = [];
  if (acled) {
    const { byFilter, byMapping } = (loaded as ReturnType<typeof loadAcledCsv>).excluded;
    notes.push(
      `read as an ACLED export: ${byFilter} rows left out by the filters, ${byMapping} by the event-type mapping`,
    );
  }
  if ((loaded.ignoredColumns ?? []).length > 0) {
    notes.push(
      `${json ? 'keys' : 'columns'} ignored (not in the event format): ${loaded.ignoredColumns?.join(', ')}`,
    );
  }
  if (loaded.issues.length > 0) {
    notes.push(
      `${loaded.issues.length} invalid row(s) skipped (--skip-invalid); the first: ${describeIssue(loaded.issues[0])}`,
    );
  }
  return { loaded, notes };
}

/** One issue in a sentence: where, the field, the rule. */
export function describeIssue(
  issue: { line?: number; path?: string; field?: string; rule: string } | undefined,
): string {
  if (issue === undefined) return '';
  const where = issue.line !== undefined ? `line ${issue.line}` : `${issue.path ?? ''}`;
  return `${where}${issue.field ? `, ${issue.field}` : ''} ${issue.rule}`;
}
