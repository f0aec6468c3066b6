import { describe, expect, it } from 'vitest';
import type { ExperimentRequest } from '../../src/experiments/shards/ExperimentRequest.js';
import type { SweepRow } from '../../src/experiments/sweep.js';
import { sweep } from '../../src/experiments/sweep.js';
import { presets } from '../../src/index.js';
import { runExperimentParallel, sweepParallel } from '../../src/node/index.js';

const iraq = presets['iraq-2020'];
const parameters = [
  { path: 'militias.0.baseline', low: 0.05, high: 0.1 },
  { path: 'hostGovernment.thresholds.expulsion', low: 4, high: 16 },
];
const requests: ExperimentRequest[] = [
  { command: 'run', scenario: iraq, options: { replicates: 37, seed: 2 } },
  {
    command: 'compare',
    scenario: iraq,
    policies: ['restraint', 'titForTat', { name: 'casualtyThreshold', params: { delayDays: 2 } }],
    options: { replicates: 31, seed: 'pool' },
  },
  {
    command: 'sweep',
    scenario: iraq,
    options: { parameters, design: 'grid', points: 3, replicates: 3, seed: 1, perReplicate: true },
  },
  {
    command: 'sensitivity',
    scenario: iraq,
    options: { method: 'morris', parameters, trajectories: 5, replicates: 2, seed: 4 },
  },
  {
    command: 'test',
    spec: {
      scenario: iraq,
      control: 'restraint',
      metric: 'expulsionDemanded',
      direction: 'greater',
      replicates: 25,
      seed: 6,
      permutations: 199,
    },
  },
];

// Parts merge exactly and every replicate and point draws from streams of its own index, so
// the result is the same, byte for byte, for any number of threads and any split.
describe('runExperimentParallel', () => {
  it.each(requests.map((r) => [r.command, r] as const))(
    '%s: 1, 2 and 3 workers give the same result',
    async (_, request) => {
      const [one, two, three] = await Promise.all([
        runExperimentParallel(request, { workers: 1 }),
        runExperimentParallel(request, { workers: 2 }),
        runExperimentParallel(request, { workers: 3, partsPerWorker: 3 }),
      ]);
      expect(JSON.stringify(two)).toBe(JSON.stringify(one));
      expect(JSON.stringify(three)).toBe(JSON.stringify(one));
    },
    120_000,
  );

  it('checks the experiment in the calling thread before starting any', async () => {
    await expect(
      runExperimentParallel(
        {
          command: 'compare',
          scenario: iraq,
          policies: ['restraint', 'titForTatt'],
          options: { replicates: 4, seed: 1 },
        },
        { workers: 2 },
      ),
    ).rejects.toThrow(/titForTatt/);
    await expect(
      runExperimentParallel(requests[0] as ExperimentRequest, { workers: 0 }),
    ).rejects.toThrow('workers must be an integer >= 1, received 0');
  });

  it('reports progress up to the whole', async () => {
    const seen: number[] = [];
    await runExperimentParallel(requests[0] as ExperimentRequest, {
      workers: 2,
      onProgress: (done, total) => {
        expect(total).toBe(37);
        seen.push(done);
      },
    });
    expect(seen.at(-1)).toBe(37);
  });
});

describe('sweepParallel', () => {
  const options = {
    parameters,
    design: 'latinHypercube' as const,
    points: 23,
    replicates: 3,
    seed: 'stream',
    policies: ['restraint', 'titForTat'],
  };
  const collect = async (workers: number, pointsPerPart: number) => {
    const rows: SweepRow[] = [];
    for await (const row of sweepParallel(iraq, options, { workers, pointsPerPart }))
      rows.push(row);
    return rows;
  };

  it('streams the rows of the one-thread sweep, in design order, for 1, 2 and 3 workers', async () => {
    const one = JSON.stringify([...sweep(iraq, options)]);
    const [a, b, c] = await Promise.all([collect(1, 25), collect(2, 1), collect(3, 4)]);
    expect(JSON.stringify(a)).toBe(one);
    expect(JSON.stringify(b)).toBe(one);
    expect(JSON.stringify(c)).toBe(one);
  }, 120_000);

  // The bound that keeps memory flat in the number of points: points finished but not yet
  // read never exceed the window (two parts per thread), however slowly the reader takes them.
  it('holds at most two parts per thread ahead of a slow reader', async () => {
    let read = 0;
    let ahead = 0;
    const stream = sweepParallel(
      iraq,
      { ...options, policies: ['restraint'] },
      {
        workers: 2,
        pointsPerPart: 1,
        onProgress: (done) => {
          ahead = Math.max(ahead, done - read);
        },
      },
    );
    for await (const row of stream) {
      read = (row.point as number) + 1;
      // A reader stalled on its first row: unbounded threads would finish most points meanwhile.
      if (read === 1) await new Promise((resolve) => setTimeout(resolve, 2000));
    }
    expect(read).toBe(23);
    expect(ahead).toBeLessThanOrEqual(4);
  }, 120_000);

  it('refuses bad settings before starting a thread', async () => {
    await expect(collect(0, 1)).rejects.toThrow('workers must be an integer >= 1, received 0');
    await expect(collect(2, 0)).rejects.toThrow(
      'pointsPerPart must be an integer >= 1, received 0',
    );
    const bad = sweepParallel(iraq, { ...options, points: 0 }, { workers: 2 });
    await expect(bad.next()).rejects.toThrow(/points must be an integer >= 1/);
  });
});
