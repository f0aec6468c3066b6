import { EVENT_COLUMNS, EVENT_TYPES, type EventRecord } from './EventRecord.js';
import { parseIsoDate } from './parseIsoDate.js';

// Each type's one string, so a million rows do not hold a million copies of "attack".
const TYPES: ReadonlyMap<string, string> = new Map(EVENT_TYPES.map((t) => [t, t]));
const TEXT = new Set(['id', 'subtype', 'actor', 'target', 'location']);
const FREE_TEXT = new Set(['notes', 'provenance']);

/**
 * The common row, checked without zod: `EventRecord` when `raw` has only fields whose rules
 * are checked here one by one and breaks none of them, else `null` (the caller then asks the
 * schema, which explains what is wrong). Rows with `precision`, `killedMax` or `woundedMax`,
 * whose rules relate fields, always go to the schema.
 *
 * Why: a million-row file spent most of its loading time and memory in per-row schema
 * parses and their intermediate objects; a plain row needs neither.
 *
 * @param raw - a row's fields (numbers already converted), as given to `EventRecord`
 * @returns the record, with its fields in the schema's order, or null when the schema must decide
 * @example
 * plainEventRecord({ type: 'attack', time: 1.5 }); // => { time: 1.5, type: 'attack' }
 * plainEventRecord({ type: 'attack', time: 1.5, precision: 'day' }); // => null
 * plainEventRecord({ type: 'raid', time: 1.5 }); // => null
 */
export function plainEventRecord(raw: Readonly<Record<string, unknown>>): EventRecord | null {
  let dated = false;
  let type: string | undefined;
  for (const key in raw) {
    if (!Object.hasOwn(raw, key)) return null;
    const value = raw[key];
    if (key === 'type') {
      if (typeof value !== 'string' || !TYPES.has(value)) return null;
      type = TYPES.get(value);
    } else if (key === 'time') {
      if (typeof value !== 'number' || !(value >= -36_525 && value <= 36_525)) return null;
      dated = true;
    } else if (key === 'date') {
      if (typeof value !== 'string' || parseIsoDate(value) === null) return null;
      dated = true;
    } else if (key === 'killed' || key === 'wounded') {
      if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) return null;
    } else if (TEXT.has(key)) {
      if (typeof value !== 'string' || value.length === 0) return null;
    } else if (FREE_TEXT.has(key)) {
      if (typeof value !== 'string') return null;
    } else return null;
  }
  if (!dated || type === undefined) return null;
  const record: Record<string, unknown> = {};
  for (const column of EVENT_COLUMNS) if (raw[column] !== undefined) record[column] = raw[column];
  record.type = type;
  return record as EventRecord;
}
