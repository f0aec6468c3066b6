import { availableParallelism } from 'node:os';
import { planExperiment } from '../../experiments/shards/planExperiment.js';
import { splitRange } from '../../experiments/shards/splitRange.js';
import type { SweepPart } from '../../experiments/sweep/sweepParts.js';
import type { SweepOptions, SweepRow } from '../../experiments/sweep.js';
import type { Scenario, ScenarioInput } from '../../scenario/Scenario.js';
import { partsInOrder } from './partsInOrder.js';

/** Options of sweepParallel. */
export interface ParallelSweepOptions {
  /** Threads (default: the processors available). Rows do not depend on it. */
  readonly workers?: number;
  /**
   * Design points per part, at most (default 25): a part's rows are held until it and the
   * parts before it are done; at most two parts per thread are held at once.
   */
  readonly pointsPerPart?: number;
  /** Called with (done, total) design points as parts finish. */
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * `sweep` on worker threads, streamed: design points are cut into parts of a bounded size,
 * threads run them, and the rows come out in design order as soon as each part and all
 * before it are done — the same rows, in the same order, as `sweep` on one thread.
 *
 * Why: a sweep of many points need not be held in memory to use several cores; what is held
 * is bounded by the thread count and `pointsPerPart`, not by the number of points.
 *
 * @param scenario - the scenario (as for sweep)
 * @param options - as sweep's, without pointRange (checked in this thread before any thread starts)
 * @param parallel - workers, pointsPerPart, onProgress
 * @returns the rows, in design order
 * @throws as sweep for bad settings; RangeError for bad parallel options; an Error named
 *   after the worker's error when a point fails
 * @example
 * const rows = [];
 * for await (const row of sweepParallel(presets.restraint, { parameters: [{ path: 'militias.0.baseline', low: 0.05, high: 0.1 }], design: 'grid', points: 4, replicates: 3, seed: 1 }, { workers: 2 })) rows.push(row);
 * rows.map((r) => r.point); // => [0, 1, 2, 3]
 */
export async function* sweepParallel(
  scenario: Scenario | ScenarioInput,
  options: Omit<SweepOptions, 'pointRange'>,
  parallel: ParallelSweepOptions = {},
): AsyncGenerator<SweepRow> {
  const { workers = availableParallelism(), pointsPerPart = 25, onProgress } = parallel;
  if (!(Number.isSafeInteger(workers) && workers >= 1))
    throw new RangeError(`workers must be an integer >= 1, received ${workers}`);
  if (!(Number.isSafeInteger(pointsPerPart) && pointsPerPart >= 1))
    throw new RangeError(`pointsPerPart must be an integer >= 1, received ${pointsPerPart}`);
  const request = { command: 'sweep', scenario, options } as const;
  const [start, end] = planExperiment(request).range;
  // Small designs still get a few parts per thread, so that the threads share the load.
  const size = Math.min(pointsPerPart, Math.max(1, Math.ceil((end - start) / (4 * workers))));
  const ranges = splitRange(start, end, Math.max(1, Math.ceil((end - start) / size)));
  const parts = partsInOrder(request, ranges, { workers, window: 2 * workers, onProgress });
  for await (const part of parts) yield* (part as SweepPart).rows;
}
