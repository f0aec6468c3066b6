import type { Worker } from 'node:worker_threads';
import { abcSmc } from '../../calibrate/abc/abcSmc.js';
import type { AbcOutcome } from '../../calibrate/abc/abcTypes.js';
import { buildPosterior } from '../../calibrate/buildPosterior.js';
import { type CalibrateOptions, setUp } from '../../calibrate/calibrate.js';
import type { ObservedRecord } from '../../calibrate/observed/ObservedRecord.js';
import type { Posterior } from '../../calibrate/Posterior.js';
import type { Scenario, ScenarioInput } from '../../scenario/Scenario.js';
import type { CalibrationBatchReply, CalibrationBatchRequest } from '../pool/workerProtocol.js';
import { startEnsembleWorker } from '../pool/workerScript.js';

/**
 * `calibrate` on worker threads (Node only): each batch of ABC simulations is cut into one
 * slice per thread and put back together in order, so the posterior is bit for bit the one
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
  const setup: CalibrationBatchRequest['setup'] = {
    scenario: prepared.scenario,
    observed: prepared.observed,
    problem: {
      parameters: Object.fromEntries([
        ...prepared.paths.map((p, i) => [p, prepared.priors[i]]),
        ...prepared.fixed.map((f) => [f.path, { type: 'fixed', value: f.value }]),
      ]),
      mode: prepared.mode,
      predict: prepared.predict.map((p) => p.window),
    },
  };
  const threads = Array.from({ length: workers }, () => startEnsembleWorker());
  const primed = new Set<Worker>();
  const job = 1;
  const slice = (
    thread: Worker,
    thetas: readonly (readonly number[])[],
    streams: readonly string[],
  ) =>
    new Promise<readonly AbcOutcome[]>((resolve, reject) => {
      const onMessage = (reply: CalibrationBatchReply) => {
        thread.off('error', onError);
        if (reply.type === 'calibration-done') resolve(reply.outcomes);
        else reject(Object.assign(new Error(reply.message), { name: reply.name }));
      };
      const onError = (error: Error) => {
        thread.off('message', onMessage);
        reject(new Error(`a calibration worker thread failed: ${error.message}`));
      };
      thread.once('message', onMessage);
      thread.once('error', onError);
      const request: CalibrationBatchRequest = {
        type: 'calibration-batch',
        job,
        ...(primed.has(thread) ? {} : { setup }),
        thetas,
        streams,
      };
      primed.add(thread);
      thread.postMessage(request);
    });
  try {
    const steps = abcSmc(prepared.priors, prepared.observedStatistics, settings, rest.onProgress);
    let step = steps.next();
    while (!step.done) {
      const { thetas, streams } = step.value;
      const size = Math.ceil(thetas.length / threads.length);
      const parts = await Promise.all(
        threads.map((thread, i) =>
          i * size < thetas.length
            ? slice(
                thread,
                thetas.slice(i * size, (i + 1) * size),
                streams.slice(i * size, (i + 1) * size),
              )
            : Promise.resolve([]),
        ),
      );
      step = steps.next(parts.flat());
    }
    // The prepared problem's simulate ran in the threads; the posterior is built here.
    return buildPosterior(prepared, step.value, settings, name);
  } finally {
    await Promise.all(threads.map((t) => t.terminate()));
  }
}
