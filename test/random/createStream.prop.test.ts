import fc from 'fast-check';
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/random/createRng.js';
import { createStream, createStreams3 } from '../../src/random/createStream.js';

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

  it('createStreams3 gives the three streams createStream gives, whatever the parts’ lengths', () => {
    const part = fc.string({ maxLength: 40, unit: 'binary' });
    const tail = fc.string({ minLength: 1, maxLength: 40, unit: 'binary' });
    fc.assert(
      fc.property(part, part, fc.tuple(tail, tail, tail), (head, middle, tails) => {
        const streams = createStreams3(head, middle, tails);
        tails.forEach((t, i) => {
          const reference = seedrandom.alea(head + middle + t);
          expect(Array.from({ length: 20 }, streams[i] as () => number)).toEqual(
            Array.from({ length: 20 }, reference),
          );
        });
      }),
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
