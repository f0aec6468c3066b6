import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/random/createRng.js';

const take = (rng: () => number, n: number) => Array.from({ length: n }, () => rng());
const seed = fc.oneof(fc.integer(), fc.string({ minLength: 1 }));
const label = fc.oneof(
  fc.nat(),
  fc.string({ minLength: 1 }).filter((l) => !l.includes('/')),
);

// fast-check prints the seed and the shrunk counterexample on failure.
describe('createRng invariants', () => {
  it('a fork depends on the parent seed and label only, not on draws taken from the parent', () => {
    fc.assert(
      fc.property(seed, label, fc.nat(500), (s, l, drawn) => {
        const fresh = createRng(s).fork(l);
        const parent = createRng(s);
        take(parent, drawn);
        expect(take(parent.fork(l), 10)).toEqual(take(fresh, 10));
      }),
    );
  });

  it('drawing from a fork does not advance the parent', () => {
    fc.assert(
      fc.property(seed, label, fc.nat(100), (s, l, drawn) => {
        const parent = createRng(s);
        take(parent.fork(l), drawn);
        expect(take(parent, 5)).toEqual(take(createRng(s), 5));
      }),
    );
  });

  it('forks with different labels give different streams', () => {
    fc.assert(
      fc.property(seed, label, label, (s, a, b) => {
        fc.pre(String(a) !== String(b));
        const root = createRng(s);
        expect(take(root.fork(a), 4)).not.toEqual(take(root.fork(b), 4));
      }),
    );
  });
});
