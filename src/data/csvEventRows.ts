import { DataError, type DataIssue } from './DataError.js';
import {
  EVENT_COLUMNS,
  EventRecord,
  type EventType,
  NUMERIC_EVENT_COLUMNS,
} from './EventRecord.js';
import { plainEventRecord } from './plainEventRecord.js';
import { recordIssues } from './recordIssues.js';

/** What csvEventRows needs: see `LoadEventsOptions`. */
export interface CsvEventRowsOptions {
  /** The type of rows that give none. */
  readonly defaultType: EventType | undefined;
  /** Which column of the file holds which field. */
  readonly columns: Readonly<Partial<Record<(typeof EVENT_COLUMNS)[number], string>>> | undefined;
  /** Where the issues of bad rows go. */
  readonly issues: DataIssue[];
  /** Where the names of ignored columns go, in order. */
  readonly ignored: string[];
}

const KNOWN: ReadonlySet<string> = new Set(EVENT_COLUMNS);
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * The reader of a CSV event file's records, one at a time: the first visited is the header,
 * checked and mapped onto the event format's fields; each later row is checked (without zod
 * for plain rows, see plainEventRecord) and handed to `onRecord`, or its issues recorded.
 *
 * Why: one reader serves a text loaded whole (`loadEvents`) and a file read in pieces, so
 * both accept the same rows and say the same things about the others.
 *
 * @param options - defaultType, columns, and where issues and ignored columns go
 * @param onRecord - called with each valid row's record and its line
 * @returns `visit` for eachCsvRecord or csvRecordStream, and, once the header is read, the
 *   index of the column that holds dates (-1 for none)
 * @throws DataError from visit on a header without `date`/`time` or `type`, or a mapped column missing
 * @throws RangeError from visit when `columns` names a field the event format does not have
 * @example
 * const times: number[] = [];
 * const rows = csvEventRows({ defaultType: 'attack', columns: undefined, issues: [], ignored: [] }, (r) => times.push(r.time ?? NaN));
 * eachCsvRecord('time\n1.5\n2\n', rows.visit);
 * times; // => [1.5, 2]
 */
export function csvEventRows(
  options: CsvEventRowsOptions,
  onRecord: (record: EventRecord, line: number) => void,
): { readonly visit: (line: number, fields: string[]) => void; dateColumn(): number } {
  const { defaultType, columns, issues, ignored } = options;
  let header: string[] | null = null;
  return {
    visit(line, fields) {
      if (header === null) header = eventColumns(fields, line, defaultType, columns, ignored);
      else readRow(header, line, fields, defaultType, issues, onRecord);
    },
    dateColumn: () => header?.indexOf('date') ?? -1,
  };
}

/** The event field of each column of the file's header ('' for an ignored column). */
function eventColumns(
  fileHeader: readonly string[],
  headerLine: number,
  defaultType: EventType | undefined,
  columns: CsvEventRowsOptions['columns'],
  ignored: string[],
): string[] {
  const fatal: DataIssue[] = [];
  // The file's name of each field: the mapping first, else the field's own name.
  const renamed = new Map<string, string>();
  for (const [field, name] of Object.entries(columns ?? {})) {
    if (!(EVENT_COLUMNS as readonly string[]).includes(field))
      throw new RangeError(
        `columns.${field} is not a field of the event format (fields: ${EVENT_COLUMNS.join(', ')})`,
      );
    if (name === undefined) continue;
    if (!fileHeader.includes(name))
      fatal.push({
        line: headerLine,
        field: name,
        rule: `is given as the ${field} column but is not in the header (it has: ${fileHeader.join(', ')})`,
      });
    renamed.set(name, field);
  }
  const mappedFields = new Set(renamed.values());
  // Unknown columns, and a column whose field another column was mapped to, are ignored.
  const header = fileHeader.map((h) => {
    const field = renamed.get(h) ?? (mappedFields.has(h) ? undefined : h);
    return field !== undefined && KNOWN.has(field) ? field : '';
  });
  ignored.push(...fileHeader.filter((_, k) => header[k] === ''));
  if (!header.includes('date') && !header.includes('time')) {
    fatal.push({
      line: headerLine,
      rule: `the header needs a "date" or a "time" column (or say which column holds them: the columns option, or --time-column and --date-column in the CLI); it has: ${fileHeader.join(', ')}`,
    });
  }
  if (!header.includes('type') && defaultType === undefined) {
    fatal.push({
      line: headerLine,
      rule: `the header needs a "type" column; it has: ${fileHeader.join(', ')}`,
    });
  }
  if (fatal.length > 0) throw new DataError(fatal);
  return header;
}

/** Check one CSV row and add its record to `out`, or its issues to `issues`. */
function readRow(
  header: readonly string[],
  line: number,
  fields: readonly string[],
  defaultType: EventType | undefined,
  issues: DataIssue[],
  onRecord: (record: EventRecord, line: number) => void,
): void {
  if (fields.length !== header.length) {
    issues.push({ line, rule: `has ${fields.length} fields, the header has ${header.length}` });
    return;
  }
  const raw: Record<string, unknown> = {};
  const cellIssues: DataIssue[] = [];
  for (let k = 0; k < header.length; k++) {
    const name = header[k] as string;
    if (name === '') continue; // an ignored column
    const cell = (fields[k] ?? '').trim();
    if (cell === '') continue; // empty cell: not given
    if (!NUMERIC_EVENT_COLUMNS.has(name)) raw[name] = cell;
    else if (NUMBER.test(cell)) raw[name] = Number(cell);
    else cellIssues.push({ line, field: name, value: cell, rule: 'is not a number' });
  }
  if (raw.type === undefined && defaultType !== undefined) raw.type = defaultType;
  const plain = cellIssues.length === 0 ? plainEventRecord(raw) : null;
  if (plain !== null) {
    onRecord(plain, line);
    return;
  }
  const parsed = EventRecord.safeParse(raw);
  const rawText = Object.fromEntries(
    header.flatMap((h, k) => (h === '' ? [] : [[h, fields[k]?.trim()]])),
  );
  const zodIssues = parsed.success ? [] : recordIssues(parsed.error.issues, rawText, { line });
  // A number that failed to parse was left out; don't also report the row as lacking it.
  const bad = [
    ...cellIssues,
    ...zodIssues.filter((i) => cellIssues.length === 0 || i.field !== undefined),
  ];
  if (bad.length > 0 || !parsed.success) issues.push(...bad);
  else onRecord(parsed.data, line);
}
