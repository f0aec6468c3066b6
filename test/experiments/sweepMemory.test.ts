import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { presets, sweep } from '../../src/index.js';

const options = {
  parameters: [
    { path: 'militias.0.baseline', low: 0.04, high: 0.12 },
    { path: 'hostGovernment.thresholds.expulsion', low: 6, high: 20 },
  ],
  design: 'latinHypercube' as const,
  replicates: 1,
  seed: 1,
};

// A full collection on demand, so the test reads what a sweep keeps alive, not garbage
// V8 has not yet collected.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

/** Bytes in use in V8's old space. */
function oldSpaceUsed(): number {
  const space = getHeapSpaceStatistics().find((s) => s.space_name === 'old_space');
  if (space === undefined) throw new Error('V8 reports no old_space');
  return space.space_used_size;
}

describe('sweep memory', () => {
  it('keeps nothing alive per design point, and promotes little: the live heap is the same after 1,000 and 5,000 points', () => {
    // A first sweep warms the engine: compiled code, inline caches and interned strings grow
    // the live heap for several thousand points and then stop (measured alone: +735 KB over
    // the first 4,000 points, +44 KB over the next 4,000, +6 KB over the 12,000 after).
    for (const _ of sweep(presets['iraq-2020'], { ...options, points: 6000 }));
    const live: number[] = [];
    let rows = 0;
    // What reaches the old generation between rows: garbage there is freed only by a full
    // collection, so it is what makes a long sweep's peak memory rise.
    let promoted = 0;
    let old = oldSpaceUsed();
    for (const _ of sweep(presets['iraq-2020'], { ...options, points: 5000, seed: 2 })) {
      rows++;
      if (rows === 1000 || rows === 5000) {
        collect();
        live.push(process.memoryUsage().heapUsed);
      }
      const now = oldSpaceUsed();
      if (now > old) promoted += now - old;
      old = now;
    }
    expect(rows).toBe(5000);
    // Measured alone: 0.66 KB per point (the patched scenario's copies). The run states
    // runReplicate kept in a WeakMap survived minor collections and put 15.7 KB per point
    // there; the bound sits between, with room for a test run's other allocations.
    expect(promoted / 5000).toBeLessThan(4000);
    // Keeping each row costs about 1,030 B per point here (measured by keeping them). The
    // bound, 300 B per point, sits above what is left of the warm-up in a full test run
    // (118 B per point seen after a 3,000-point warm-up) and well below any per-point
    // retention.
    const [early, late] = live as [number, number];
    expect((late - early) / 4000).toBeLessThan(300);
  }, 120_000);

  // Runs after the test above, whose sweeps warmed the engine.
  it('the old generation, after a full collection, grows by less than 100 B per point (slope + 4 SE)', () => {
    // Live old space at 8 checkpoints 1,000 points apart; the least-squares slope per point
    // and its standard error from the residuals (6 degrees of freedom). The positive steps of old space between rows
    // (the first test) cannot show this: a loop that only makes a 4-element Float64Array
    // shows 0 to 345 B per step in blocks of 4,000, from V8's own allocations.
    const x: number[] = [];
    const y: number[] = [];
    let rows = 0;
    for (const _ of sweep(presets['iraq-2020'], { ...options, points: 8000, seed: 3 })) {
      rows++;
      if (rows % 1000 === 0) {
        collect();
        x.push(rows);
        y.push(oldSpaceUsed());
      }
    }
    const n = x.length;
    const mx = x.reduce((a, v) => a + v, 0) / n;
    const my = y.reduce((a, v) => a + v, 0) / n;
    const sxx = x.reduce((a, v) => a + (v - mx) ** 2, 0);
    const slope = x.reduce((a, v, i) => a + (v - mx) * ((y[i] as number) - my), 0) / sxx;
    const residual = y.map((v, i) => v - my - slope * ((x[i] as number) - mx));
    const se = Math.sqrt(residual.reduce((a, r) => a + r * r, 0) / (n - 2) / sxx);
    // Its upper 4-SE bound below 100 B per point: a kept row (about 1,030 B) fails by far.
    // Not asserted to be 0: three runs gave 9.2 ± 2.0, 8.9 ± 4.1 and 1.2 ± 7.9 B per point,
    // a small drift (under 2 MB over 100,000 points) that was not traced.
    expect(slope + 4 * se).toBeLessThan(100);
  }, 120_000);
});
