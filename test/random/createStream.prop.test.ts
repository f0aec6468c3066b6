import fc from 'fast-check';
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/random/createRng.js';
import { createStream, seedStream } from '../../src/random/createStream.js';
import { seedStreamBatch } from '../../src/random/seedStreamBatch.js';
import { seedStreamAfter, seedStreams3 } from '../../src/random/seedStreams3.js';
import {
  createStreamState,
  type StreamState,
  streamDraw,
  streamSource,
} from '../../src/random/streamDraw.js';

describe('createStream', () => {
  it('draws exactly what seedrandom’s Alea draws for the same seed (any string)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 80, unit: 'binary' }), (seed) => {
        const reference = seedrandom.alea(seed);
        const stream = createStream(seed);
        expect(Array.from({ length: 40 }, stream)).toEqual(Array.from({ length: 40 }, reference));
      }),
      { numRuns: 300 },
    );
  });

  it('seedStreams3 and seedStreamAfter seed what createStream seeds, whatever the parts’ lengths, re-seeding in place', () => {
    const part = fc.string({ maxLength: 40, unit: 'binary' });
    const tail = fc.string({ minLength: 1, maxLength: 40, unit: 'binary' });
    // One set of states for every case: each seeding must overwrite whatever came before.
    const states = [createStreamState(), createStreamState(), createStreamState()] as const;
    const fourth = createStreamState();
    const sources = states.map(streamSource);
    fc.assert(
      fc.property(part, part, fc.tuple(tail, tail, tail), tail, (head, middle, tails, other) => {
        const prefix = seedStreams3(head, middle, tails, ...states);
        tails.forEach((t, i) => {
          const reference = seedrandom.alea(head + middle + t);
          // Alternate the two views of one state: they are one stream.
          const draws = Array.from({ length: 20 }, (_, k) =>
            k % 2 === 0 ? (sources[i] as () => number)() : streamDraw(states[i] as StreamState),
          );
          expect(draws).toEqual(Array.from({ length: 20 }, reference));
        });
        seedStreamAfter(prefix, head, middle, other, fourth);
        const reference = seedrandom.alea(head + middle + other);
        expect(Array.from({ length: 20 }, () => streamDraw(fourth))).toEqual(
          Array.from({ length: 20 }, reference),
        );
        seedStream(head + other, fourth);
        expect(streamDraw(fourth)).toBe(seedrandom.alea(head + other)());
      }),
      { numRuns: 300 },
    );
  });

  it('seedStreamBatch seeds what createStream seeds for every head and tail, whatever their lengths', () => {
    const part = fc.string({ maxLength: 30, unit: 'binary' });
    const tail = fc.string({ minLength: 1, maxLength: 30, unit: 'binary' });
    // One set of arrays for every case: each batch must overwrite whatever came before.
    const states = new Float64Array(4 * 5 * 4);
    const prefixes = new Float64Array(5);
    const scratch = new Float64Array(3 * 5 * 4);
    const fourth = createStreamState();
    fc.assert(
      fc.property(
        fc.array(part, { minLength: 1, maxLength: 5 }),
        part,
        fc.array(tail, { minLength: 1, maxLength: 4 }),
        tail,
        (heads, middle, tails, other) => {
          seedStreamBatch(heads, middle, tails, states, prefixes, scratch);
          heads.forEach((head, j) => {
            tails.forEach((t, s) => {
              const state = createStreamState();
              const at = 4 * (j * tails.length + s);
              state.set(states.subarray(at, at + 4));
              const reference = seedrandom.alea(head + middle + t);
              expect(Array.from({ length: 10 }, () => streamDraw(state))).toEqual(
                Array.from({ length: 10 }, reference),
              );
            });
            seedStreamAfter(prefixes[j] as number, head, middle, other, fourth);
            expect(streamDraw(fourth)).toBe(seedrandom.alea(head + middle + other)());
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('draws what createRng’s stream draws for an engine seed path, over many draws', () => {
    const path = '42/3/militia:kataib-hezbollah/attacks';
    const a = createStream(path);
    const b = createRng(42).fork(3).fork('militia:kataib-hezbollah').fork('attacks');
    for (let i = 0; i < 100_000; i++) if (a() !== b()) throw new Error(`draw ${i} differs`);
  });
});
