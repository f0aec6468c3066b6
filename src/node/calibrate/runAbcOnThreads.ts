import type { Worker } from 'node:worker_threads';
import type {
  AbcAttemptBlock,
  AbcGenerationPlan,
  AbcResult,
  AbcWork,
} from '../../calibrate/abc/abcTypes.js';
import type {
  CalibrationAttemptsReply,
  CalibrationAttemptsRequest,
} from '../pool/workerProtocol.js';

/** Requests queued on each thread: one running and one waiting, so no thread idles while the main thread judges a block. */
const DEPTH = 2;

/**
 * Drive abcSmc on worker threads (Node only), working ahead: as soon as a generation's plan
 * is known, its attempts are handed out in chunks of `chunk`, up to the number the
 * generation is expected to need, DEPTH chunks per thread at a time; the main thread judges
 * the blocks in attempt order while the threads run the next ones (proposals, simulations
 * and weights all in the threads: abcAttempts). Blocks that come back after their
 * generation ended are dropped, and a chunk's failure is raised only if the generation asks
 * for that chunk, so the result, and whether it fails, is the synchronous driver's.
 *
 * @param steps - abcSmc's generator
 * @param threads - started ensemble worker threads (ensembleWorker.ts)
 * @param setup - what each thread's prepareCalibration needs
 * @param chunk - attempts per request (≥ 1)
 * @returns the result of abcSmc
 * @throws the error of a chunk the generation needed, or of a thread that failed
 * @example
 * // See calibrateParallel.
 */
export async function runAbcOnThreads(
  steps: Generator<AbcWork, AbcResult, readonly AbcAttemptBlock[]>,
  threads: readonly Worker[],
  setup: NonNullable<CalibrationAttemptsRequest['setup']>,
  chunk: number,
): Promise<AbcResult> {
  const job = 1;
  let plan: AbcGenerationPlan | undefined;
  let planId = 0;
  let next = 0; // the next attempt to hand out
  let limit = 0; // hand out attempts below this
  const done = new Map<number, AbcAttemptBlock | Error>();
  const queued = new Map<Worker, number>(threads.map((t) => [t, 0]));
  const primed = new Set<Worker>();
  const planOf = new Map<Worker, number>();
  let broken: Error | undefined;
  let wake: (() => void) | undefined;

  const send = (thread: Worker, current: AbcGenerationPlan) => {
    const request: CalibrationAttemptsRequest = {
      type: 'calibration-attempts',
      job,
      ...(primed.has(thread) ? {} : { setup }),
      planId,
      ...(planOf.get(thread) === planId ? {} : { plan: current }),
      from: next,
      count: chunk,
    };
    primed.add(thread);
    planOf.set(thread, planId);
    queued.set(thread, (queued.get(thread) as number) + 1);
    next += chunk;
    thread.postMessage(request);
  };
  // Fill the least loaded threads first, so work spreads evenly.
  const pump = () => {
    if (broken !== undefined || plan === undefined) return;
    for (let level = 0; level < DEPTH; level++)
      for (const thread of threads)
        if (next < limit && (queued.get(thread) as number) <= level) send(thread, plan);
  };
  const listeners = threads.map((thread) => {
    const onMessage = (reply: CalibrationAttemptsReply) => {
      queued.set(thread, (queued.get(thread) as number) - 1);
      if (reply.planId === planId) {
        if (reply.type === 'calibration-done') done.set(reply.block.from, reply.block);
        else done.set(reply.from, Object.assign(new Error(reply.message), { name: reply.name }));
      }
      pump();
      wake?.();
    };
    const onError = (error: Error) => {
      broken ??= new Error(`a calibration worker thread failed: ${error.message}`);
      wake?.();
    };
    const onExit = (code: number) => {
      broken ??= new Error(`a calibration worker thread exited (code ${code})`);
      wake?.();
    };
    thread.on('message', onMessage);
    thread.on('error', onError);
    thread.on('exit', onExit);
    return () => {
      thread.off('message', onMessage);
      thread.off('error', onError);
      thread.off('exit', onExit);
    };
  });
  try {
    let step = steps.next();
    while (!step.done) {
      const work = step.value;
      if (work.plan !== plan) {
        plan = work.plan;
        planId++;
        done.clear();
        next = work.from;
      }
      limit = work.from + Math.max(1, work.expected);
      pump();
      while (!done.has(work.from) && broken === undefined) {
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
      }
      wake = undefined;
      if (broken !== undefined) throw broken;
      const blocks: AbcAttemptBlock[] = [];
      for (let k = work.from, item = done.get(k); item !== undefined; item = done.get(k)) {
        if (item instanceof Error) {
          if (blocks.length === 0) throw item;
          break;
        }
        done.delete(k);
        blocks.push(item);
        k += item.codes.length;
      }
      step = steps.next(blocks);
    }
    return step.value;
  } finally {
    for (const remove of listeners) remove();
  }
}
