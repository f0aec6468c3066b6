import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVENT_COLUMNS, EventRecord } from '../../src/data/EventRecord.js';
import { loadEvents } from '../../src/data/loadEvents.js';
import { plainEventRecord } from '../../src/data/plainEventRecord.js';

// Values near every rule's edge, valid and not, for every field of the format and a stranger.
const anyValue = fc.oneof(
  fc.constantFrom('attack', 'strike', 'raid', '', ' ', 'day', 'unknown', '2020-01-27'),
  fc.constantFrom('2020-02-30', '2020-01-27T10:00', '2020-01-27T25:00', 'yesterday'),
  fc.constantFrom(0, -1, 1.5, 3, 36_525, 36_525.0001, -36_526, 1e308, Number.NaN),
  fc.constantFrom(Number.POSITIVE_INFINITY, null, true, [], {}),
  fc.double(),
  fc.string(),
);
const fields = fc.constantFrom(...EVENT_COLUMNS, 'colour', '__proto__');
const rows = fc.dictionary(fields, anyValue, { maxKeys: 6 });

describe('plainEventRecord', () => {
  it('accepts only what the schema accepts, and gives the same record (fast-check, 3000 rows)', () => {
    fc.assert(
      fc.property(
        rows,
        fc.constantFrom('attack', 'strike'),
        fc.double({ min: -100, max: 100, noNaN: true }),
        (raw, type, time) => {
          // Half the rows made plausible, so both answers are exercised.
          const row = Object.keys(raw).length % 2 === 0 ? { ...raw, type, time } : raw;
          const plain = plainEventRecord(row);
          if (plain === null) return;
          const parsed = EventRecord.safeParse(row);
          expect(parsed.success).toBe(true);
          expect(plain).toStrictEqual(parsed.data);
          expect(Object.keys(plain)).toEqual(Object.keys(parsed.data ?? {}));
        },
      ),
      { numRuns: 3000, seed: 21 },
    );
  });

  it('takes the common rows and leaves cross-field rules to the schema', () => {
    expect(plainEventRecord({ type: 'attack', time: 2 })).toEqual({ time: 2, type: 'attack' });
    expect(plainEventRecord({ date: '2020-01-27', type: 'strike', killed: 3 })).toEqual({
      date: '2020-01-27',
      type: 'strike',
      killed: 3,
    });
    expect(plainEventRecord({ type: 'attack' })).toBeNull(); // no date or time
    expect(plainEventRecord({ type: 'attack', time: 2, killedMax: 4 })).toBeNull();
    expect(plainEventRecord({ type: 'attack', time: 2, precision: 'day' })).toBeNull();
  });

  it('leaves loadEvents with the same events and the same errors', () => {
    const csv = 'time,type,killed\n1,attack,2\n2.5,strike,\n3,attack,1\n';
    expect(loadEvents(csv).events.map((e) => [e.time, e.type, e.killed])).toEqual([
      [1, 'attack', 2],
      [2.5, 'strike', undefined],
      [3, 'attack', 1],
    ]);
    expect(() => loadEvents('time,type\n1,attack\n2,raid\n40000,attack\n')).toThrow(
      /line 3.*type.*must be one of[\s\S]*line 4.*time.*within ±36525 days/,
    );
  });
});
