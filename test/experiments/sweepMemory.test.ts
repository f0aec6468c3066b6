import { setFlagsFromString } from 'node:v8';
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

describe('sweep memory', () => {
  it('keeps nothing alive per design point: the live heap is the same after 1,000 and 5,000 points', () => {
    // A first sweep warms the engine: compiled code, inline caches and interned strings grow
    // the live heap for a few thousand points (by 380 KB, then 100 KB, 60 KB, 16 KB per
    // thousand here) and then stop.
    for (const _ of sweep(presets['iraq-2020'], { ...options, points: 3000 }));
    const live: number[] = [];
    let rows = 0;
    for (const _ of sweep(presets['iraq-2020'], { ...options, points: 5000, seed: 2 })) {
      rows++;
      if (rows === 1000 || rows === 5000) {
        collect();
        live.push(process.memoryUsage().heapUsed);
      }
    }
    expect(rows).toBe(5000);
    // A row kept per point is at least ~300 B (its object and column values): 4,000 points
    // would add 1.2 MB. The bound, 100 B per point (400 KB in all), is above the warm-up's
    // tail (under 20 B per point once warm) and below any per-point retention.
    const [early, late] = live as [number, number];
    expect((late - early) / 4000).toBeLessThan(100);
  }, 120_000);
});
