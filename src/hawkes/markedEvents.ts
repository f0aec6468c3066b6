import { validateEventTimes } from './validateEventTimes.js';

/** Events of several dimensions merged into one time-ordered sequence. */
export interface MarkedEvents {
  readonly times: Float64Array;
  /** The dimension (militia) of each event. */
  readonly dims: Int32Array;
}

/**
 * Merge one strictly increasing time list per dimension into one sequence in time order
 * (events of different dimensions may share a time; the lower dimension comes first).
 *
 * @param streams - one list of event times (days) per dimension
 * @param horizon - end of observation in days
 * @throws RangeError naming the stream and index of an invalid time
 * @example
 * mergeStreams([[1, 3], [2]], 5).dims; // => Int32Array [0, 1, 0]
 */
export function mergeStreams(streams: readonly ArrayLike<number>[], horizon: number): MarkedEvents {
  let total = 0;
  streams.forEach((s, m) => {
    validateEventTimes(s, horizon, `times[${m}]`);
    total += s.length;
  });
  const times = new Float64Array(total);
  const dims = new Int32Array(total);
  const cursor = new Int32Array(streams.length);
  for (let out = 0; out < total; out++) {
    let best = -1;
    let bestTime = Number.POSITIVE_INFINITY;
    for (let m = 0; m < streams.length; m++) {
      const s = streams[m] as ArrayLike<number>;
      const c = cursor[m] as number;
      if (c < s.length && (s[c] as number) < bestTime) {
        best = m;
        bestTime = s[c] as number;
      }
    }
    times[out] = bestTime;
    dims[out] = best;
    cursor[best] = (cursor[best] as number) + 1;
  }
  return { times, dims };
}
