import type { Worker } from 'node:worker_threads';
import type { ExperimentRequest } from '../../experiments/shards/ExperimentRequest.js';
import type { ExperimentPartReply, ExperimentPartRequest } from './workerProtocol.js';
import { startEnsembleWorker } from './workerScript.js';

/** Options of partsInOrder. */
export interface PartsInOrderOptions {
  /** Threads to start (at most one per range). */
  readonly workers: number;
  /**
   * Parts begun but not yet taken by the reader, at most (raised to the thread count): what
   * bounds memory when the reader is slower than the threads.
   */
  readonly window: number;
  /** Called with (done, total) units of the ranges as parts finish. */
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
}

let jobs = 0;

/**
 * Run the parts [from, to) of an experiment on worker threads and yield their results in
 * the order of the ranges, as soon as each one and all before it are done.
 *
 * Why: a sweep's rows can then be written in design order while later parts still run, with
 * no more than `window` parts held at once, so memory does not grow with the design. Threads
 * wait rather than run ahead of the window. Stopping early (a failed write) ends the threads.
 *
 * @param request - the experiment (checked by the caller)
 * @param ranges - the ranges of its unit, in order
 * @param options - workers, window, onProgress
 * @returns the parts' results, in range order
 * @throws an Error named after the worker's error when a part fails, or when a thread exits
 */
export async function* partsInOrder(
  request: ExperimentRequest,
  ranges: readonly (readonly [number, number])[],
  options: PartsInOrderOptions,
): AsyncGenerator<unknown> {
  const total = ranges.reduce((n, [from, to]) => n + to - from, 0);
  const threads: Worker[] = Array.from({ length: Math.min(options.workers, ranges.length) }, () =>
    startEnsembleWorker(),
  );
  const window = Math.max(options.window, threads.length);
  const job = ++jobs;
  const results = new Map<number, unknown>();
  const idle: Worker[] = [];
  let next = 0; // the next part to give a thread
  let taken = 0; // parts the reader has taken
  let done = 0;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const notify = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const fail = (error: Error) => {
    failure ??= error;
    notify();
  };
  const give = (thread: Worker) => {
    if (failure || next >= ranges.length) return;
    if (next - taken >= window) {
      idle.push(thread);
      return;
    }
    const part = next++;
    const [from, to] = ranges[part] as readonly [number, number];
    const message: ExperimentPartRequest = {
      type: 'experiment-part',
      job,
      part,
      request,
      from,
      to,
    };
    thread.postMessage(message);
  };
  for (const thread of threads) {
    thread.on('message', (reply: ExperimentPartReply) => {
      if (reply.job !== job) return;
      if (reply.type === 'experiment-part-failed') {
        fail(Object.assign(new Error(reply.message), { name: reply.name }));
        return;
      }
      results.set(reply.part, reply.result);
      const [from, to] = ranges[reply.part] as readonly [number, number];
      done += to - from;
      options.onProgress?.(done, total);
      notify();
      give(thread);
    });
    thread.on('error', (error) =>
      fail(new Error(`an experiment worker thread failed: ${error.message}`)),
    );
    thread.on('exit', (code) => {
      if (taken < ranges.length)
        fail(new Error(`an experiment worker thread exited (code ${code})`));
    });
  }
  try {
    for (const thread of threads) give(thread);
    while (taken < ranges.length) {
      while (!results.has(taken) && failure === undefined)
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
      if (failure) throw failure;
      const result = results.get(taken);
      results.delete(taken);
      taken++;
      for (const thread of idle.splice(0)) give(thread);
      yield result;
    }
  } finally {
    failure ??= new Error('stopped'); // no thread is given more work
    await Promise.all(threads.map((t) => t.terminate()));
  }
}
