import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEventQueue, peekTime, pop, schedule } from '../../src/model/EventQueue.js';

describe('EventQueue', () => {
  it('pops in time order, ties in push order, interleaved with pushes (invariant)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 20 })), { maxLength: 200 }),
        (ops) => {
          const queue = createEventQueue();
          const reference: { time: number; seq: number }[] = [];
          let seq = 0;
          for (const [push, time] of ops) {
            if (push || reference.length === 0) {
              schedule(queue, time, 0, seq);
              reference.push({ time, seq: seq++ });
              continue;
            }
            reference.sort((a, b) => a.time - b.time || a.seq - b.seq);
            const expected = reference.shift() as { time: number; seq: number };
            expect(peekTime(queue)).toBe(expected.time);
            expect(queue.payloads[0]).toBe(expected.seq);
            pop(queue);
          }
          expect(queue.size).toBe(reference.length);
        },
      ),
    );
  });

  it('is empty at first and refuses to pop when empty', () => {
    const queue = createEventQueue();
    expect(peekTime(queue)).toBe(Number.POSITIVE_INFINITY);
    expect(() => pop(queue)).toThrow(RangeError);
  });
});
