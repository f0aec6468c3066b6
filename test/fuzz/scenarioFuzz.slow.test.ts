import { describe, expect, it } from 'vitest';
import { fuzzScenarios } from './scenarioFuzzer.js';

// Slow: 10,000 mutated presets through runScenario (`npm run test:slow`). Every input is refused
// with a path or runs to completion with finite outcomes; the counts are printed.
describe('scenario fuzzer (10,000 inputs)', () => {
  it('refuses each mutated preset by path, or runs it clean (fast-check seed 7)', () => {
    const started = performance.now();
    const { tally, failures } = fuzzScenarios(10_000, 7);
    const seconds = ((performance.now() - started) / 1000).toFixed(0);
    console.info(`scenario fuzzer (slow, ${seconds} s):`, tally);
    expect(failures).toEqual([]);
    expect(tally.other).toBe(0);
    expect(tally.tried).toBe(10_000);
    // Minutes on a quiet machine, about twenty on a loaded one: an hour's limit, not a bound.
  }, 3_600_000);
});
