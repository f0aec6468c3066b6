/**
 * A binary min-heap of scheduled events keyed by (time, insertion order), stored as four
 * parallel number arrays so scheduling allocates nothing once they have grown to the run's
 * needs. Each entry carries a small integer `kind` and an integer `payload` (an index into
 * the run's own tables), never an object. (Plain arrays, not typed arrays: a run creates a
 * queue, and small typed arrays above 64 bytes get off-heap buffers that cost far more to
 * allocate and collect than the heap work itself.)
 *
 * Ties in time pop in the order they were pushed, so a run never depends on heap internals.
 */
export interface EventQueue {
  size: number;
  readonly times: number[];
  readonly order: number[];
  readonly kinds: number[];
  readonly payloads: number[];
  pushed: number;
}

/**
 * Create an empty queue.
 *
 * @returns an empty queue
 * @example
 * createEventQueue().size; // => 0
 */
export function createEventQueue(): EventQueue {
  return { size: 0, times: [], order: [], kinds: [], payloads: [], pushed: 0 };
}

/**
 * Empty a queue for reuse, keeping its arrays' capacity (a new run on a reused state).
 *
 * @param queue - the queue (mutated)
 * @example
 * const q = createEventQueue(); schedule(q, 2, 0, 0); clearQueue(q); peekTime(q); // => Infinity
 */
export function clearQueue(queue: EventQueue): void {
  queue.size = 0;
  queue.pushed = 0;
}

/**
 * Schedule an event. Cost O(log size).
 *
 * @param queue - the queue
 * @param time - when it happens (days)
 * @param kind - what happens (an engine-defined code)
 * @param payload - an index into the caller's tables
 * @example
 * const q = createEventQueue(); schedule(q, 2, 0, 0); schedule(q, 1, 1, 0); peekTime(q); // => 1
 */
export function schedule(queue: EventQueue, time: number, kind: number, payload: number): void {
  const { times, order, kinds, payloads } = queue;
  if (queue.size === times.length) {
    times.push(0);
    order.push(0);
    kinds.push(0);
    payloads.push(0);
  }
  const seq = queue.pushed++;
  let i = queue.size++;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    const pt = times[parent] as number;
    if (pt < time || (pt === time && (order[parent] as number) < seq)) break;
    times[i] = pt;
    order[i] = order[parent] as number;
    kinds[i] = kinds[parent] as number;
    payloads[i] = payloads[parent] as number;
    i = parent;
  }
  times[i] = time;
  order[i] = seq;
  kinds[i] = kind;
  payloads[i] = payload;
}

/**
 * Time of the earliest event, or Infinity when the queue is empty.
 *
 * @example
 * peekTime(createEventQueue()); // => Infinity
 */
export function peekTime(queue: EventQueue): number {
  return queue.size === 0 ? Number.POSITIVE_INFINITY : (queue.times[0] as number);
}

/**
 * Remove the earliest event; read its kind and payload first with `queue.kinds[0]` and
 * `queue.payloads[0]`. Cost O(log size).
 *
 * @throws RangeError when the queue is empty
 * @example
 * const q = createEventQueue(); schedule(q, 1, 7, 3); const kind = q.kinds[0]; pop(q); q.size; // => 0
 */
export function pop(queue: EventQueue): void {
  if (queue.size === 0) throw new RangeError('queue must not be empty to pop, received size 0');
  const last = --queue.size;
  const { times, order, kinds, payloads } = queue;
  const time = times[last] as number;
  const seq = order[last] as number;
  let i = 0;
  for (;;) {
    let child = 2 * i + 1;
    if (child >= last) break;
    const right = child + 1;
    if (right < last && before(queue, right, child)) child = right;
    const ct = times[child] as number;
    if (time < ct || (time === ct && seq < (order[child] as number))) break;
    times[i] = ct;
    order[i] = order[child] as number;
    kinds[i] = kinds[child] as number;
    payloads[i] = payloads[child] as number;
    i = child;
  }
  times[i] = time;
  order[i] = seq;
  kinds[i] = kinds[last] as number;
  payloads[i] = payloads[last] as number;
}

function before(queue: EventQueue, a: number, b: number): boolean {
  const ta = queue.times[a] as number;
  const tb = queue.times[b] as number;
  return ta < tb || (ta === tb && (queue.order[a] as number) < (queue.order[b] as number));
}
