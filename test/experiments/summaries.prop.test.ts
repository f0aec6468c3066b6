import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExactSum } from '../../src/experiments/summaries/ExactSum.js';
import { mergeSummaries } from '../../src/experiments/summaries/mergeSummaries.js';
import { Summary, type SummaryOptions } from '../../src/experiments/summaries/Summary.js';
import { exact, exactSquare } from './exactReference.js';

// fast-check prints the seed and the shrunk counterexample of any failure.
const anyDouble = fc.double({ noNaN: true, noDefaultInfinity: true });
const value = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -50, max: 50 }) },
  { weight: 2, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) },
  { weight: 1, arbitrary: anyDouble },
  { weight: 1, arbitrary: fc.constant(null) },
);

/** Split values into parts by cut points, and give the parts in a shuffled order. */
const partition = fc
  .record({
    values: fc.array(value, { maxLength: 80 }),
    cuts: fc.array(fc.nat(), { maxLength: 6 }),
    order: fc.array(fc.nat(), { maxLength: 7 }),
    maxDistinct: fc.constantFrom(0, 3, 10, 2048),
  })
  .map(({ values, cuts, order, maxDistinct }) => {
    const points = [...new Set(cuts.map((c) => c % (values.length + 1)))].sort((a, b) => a - b);
    const parts: (number | null)[][] = [];
    let start = 0;
    for (const p of [...points, values.length]) {
      parts.push(values.slice(start, p));
      start = p;
    }
    const keyed = parts.map((part, i) => ({ part, key: order[i] ?? i }));
    keyed.sort((a, b) => a.key - b.key);
    return { values, parts: keyed.map((k) => k.part), maxDistinct };
  });

function state(values: readonly (number | null)[], options: SummaryOptions) {
  const s = new Summary(options);
  for (const x of values) s.add(x);
  return s.toState();
}

describe('summary invariants', () => {
  it('any partition of the values, merged in any order, gives the JSON of one pass', () => {
    fc.assert(
      fc.property(partition, ({ values, parts, maxDistinct }) => {
        const whole = JSON.stringify(state(values, { maxDistinct }));
        const merged = mergeSummaries(parts.map((p) => state(p, { maxDistinct })));
        expect(JSON.stringify(merged)).toBe(whole);
        // Merging live summaries (as the worker pool does) agrees too.
        const live = new Summary({ maxDistinct });
        for (const p of parts) live.merge(Summary.fromState(state(p, { maxDistinct })));
        expect(JSON.stringify(live.toState())).toBe(whole);
      }),
      { numRuns: 300 },
    );
  });

  it('the order of the values never changes the state', () => {
    fc.assert(
      fc.property(fc.array(value, { maxLength: 60 }), fc.nat(), (values, seed) => {
        const shuffled = values
          .map((v, i) => ({ v, k: (i * 2654435761 + seed) % 1009 }))
          .sort((a, b) => a.k - b.k)
          .map((e) => e.v);
        expect(JSON.stringify(state(shuffled, {}))).toBe(JSON.stringify(state(values, {})));
      }),
    );
  });

  it('exact sums of values and squares equal an independent BigInt computation', () => {
    fc.assert(
      fc.property(fc.array(anyDouble, { maxLength: 40 }), (values) => {
        const s = new ExactSum();
        const q = new ExactSum();
        for (const x of values) {
          s.add(x);
          q.addSquare(x);
        }
        expect(s.toBigInt()).toBe(values.reduce((t, x) => t + exact(x), 0n));
        expect(q.toBigInt()).toBe(values.reduce((t, x) => t + exactSquare(x), 0n));
        expect(ExactSum.parse(s.toString()).toBigInt()).toBe(s.toBigInt());
      }),
      { numRuns: 300 },
    );
  });
});
