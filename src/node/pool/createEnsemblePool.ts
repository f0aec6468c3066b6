import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { drawScenarios } from '../../calibrate/drawScenarios.js';
import type { ParameterDraws } from '../../calibrate/ParameterDraws.js';
import { EnsembleAccumulator } from '../../experiments/EnsembleAccumulator.js';
import { EnsembleMerger } from '../../experiments/EnsembleMerger.js';
import { ensembleProvenance } from '../../experiments/ensembleProvenance.js';
import { ReplicateError } from '../../experiments/ReplicateError.js';
import { checkRange, type EnsembleResult } from '../../experiments/runEnsemble.js';
import { scenarioFingerprint } from '../../experiments/scenarioFingerprint.js';
import { summarizeEnsemble } from '../../experiments/summarizeEnsemble.js';
import { compileScenario } from '../../model/compileScenario.js';
import type { Scenario, ScenarioInput } from '../../scenario/Scenario.js';
import { requireScenarioData } from './requireScenarioData.js';
import type { ChunkReply, ChunkRequest } from './workerProtocol.js';
import { startEnsembleWorker } from './workerScript.js';

/** Options of one parallel ensemble. */
export interface ParallelEnsembleOptions {
  readonly replicates: number;
  readonly seed: number | string;
  /** First replicate index (default 0). */
  readonly from?: number;
  /** Threads of the pool this run may use (default: all). Results do not depend on it. */
  readonly workers?: number;
  /** Replicates per chunk handed to a thread (default: ~8 chunks per thread, at most 5000). */
  readonly chunkSize?: number;
  /** Called with (done, total) as chunks finish. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Parameter draws to integrate over (see runEnsemble's `posterior`). */
  readonly posterior?: ParameterDraws;
}

/** A pool of worker threads that run ensembles; close it when done. */
export interface EnsemblePool {
  /** Number of threads. */
  readonly size: number;
  /**
   * Run an ensemble on the pool: the same result as `runEnsemble` with the same scenario,
   * seed and range, bit for bit, for any number of threads and any chunk size.
   */
  run(
    scenario: Scenario | ScenarioInput,
    options: ParallelEnsembleOptions,
  ): Promise<EnsembleResult>;
  /** Stop every thread; pending runs are rejected. */
  close(): Promise<void>;
}

interface Job {
  readonly id: number;
  readonly limit: number;
  active: number;
  done: number;
  readonly total: number;
  readonly merger: EnsembleMerger;
  readonly pending: ChunkRequest[];
  readonly options: ParallelEnsembleOptions;
  readonly resolve: (state: EnsembleMerger) => void;
  readonly reject: (error: Error) => void;
}

/**
 * Start a pool of worker threads for ensembles (Node only).
 *
 * Why: replicates are independent and their streams depend only on (seed, replicate), so
 * chunks of a replicate range run on any thread in any order, and their summary states
 * merge exactly into the single-thread result. Threads start once (each loads the model,
 * about a second) and serve many runs. A replicate that throws rejects its run with a
 * ReplicateError naming it; a thread that dies rejects every pending run and closes the pool.
 *
 * @param options - `workers`: number of threads (default: os.availableParallelism())
 * @returns the pool
 * @throws RangeError when workers is not an integer ≥ 1
 * @example
 * const pool = createEnsemblePool({ workers: 2 });
 * const result = await pool.run(presets['iraq-2020'], { replicates: 1000, seed: 1 });
 * await pool.close();
 * result.replicates; // => 1000
 */
