import { EVENT_TYPES, type EventRecord, type EventType } from './EventRecord.js';
import { parseIsoDate } from './parseIsoDate.js';

/** Date precisions by code: 0 none, then these. */
export const PRECISIONS = [null, 'day', 'minute', 'second'] as const;

const PRECISION_CODE: Readonly<Record<string, number>> = { day: 1, minute: 2, second: 3 };

/** A growing column of numbers. */
class Column<T extends Float64Array | Uint8Array> {
  data: T;
  constructor(make: (n: number) => T) {
    this.data = make(1024);
  }
  set(i: number, value: number, make: (n: number) => T): void {
    if (i === this.data.length) {
      const bigger = make(2 * i);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[i] = value;
  }
}

const float = (n: number) => new Float64Array(n);
const byte = (n: number) => new Uint8Array(n);

/**
 * The dated records of an event file as columns of numbers: what a fit needs (type, time or
 * date, precision, killed, line) and nothing else, about 34 bytes a row.
 *
 * Why: a million rows kept as objects cost hundreds of megabytes; a fit reads only these.
 * Records without a date or time (undated) are counted, not kept.
 */
export class EventColumnStore {
  /** Dated records kept. */
  length = 0;
  /** Records without a date or a time. */
  undated = 0;
  readonly #type = new Column(byte);
  readonly #time = new Column(float);
  readonly #dateMs = new Column(float);
  readonly #datePrecision = new Column(byte);
  readonly #givenPrecision = new Column(byte);
  readonly #killed = new Column(float);
  readonly #origin = new Column(float);

  /**
   * Keep a valid record.
   *
   * @param record - a record that passed the event format's checks
   * @param origin - its line (CSV) or index (JSON)
   * @example
   * const store = new EventColumnStore();
   * store.add({ type: 'attack', date: '2020-01-02' }, 2);
   * store.columns().dateMs[0]; // => 1577923200000
   */
  add(record: EventRecord, origin: number): void {
    if (record.date === undefined && record.time === undefined) {
      this.undated++;
      return;
    }
    const i = this.length++;
    const date = record.date === undefined ? null : parseIsoDate(record.date);
    this.#type.set(i, EVENT_TYPES.indexOf(record.type as EventType), byte);
    this.#time.set(i, record.time ?? Number.NaN, float);
    this.#dateMs.set(i, date?.ms ?? Number.NaN, float);
    this.#datePrecision.set(i, date ? (PRECISION_CODE[date.precision] ?? 0) : 0, byte);
    this.#givenPrecision.set(i, PRECISION_CODE[record.precision ?? ''] ?? 0, byte);
    this.#killed.set(i, record.killed ?? Number.NaN, float);
    this.#origin.set(i, origin, float);
  }

  /**
   * The columns, `length` long: type (index in EVENT_TYPES), time (NaN: none), dateMs (NaN:
   * none), datePrecision and givenPrecision (codes of PRECISIONS), killed (NaN: not given),
   * origin.
   *
   * @returns views of the kept rows
   * @example
   * new EventColumnStore().columns().time.length; // => 0
   */
  columns() {
    const n = this.length;
    return {
      type: this.#type.data.subarray(0, n),
      time: this.#time.data.subarray(0, n),
      dateMs: this.#dateMs.data.subarray(0, n),
      datePrecision: this.#datePrecision.data.subarray(0, n),
      givenPrecision: this.#givenPrecision.data.subarray(0, n),
      killed: this.#killed.data.subarray(0, n),
      origin: this.#origin.data.subarray(0, n),
    };
  }
}
