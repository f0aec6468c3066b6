import { describe, expect, it } from 'vitest';
import { discover } from '../../src/experiments/discover.js';
import { checkDiscoverOptions } from '../../src/experiments/discovery/checkDiscoverOptions.js';
import { sweepColumns } from '../../src/experiments/sweep/sweepColumns.js';
import { sweep } from '../../src/experiments/sweep.js';
import { presets } from '../../src/scenario/presets.js';

const parameters = [
  { path: 'militias.0.baseline', low: 0.05, high: 0.1 },
  { path: 'hostGovernment.thresholds.expulsion', low: 6, high: 20 },
];

describe('sweepColumns', () => {
  it('names the columns of the rows a sweep makes, before any run', () => {
    for (const extra of [{}, { outcomes: ['attacks', 'expulsionDay'] }, { perReplicate: true }]) {
      const options = {
        parameters,
        design: 'grid' as const,
        points: 2,
        replicates: 2,
        seed: 1,
        ...extra,
      };
      const [row] = sweep(presets.restraint, options);
      expect(Object.keys(row ?? {})).toEqual(sweepColumns(options));
    }
  });
});

describe('checkDiscoverOptions', () => {
  const columns = sweepColumns({ parameters });
  const inputs = parameters.map((p) => p.path);
  it('refuses what discover would refuse only after reading rows', () => {
    const check = (o: object) => () =>
      checkDiscoverOptions({ inputs, outcome: 'attacks.mean', ...o }, columns);
    expect(check({ above: 1 })).not.toThrow();
    expect(check({})).toThrow(/give exactly one of above and below/);
    expect(check({ above: 1, below: 2 })).toThrow(/give exactly one of above and below/);
    expect(check({ above: Number.NaN })).toThrow(/above must be a finite number, received NaN/);
    expect(check({ below: 1, outcome: 'attack.mean' })).toThrow(
      /column "attack.mean" is not in the rows; columns: point, policy, militias.0.baseline/,
    );
    expect(check({ above: 1, threshold: 1.5 })).toThrow(
      /threshold must be in \(0, 1\], received 1.5/,
    );
    expect(check({ above: 1, peelAlpha: 0 })).toThrow(/peelAlpha must be in \(0, 1\), received 0/);
  });
  it('lets discover refuse a bad option before it reads a row', () => {
    let read = 0;
    const rows = (function* () {
      read++;
      yield { x: 1, y: 1 };
    })();
    expect(() => discover(rows, { inputs: ['x'], outcome: 'y', above: 1, threshold: 2 })).toThrow(
      /threshold must be in/,
    );
    expect(read).toBe(0);
  });
});
