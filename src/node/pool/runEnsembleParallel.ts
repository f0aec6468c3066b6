import { checkRange, type EnsembleResult } from '../../experiments/runEnsemble.js';
import { defineScenario } from '../../scenario/defineScenario.js';
import type { Scenario, ScenarioInput } from '../../scenario/Scenario.js';
import { createEnsemblePool, type ParallelEnsembleOptions } from './createEnsemblePool.js';
import { requireScenarioData } from './requireScenarioData.js';

/**
 * Run an ensemble on worker threads (Node only): the replicate range is cut into chunks,
 * threads run them in any order, and their summary states merge exactly, so the result is
 * bit-identical to `runEnsemble` with the same scenario, seed and range, for any number of
 * workers.
 *
 * Why: replicates are independent; on k cores an ensemble runs about k times faster, less
 * the start of the threads (each loads the model, about a second) — for a few thousand
 * replicate-years `runEnsemble` is quicker. For many runs, keep a pool (createEnsemblePool).
 *
 * The scenario must be JSON (a preset, a file, defineScenario's output): a policy written
 * as a TypeScript function cannot cross into a thread; use runEnsemble for those.
 *
 * @param scenario - the scenario (validated in the calling thread first)
 * @param options - replicates, seed, workers (default: available cores), from, chunkSize, onProgress
 * @returns the same summaries, warnings and state as runEnsemble (no rows or runs)
 * @throws ScenarioError for an invalid scenario; RangeError for invalid options;
 *   ReplicateError naming the replicate when one fails; Error when a thread dies
 * @example
 * const result = await runEnsembleParallel(presets['iraq-2020'], { replicates: 1000, seed: 1, workers: 2 });
 * result.summaries.attacks.n; // => 1000
 */
export async function runEnsembleParallel(
  scenario: Scenario | ScenarioInput,
  options: ParallelEnsembleOptions,
): Promise<EnsembleResult> {
  checkRange(options.from ?? 0, options.replicates);
  requireScenarioData(scenario);
  defineScenario(scenario); // refuse a bad scenario before starting threads
  const chunks = options.chunkSize ?? 1;
  const needed = Math.max(1, Math.ceil(options.replicates / chunks));
  const pool = createEnsemblePool(
    options.workers === undefined ? {} : { workers: Math.min(options.workers, needed) },
  );
  try {
    return await pool.run(scenario, options);
  } finally {
    await pool.close();
  }
}
