import { abcSmc } from '../../calibrate/abc/abcSmc.js';
import { buildPosterior } from '../../calibrate/buildPosterior.js';
import { type CalibrateOptions, setUp } from '../../calibrate/calibrate.js';
import type { ObservedRecord } from '../../calibrate/observed/ObservedRecord.js';
import type { Posterior } from '../../calibrate/Posterior.js';
import type { Scenario, ScenarioInput } from '../../scenario/Scenario.js';
import { startEnsembleWorker } from '../pool/workerScript.js';
import { calibrationThreadSetup } from './calibrationThreadSetup.js';
import { runAbcOnThreads } from './runAbcOnThreads.js';

/**
 * `calibrate` on worker threads (Node only): the threads make the proposals, run the
 * simulations and weigh the particles of each generation ahead of the main thread, which
 * judges the attempts in order (runAbcOnThreads), so the posterior is bit for bit the one
 * `calibrate` gives with the same seed, for any number of workers.
 *
 * Custom statistics (functions) cannot cross into a thread: give the default statistics
 * here, or use `calibrate`.
 *
 * @param scenario - the scenario (JSON: a preset, a file, defineScenario's output)
 * @param observed - the record
 * @param options - as calibrate's, with `workers` (default 2)
 * @returns the posterior
 * @throws RangeError for bad options (before any thread starts); Error when a thread fails
 * @example
 * const posterior = await calibrateParallel(presets['iraq-2020'], observedFromReading('wire'), {
 *   parameters: { 'militias.0.baseline': { type: 'logUniform', min: 0.02, max: 1 } },
 *   particles: 200, seed: 1, workers: 2,
 * });
 * posterior.provenance.seed; // => 1
 */
export async function calibrateParallel(
  scenario: Scenario | ScenarioInput,
  observed: ObservedRecord,
  options: CalibrateOptions & { readonly workers?: number },
): Promise<Posterior> {
  const { workers = 2, ...rest } = options;
  if (!(Number.isSafeInteger(workers) && workers >= 1 && workers <= 256))
    throw new RangeError(`workers must be an integer in [1, 256], received ${workers}`);
  if (rest.statistics !== undefined)
    throw new RangeError(
      'statistics: custom statistics are functions and cannot cross into worker threads; use calibrate, or leave statistics to their defaults',
    );
  const { prepared, settings, name } = setUp(scenario, observed, rest);
  const threads = Array.from({ length: workers }, () => startEnsembleWorker());
  try {
    const steps = abcSmc(prepared.priors, prepared.observedStatistics, settings, rest.onProgress);
    const setup = calibrationThreadSetup(prepared);
    const result = await runAbcOnThreads(steps, threads, setup, settings.batchSize);
    // The prepared problem's simulate ran in the threads; the posterior is built here.
    return buildPosterior(prepared, result, settings, name);
  } finally {
    await Promise.all(threads.map((t) => t.terminate()));
  }
}
