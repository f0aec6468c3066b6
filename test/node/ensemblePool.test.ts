import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runEnsemble } from '../../src/experiments/runEnsemble.js';
import { withPolicy } from '../../src/experiments/withPolicy.js';
import { compileScenario } from '../../src/model/compileScenario.js';
import { createEnsemblePool, type EnsemblePool } from '../../src/node/pool/createEnsemblePool.js';
import { runEnsembleParallel } from '../../src/node/pool/runEnsembleParallel.js';
import { presets } from '../../src/scenario/presets.js';

// One pool of 4 threads serves the property runs (threads take about a second to start);
// each run uses 1–4 of them, so the worker count varies as the property asks.
// runEnsembleParallel (its own pool, started and closed) is run by the CLI test of
// `run --workers 2`, which compares its output with the single-thread run.
let pool: EnsemblePool;
beforeAll(() => {
  pool = createEnsemblePool({ workers: 4 });
});
afterAll(() => pool.close());

const iraq = presets['iraq-2020'];
const json = (x: unknown) => JSON.stringify(x);

describe('ensemble worker pool', () => {
  it('gives runEnsemble’s result bit for bit for any worker count, chunk size and range', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          workers: fc.integer({ min: 1, max: 4 }),
          chunkSize: fc.integer({ min: 1, max: 25 }),
          replicates: fc.integer({ min: 1, max: 60 }),
          from: fc.integer({ min: 0, max: 1000 }),
          seed: fc.oneof(fc.integer({ min: 0, max: 1e6 }), fc.constantFrom('alpha', 'β')),
          preset: fc.constantFrom('iraq-2020', 'tit-for-tat-spiral', 'massive-retaliation'),
        }),
        async ({ preset, ...options }) => {
          const scenario = presets[preset];
          const parallel = await pool.run(scenario, options);
          const { replicates, from, seed } = options;
          const sequential = runEnsemble(scenario, { replicates, from, seed });
          expect(json(parallel.state)).toBe(json(sequential.state));
          expect(json(parallel.summaries)).toBe(json(sequential.summaries));
        },
      ),
      { numRuns: 20 },
    );
  });

  it('reports progress as chunks finish, ending at the total', async () => {
    const seen: number[] = [];
    await pool.run(iraq, {
      replicates: 40,
      seed: 1,
      chunkSize: 7,
      onProgress: (d) => seen.push(d),
    });
    expect(seen.at(-1)).toBe(40);
    expect(seen).toHaveLength(6);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });

  it('returns a failing replicate as a clean error naming it, and keeps serving', async () => {
    const failing = withPolicy(iraq, {
      name: 'expression',
      strike: 'isAttack',
      delayDays: 'lastAttackKilled - 1',
    });
    await expect(pool.run(failing, { replicates: 20, seed: 1, chunkSize: 5 })).rejects.toThrow(
      /^replicate \d+ \(seed 1\) failed: ExpressionPolicyError: delayDays expression "lastAttackKilled - 1": must give a finite number >= 0/,
    );
    const after = await pool.run(presets.restraint, { replicates: 3, seed: 1 });
    expect(after.replicates).toBe(3);
  });

  it('refuses bad options and scenarios in the calling thread', async () => {
    await expect(pool.run(iraq, { replicates: 5, seed: 1, workers: 0 })).rejects.toThrow(
      'workers must be an integer >= 1, received 0',
    );
    await expect(
      pool.run({ ...iraq, horizonDays: -1 }, { replicates: 5, seed: 1 }),
    ).rejects.toThrow(/horizonDays/);
    await expect(
      runEnsembleParallel(iraq, { replicates: 1.5, seed: 1, workers: 2 }),
    ).rejects.toThrow('replicates must be an integer >= 0, received 1.5');
  });

  it('rejects runs on a closed pool', async () => {
    const small = createEnsemblePool({ workers: 1 });
    await small.close();
    await expect(small.run(iraq, { replicates: 1, seed: 1 })).rejects.toThrow(
      'the ensemble pool is closed (the pool was closed)',
    );
  });
});

describe('runEnsembleParallel input', () => {
  it('refuses a compiled scenario, which may carry a function policy, with what to do instead', async () => {
    const compiled = compileScenario(presets.restraint);
    await expect(
      runEnsembleParallel(compiled as never, { replicates: 2, seed: 1, workers: 1 }),
    ).rejects.toThrow(/^scenario must be a scenario \(JSON data\), not a compiled one/);
  });
});

describe('ensemble worker pool over parameter draws', () => {
  it('gives runEnsemble’s result bit for bit', async () => {
    const posterior = {
      paths: ['militias.0.baseline', 'militias.0.branchingRatio'],
      draws: [
        [0.05, 0.2],
        [0.1, 0.5],
        [0.15, 0.3],
      ],
      weights: [0.2, 0.5, 0.3],
    };
    for (const workers of [1, 2]) {
      const parallel = await pool.run(iraq, {
        replicates: 40,
        seed: 4,
        workers,
        chunkSize: 7,
        posterior,
      });
      const sequential = runEnsemble(iraq, { replicates: 40, seed: 4, posterior });
      expect(json(parallel.state)).toBe(json(sequential.state));
    }
  });
});
