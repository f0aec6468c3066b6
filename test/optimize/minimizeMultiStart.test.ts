import { describe, expect, it } from 'vitest';
import { minimizeMultiStart } from '../../src/optimize/minimizeMultiStart.js';
import { expectClose } from '../helpers/expectClose.js';

// Tilted double well: f = (x² − 1)² + 0.3x has a local minimum near +0.96 and the global one
// near −1.04 (roots of f′ = 4x³ − 4x + 0.3; f differs between them by about 2·0.3).
const f = ([x = 0]: readonly number[]): number => (x * x - 1) ** 2 + 0.3 * x;
const g = ([x = 0]: readonly number[]): number[] => [4 * x * (x * x - 1) + 0.3];

describe('minimizeMultiStart', () => {
  it('picks the global minimum of a tilted double well and reports both minima', () => {
    const result = minimizeMultiStart(f, g, { lower: [-3], upper: [3] }, [
      [2],
      [0.5],
      [-0.5],
      [-2],
    ]);
    expect([2, 3]).toContain(result.bestIndex); // −0.5 and −2 both reach the left well
    const left = result.best.x[0] as number;
    expectClose(4 * left * (left * left - 1) + 0.3, 0, { abs: 1e-7 }); // a stationary point
    expect(left).toBeLessThan(-1);
    const values = result.runs.map((run) => run.result?.value ?? Number.NaN);
    // The run from 2 ends in the shallower well.
    expect((values[0] as number) - result.best.value).toBeGreaterThan(0.5);
    expect(values[3]).toBeGreaterThanOrEqual(result.best.value);
  });

  it('skips starts where f is not finite and says why', () => {
    const h = ([x = 0]: readonly number[]): number => (x > 2 ? Number.NaN : f([x]));
    const result = minimizeMultiStart(h, g, undefined, [[2.5], [-2]]);
    expect(result.runs[0]?.result).toBeNull();
    expect(result.runs[0]?.error).toMatch(/not finite at the start/);
    expect(result.bestIndex).toBe(1);
  });

  it('is deterministic', () => {
    const a = minimizeMultiStart(f, g, { lower: [-3], upper: [3] }, [[2], [-2]]);
    const b = minimizeMultiStart(f, g, { lower: [-3], upper: [3] }, [[2], [-2]]);
    expect(b).toEqual(a);
  });

  it('rejects an empty list of starts and one where every start fails', () => {
    expect(() => minimizeMultiStart(f, g, undefined, [])).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: starts must hold at least one point, received 0]`,
    );
    expect(() =>
      minimizeMultiStart(() => Number.NaN, g, undefined, [[1]]),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: starts must include a point where f and its gradient are finite, received 1 that all fail]`,
    );
  });
});
