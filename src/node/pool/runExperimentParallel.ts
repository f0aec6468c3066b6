import { availableParallelism } from 'node:os';
import type {
  ExperimentRequest,
  ExperimentResult,
} from '../../experiments/shards/ExperimentRequest.js';
import { finishExperiment } from '../../experiments/shards/finishExperiment.js';
import { mergeExperimentParts } from '../../experiments/shards/mergeExperimentParts.js';
import { planExperiment } from '../../experiments/shards/planExperiment.js';
import { splitRange } from '../../experiments/shards/splitRange.js';
import { partsInOrder } from './partsInOrder.js';

/** Options of runExperimentParallel. */
export interface ParallelExperimentOptions {
  /** Threads (default: the processors available). 1 runs in this thread. Results do not depend on it. */
  readonly workers?: number;
  /** Parts per thread (default 4): more balance the load, fewer cost less set-up per part. */
  readonly partsPerWorker?: number;
  /** Called with (done, total) replicates or design points as parts finish. */
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * Run an experiment — an ensemble, a policy comparison, a sweep, a sensitivity analysis or a
 * hypothesis test — on worker threads (Node only): its replicates or design points are cut
 * into parts with the same split as shards (splitRange), threads run the parts in any order,
 * and the parts merge exactly, so the result is bit-identical to the one-thread run for any
 * number of workers.
 *
 * Why: experiments are many independent runs; on k cores they finish about k times sooner,
 * less the start of the threads (each loads the model, about a second on a quiet machine).
 *
 * @param request - the experiment as data (policies as names or specs; checked in this thread first)
 * @param options - workers, partsPerWorker, onProgress
 * @returns the result, tagged with its command
 * @throws the experiment's own errors for bad settings (before any thread starts); an Error
 *   named after the worker's error when a part fails; RangeError for bad options
 * @example
 * const r = await runExperimentParallel({ command: 'compare', scenario: presets['iraq-2020'], policies: ['restraint', 'titForTat'], options: { replicates: 200, seed: 1 } }, { workers: 2 });
 * r.command; // => 'compare'
 */
export async function runExperimentParallel(
  request: ExperimentRequest,
  options: ParallelExperimentOptions = {},
): Promise<ExperimentResult> {
  const { workers = availableParallelism(), partsPerWorker = 4, onProgress } = options;
  if (!(Number.isSafeInteger(workers) && workers >= 1))
    throw new RangeError(`workers must be an integer >= 1, received ${workers}`);
  if (!(Number.isSafeInteger(partsPerWorker) && partsPerWorker >= 1))
    throw new RangeError(`partsPerWorker must be an integer >= 1, received ${partsPerWorker}`);
  const plan = planExperiment(request);
  const [start, end] = plan.range;
  const size = end - start;
  if (workers === 1 || size <= 1) {
    const part = plan.runPart(start, end, onProgress);
    return finishExperiment(plan.command, plan.header, mergeExperimentParts(plan.command, [part]));
  }
  const ranges = splitRange(start, end, Math.min(size, workers * partsPerWorker));
  const results: unknown[] = [];
  // Every part is kept for the merge, so the window need not hold any back.
  for await (const part of partsInOrder(request, ranges, {
    workers,
    window: ranges.length,
    onProgress,
  }))
    results.push(part);
  return finishExperiment(plan.command, plan.header, mergeExperimentParts(plan.command, results));
}
