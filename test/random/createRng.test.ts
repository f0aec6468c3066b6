import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/random/createRng.js';

const take = (rng: () => number, n: number) => Array.from({ length: n }, () => rng());

describe('createRng', () => {
  it('gives the same stream for the same seed, and a different one for another seed', () => {
    expect(take(createRng(42), 100)).toEqual(take(createRng(42), 100));
    expect(take(createRng('scenario-a'), 100)).toEqual(take(createRng('scenario-a'), 100));
    expect(take(createRng(42), 5)).not.toEqual(take(createRng(43), 5));
  });

  it('draws in [0, 1)', () => {
    const us = take(createRng('range'), 100_000);
    expect(us.every((u) => u >= 0 && u < 1)).toBe(true);
  });

  it('forks: same label same stream, different labels and parent differ', () => {
    const root = createRng(7);
    expect(take(root.fork('militia'), 20)).toEqual(take(createRng(7).fork('militia'), 20));
    expect(take(root.fork('militia'), 5)).not.toEqual(take(root.fork('force'), 5));
    expect(take(root.fork(0), 5)).not.toEqual(take(root.fork(1), 5));
    expect(take(root.fork('a'), 5)).not.toEqual(take(createRng(7), 5));
    expect(root.fork('replicate-3').fork('militia').seed).toBe('7/replicate-3/militia');
  });

  it('rejects a non-finite or empty seed', () => {
    expect(() => createRng(Number.NaN)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: seed must be a finite number or a non-empty string, received NaN]`,
    );
    expect(() => createRng(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => createRng('')).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: seed must be a finite number or a non-empty string, received ""]`,
    );
  });
});

describe('createRng fork labels', () => {
  it("refuses a label with '/' so that two label paths cannot name one stream", () => {
    expect(() => createRng(1).fork('a/b')).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: label must be a non-empty string or number without '/', received "a/b"]`,
    );
    expect(() => createRng(1).fork('')).toThrow(/^label must be a non-empty string/);
  });
});