export function createEnsemblePool(options: { readonly workers?: number } = {}): EnsemblePool {
  const size = options.workers ?? availableParallelism();
  checkWorkers(size);
  const threads = Array.from({ length: size }, () => startEnsembleWorker());
  const busy = new Map<Worker, { job: Job; request: ChunkRequest }>();
  const jobs = new Map<number, Job>();
  let nextJob = 1;
  let closed: Error | undefined;

  const finish = (job: Job, error?: Error) => {
    jobs.delete(job.id);
    if (error) job.reject(error);
    else job.resolve(job.merger);
  };

  const dispatch = () => {
    for (const thread of threads) {
      if (busy.has(thread)) continue;
      const job = [...jobs.values()].find((j) => j.pending.length > 0 && j.active < j.limit);
      if (job === undefined) return;
      const request = job.pending.shift() as ChunkRequest;
      job.active++;
      busy.set(thread, { job, request });
      thread.postMessage(request);
    }
  };

  const onReply = (thread: Worker, reply: ChunkReply) => {
    const task = busy.get(thread);
    busy.delete(thread);
    if (task === undefined) return;
    const { job, request } = task;
    job.active--;
    if (jobs.has(job.id)) settle(job, request, reply); // else the run already failed
    dispatch();
  };

  const settle = (job: Job, request: ChunkRequest, reply: ChunkReply) => {
    if (reply.type === 'failed') {
      const cause = Object.assign(new Error(reply.message), { name: reply.name });
      const error =
        reply.replicate === null ? cause : new ReplicateError(request.seed, reply.replicate, cause);
      finish(job, error);
      return;
    }
    try {
      job.merger.add(reply.state);
    } catch (error) {
      finish(job, error as Error);
      return;
    }
    job.done += request.count;
    job.options.onProgress?.(job.done, job.total);
    if (job.done === job.total) finish(job);
  };

  const fail = (error: Error) => {
    if (closed) return;
    closed = error;
    for (const job of [...jobs.values()]) finish(job, error);
    for (const thread of threads) void thread.terminate();
  };

  for (const thread of threads) {
    thread.on('message', (reply: ChunkReply) => onReply(thread, reply));
    thread.on('error', (error) =>
      fail(new Error(`an ensemble worker thread failed: ${error.message}`)),
    );
    thread.on('exit', (code) => fail(new Error(`an ensemble worker thread exited (code ${code})`)));
  }

  return {
    size,
    async run(scenario, runOptions) {
      if (closed) throw new Error(`the ensemble pool is closed (${closed.message})`);
      const { replicates, seed, from = 0 } = runOptions;
      checkRange(from, replicates);
      const limit = runOptions.workers ?? size;
      checkWorkers(limit);
      requireScenarioData(scenario);
      const compiled = compileScenario(scenario); // validate here: errors come from the caller's thread
      const { posterior } = runOptions;
      const identity = {
        scenario: compiled.scenario.name,
        fingerprint:
          posterior === undefined
            ? scenarioFingerprint(compiled)
            : drawScenarios(compiled, posterior).fingerprint,
        seed,
      };
      const chunk =
        runOptions.chunkSize ?? Math.max(1, Math.min(5000, Math.ceil(replicates / (8 * limit))));
      if (!(Number.isSafeInteger(chunk) && chunk >= 1))
        throw new RangeError(`chunkSize must be an integer >= 1, received ${chunk}`);
      const id = nextJob++;
      const pending: ChunkRequest[] = [];
      for (let start = from, i = 0; start < from + replicates; start += chunk, i++) {
        const count = Math.min(chunk, from + replicates - start);
        pending.push({
          type: 'chunk',
          job: id,
          chunk: i,
          scenario: compiled.scenario,
          seed,
          from: start,
          count,
          ...(posterior === undefined ? {} : { posterior }),
        });
      }
      const merger = await new Promise<EnsembleMerger>((resolve, reject) => {
        const job: Job = {
          id,
          limit: Math.min(limit, size),
          active: 0,
          done: 0,
          total: replicates,
          merger: new EnsembleMerger(),
          pending,
          options: runOptions,
          resolve,
          reject,
        };
        if (replicates === 0) return resolve(job.merger);
        jobs.set(id, job);
        dispatch();
      });
      const state =
        replicates === 0
          ? new EnsembleAccumulator(identity, from, from).toState()
          : merger.toState();
      if (state.fingerprint !== identity.fingerprint)
        throw new Error('an ensemble worker compiled a different scenario (fingerprints differ)');
      return {
        ...summarizeEnsemble(state),
        state,
        provenance: ensembleProvenance(compiled, seed, from, replicates, state.fingerprint),
      };
    },
    async close() {
      fail(new Error('the pool was closed'));
      await Promise.all(threads.map((t) => t.terminate()));
    },
  };
}

function checkWorkers(workers: number): void {
  if (!(Number.isSafeInteger(workers) && workers >= 1))
    throw new RangeError(`workers must be an integer >= 1, received ${workers}`);
}
