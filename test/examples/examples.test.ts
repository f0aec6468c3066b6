import { describe, expect, it } from 'vitest';
import { main as timeline } from '../../examples/01-iraq-2020-timeline.js';
import { main as comparison } from '../../examples/02-policy-comparison.js';

// Every example checks its own headline result (and throws if it fails); here each runs at
// a small size.
describe('examples', () => {
  it('01 prints a dated timeline whose strikes answer deadly attacks', () => {
    const lines: string[] = [];
    const run = timeline({ seed: 3, days: 365, write: (l) => lines.push(l) });
    expect(lines[0]).toMatch(/^iraq-2020, seed 3/);
    expect(lines.filter((l) => l.includes(' attack on ')).length).toBe(run.outcomes.attacks);
  });

  it('02 compares three policies on common random numbers (200 replicates)', () => {
    const lines: string[] = [];
    const { differences } = comparison({ replicates: 200, seed: 2, write: (l) => lines.push(l) });
    expect(lines.some((l) => l.startsWith('expulsionDemanded'))).toBe(true);
    expect(differences.strikes?.low).toBeGreaterThan(0);
  });
});
