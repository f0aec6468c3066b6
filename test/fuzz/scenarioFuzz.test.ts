import { describe, expect, it } from 'vitest';
import { fuzzScenarios } from './scenarioFuzzer.js';

// The fast share of the scenario fuzzer (the slow suite runs 10,000 inputs): every mutated
// preset is refused with a path or runs to completion with finite outcomes.
describe('scenario fuzzer', () => {
  it('refuses each of 300 mutated presets by path, or runs it clean (fast-check seed 20261130)', () => {
    const { tally, failures } = fuzzScenarios(300, 20261130);
    console.info('scenario fuzzer (fast):', tally);
    expect(failures).toEqual([]);
    expect(tally.other).toBe(0);
    // Both classes occur, so the fuzzer reaches the runner as well as the schema.
    expect(tally['refused-by-path']).toBeGreaterThan(0);
    expect(tally['ran-clean']).toBeGreaterThan(0);
  });
});
