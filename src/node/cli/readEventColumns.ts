import { closeSync, openSync, readSync } from 'node:fs';
import { extname } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { csvEventRows } from '../../data/csvEventRows.js';
import { csvRecordStream } from '../../data/csvRecordStream.js';
import { DataError, type DataIssue } from '../../data/DataError.js';
import { EventColumnStore, PRECISIONS } from '../../data/EventColumnStore.js';
import { EVENT_TYPES } from '../../data/EventRecord.js';
import { type ResolvedEventColumns, resolveEventColumns } from '../../data/resolveEventColumns.js';
import type { LoadedEvent } from '../../data/resolveEventTimes.js';
import { CliError } from './CliError.js';
import {
  describeIssue,
  EVENT_FILE_HINT,
  type EventFileOptions,
  loadEventFile,
} from './loadEventFile.js';
import { cannotRead } from './readTextFile.js';

/** An event file's events as columns, with what the reader should know about how. */
export interface EventColumnsFile {
  readonly events: ResolvedEventColumns;
  readonly notes: string[];
  /** The row an origin names, for messages: `line 12` or `event [3]`. */
  readonly where: (origin: number) => string;
  /** The date text of the row at an origin, as written (undefined: none). */
  readonly dateAt: (origin: number) => string | undefined;
}

/**
 * Read an event file into columns: a generic CSV larger than one piece is read in pieces of
 * `pieceBytes` and parsed as it comes, each valid row kept as numbers only (see
 * EventColumnStore); anything else (JSON, an ACLED export, a small file) is loaded whole by
 * `loadEventFile` and turned into the same columns. Both accept the same rows, place them at
 * the same times and refuse the same rows with the same messages.
 *
 * Why: `fit` on a million-row file need not hold its text, nor a million objects.
 *
 * @throws CliError when the file cannot be read; DataError for bad rows, as loadEventFile
 */
export function readEventColumns(
  source: string,
  options: EventFileOptions,
  pieceBytes = 1 << 20,
): EventColumnsFile {
  const first = readStart(source, pieceBytes);
  const body = first.text.replace(/^\uFEFF/, '').trimStart();
  const whole =
    first.complete ||
    body === '' ||
    extname(source).toLowerCase() === '.json' ||
    body.startsWith('[') ||
    body.startsWith('{') ||
    /^[^\n]*\bevent_date\b/.test(body);
  if (whole) return fromLoaded(source, options);
  if (options.actors.length > 0 || options.eventTypes.length > 0)
    throw new CliError(
      '--actor and --event-type filter ACLED exports; this file has no event_date column',
      2,
    );
  const issues: DataIssue[] = [];
  const ignored: string[] = [];
  const store = new EventColumnStore();
  const rows = csvEventRows(
    { defaultType: 'attack', columns: options.columns, issues, ignored },
    (record, line) => store.add(record, line),
  );
  eachPiece(source, pieceBytes, csvRecordStream(rows.visit));
  if (issues.length > 0 && !options.skipInvalid) throw new DataError(issues);
  const where = (line: number) => `line ${line}`;
  const notes: string[] = [];
  if (ignored.length > 0)
    notes.push(`columns ignored (not in the event format): ${ignored.join(', ')}`);
  if (issues.length > 0)
    notes.push(
      `${issues.length} invalid row(s) skipped (--skip-invalid); the first: ${describeIssue(issues[0])}`,
    );
  return {
    events: resolveEventColumns(store, options.start, options.dayPlacement, where),
    notes,
    where,
    dateAt: (line) => dateOnLine(source, pieceBytes, line, rows.dateColumn()),
  };
}

/** The file loaded whole, as columns. */
function fromLoaded(source: string, options: EventFileOptions): EventColumnsFile {
  const { loaded, notes } = loadEventFile(source, options);
  const list: LoadedEvent[] = loaded.events;
  const n = list.length;
  const events: ResolvedEventColumns = {
    time: Float64Array.from(list, (e) => e.time),
    type: Uint8Array.from(list, (e) => EVENT_TYPES.indexOf(e.type)),
    killed: Float64Array.from(list, (e) => e.killed ?? Number.NaN),
    origin: Float64Array.from(list, (e) => ('line' in e.origin ? e.origin.line : e.origin.index)),
    precision: Uint8Array.from(list, (e) => Math.max(0, PRECISIONS.indexOf(e.precision))),
    start: loaded.start,
  };
  const json = n > 0 && !('line' in (list[0] as LoadedEvent).origin);
  const byOrigin = new Map(list.map((e, i) => [events.origin[i] as number, e.date]));
  return {
    events,
    notes,
    where: (o) => (json ? `event [${o}]` : `line ${o}`),
    dateAt: (o) => byOrigin.get(o),
  };
}

/** The file's first piece, and whether it is all of the file. */
function readStart(source: string, pieceBytes: number): { text: string; complete: boolean } {
  let fd: number;
  try {
    fd = openSync(source, 'r');
  } catch (error) {
    throw cannotRead(source, error, EVENT_FILE_HINT);
  }
  try {
    const buffer = Buffer.alloc(pieceBytes + 1);
    const size = readSync(fd, buffer, 0, buffer.length, 0);
    return {
      text: new StringDecoder('utf8').write(buffer.subarray(0, size)),
      complete: size <= pieceBytes,
    };
  } catch (error) {
    throw new CliError(`cannot read ${source}: ${(error as Error).message}`);
  } finally {
    closeSync(fd);
  }
}

/** Feed the file to a CSV stream in pieces (UTF-8 decoded across piece ends). */
function eachPiece(
  source: string,
  pieceBytes: number,
  stream: { push(text: string): void; end(): number },
): void {
  const fd = openSync(source, 'r');
  try {
    const buffer = Buffer.alloc(pieceBytes);
    const decoder = new StringDecoder('utf8');
    for (;;) {
      const size = readSync(fd, buffer, 0, pieceBytes, null);
      if (size === 0) break;
      stream.push(decoder.write(buffer.subarray(0, size)));
    }
    stream.push(decoder.end());
    stream.end();
  } finally {
    closeSync(fd);
  }
}

/** The date cell of the record that starts on `line`, read again from the file. */
function dateOnLine(
  source: string,
  pieceBytes: number,
  line: number,
  column: number,
): string | undefined {
  if (column < 0) return undefined;
  let found: string | undefined;
  const stop = new Error('found');
  try {
    eachPiece(
      source,
      pieceBytes,
      csvRecordStream((at, fields) => {
        if (at !== line) return;
        found = fields[column]?.trim() || undefined;
        throw stop;
      }),
    );
  } catch (error) {
    if (error !== stop) throw error;
  }
  return found;
}
