import { EventEmitter } from 'node:events';
import type { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { type AbcAttemptRunner, abcAttempts } from '../../src/calibrate/abc/abcAttempts.js';
import { abcSmc } from '../../src/calibrate/abc/abcSmc.js';
import type { AbcOutcome, AbcSettings } from '../../src/calibrate/abc/abcTypes.js';
import { DEFAULT_ABC_SETTINGS, runAbc } from '../../src/calibrate/abc/runAbc.js';
import type { Prior } from '../../src/calibrate/priors/Prior.js';
import { runAbcOnThreads } from '../../src/node/calibrate/runAbcOnThreads.js';
import type {
  CalibrationAttemptsReply,
  CalibrationAttemptsRequest,
} from '../../src/node/pool/workerProtocol.js';
import { createRng } from '../../src/random/createRng.js';
import { samplePoisson } from '../../src/random/samplePoisson.js';

// The driver's scheduling against stand-in threads that answer after random delays (so
// replies come back out of order and after their generation ended), with the arithmetic of
// the real worker (abcAttempts). calibrateParallel.test.ts checks the real threads.
const priors: Prior[] = [{ type: 'gamma', shape: 3, rate: 2 }];
const simulate = ([rate]: readonly number[], stream: string): AbcOutcome => {
  const rng = createRng(stream);
  let sum = 0;
  for (let i = 0; i < 5; i++) sum += samplePoisson(rng, rate as number);
  return { statistics: [sum] };
};
const settings: AbcSettings = {
  ...DEFAULT_ABC_SETTINGS,
  particles: 100,
  maxGenerations: 5,
  batchSize: 10,
  seed: 'threads',
};

/** A stand-in worker thread; `fails(generation, attempt)` makes a request throw. */
function fakeThread(random: () => number, fails: (g: number, k: number) => boolean): Worker {
  const thread = new EventEmitter();
  let plan: { id: number; g: number; run: AbcAttemptRunner } | undefined;
  const answer = (request: CalibrationAttemptsRequest): CalibrationAttemptsReply => {
    const { job, planId, from, count } = request;
    try {
      if (plan?.id !== planId) {
        if (request.plan === undefined) throw new Error('a plan was not sent');
        plan = { id: planId, g: request.plan.generation, run: abcAttempts(request.plan) };
      }
      const { g } = plan;
      for (let k = from; k < from + count; k++)
        if (fails(g, k)) throw new RangeError(`attempt ${k} of generation ${g} failed`);
      return { type: 'calibration-done', job, planId, block: plan.run(from, count, simulate) };
    } catch (error) {
      const e = error as Error;
      return { type: 'calibration-failed', job, planId, from, name: e.name, message: e.message };
    }
  };
  let queue = Promise.resolve();
  Object.assign(thread, {
    postMessage(request: CalibrationAttemptsRequest) {
      // A thread answers its requests in order, each after a random delay.
      queue = queue.then(async () => {
        await new Promise((resolve) => setTimeout(resolve, random() * 3));
        thread.emit('message', answer(request));
      });
    },
  });
  return thread as unknown as Worker;
}

const setup = {} as NonNullable<CalibrationAttemptsRequest['setup']>;
const reference = runAbc(priors, [14], settings, simulate);
// Attempts generation 1 judged before its N-th acceptance.
const needed = reference.generations[1]?.attempts as number;

describe('runAbcOnThreads', () => {
  it.each([1, 2, 3])(
    'gives the synchronous result bit for bit on %i thread(s) answering out of order',
    async (count) => {
      const random = createRng(`delays-${count}`);
      const threads = Array.from({ length: count }, () => fakeThread(random, () => false));
      const result = await runAbcOnThreads(
        abcSmc(priors, [14], settings),
        threads,
        setup,
        settings.batchSize,
      );
      expect(JSON.stringify(result)).toBe(JSON.stringify(reference));
    },
  );

  it('ignores a failure in attempts the generation did not need, as the synchronous driver would', async () => {
    const random = createRng('late-failure');
    const beyond = Math.ceil(needed / settings.batchSize) * settings.batchSize;
    let failed = 0;
    const fails = (g: number, k: number) => g === 1 && k >= beyond && ++failed > 0;
    const threads = [1, 2].map(() => fakeThread(random, fails));
    // Ask for more than the generation needs, so the failing chunks do run.
    const steps = abcSmc(priors, [14], settings);
    const eager: typeof steps = {
      ...steps,
      next: (...args: [] | [never]) => {
        const step = steps.next(...args);
        return step.done ? step : { ...step, value: { ...step.value, expected: 10 * needed } };
      },
    };
    const result = await runAbcOnThreads(eager, threads, setup, settings.batchSize);
    expect(failed).toBeGreaterThan(0);
    expect(JSON.stringify(result)).toBe(JSON.stringify(reference));
  });

  it('raises the failure of a chunk the generation needs', async () => {
    const random = createRng('failure');
    const threads = [1, 2].map(() => fakeThread(random, (g, k) => g === 1 && k === needed - 1));
    await expect(
      runAbcOnThreads(abcSmc(priors, [14], settings), threads, setup, settings.batchSize),
    ).rejects.toThrow(`attempt ${needed - 1} of generation 1 failed`);
  });

  it('fails when a thread dies', async () => {
    const thread = fakeThread(createRng('dies'), () => false);
    Object.assign(thread, { postMessage: () => setTimeout(() => thread.emit('exit', 1), 1) });
    await expect(
      runAbcOnThreads(abcSmc(priors, [14], settings), [thread], setup, 10),
    ).rejects.toThrow('a calibration worker thread exited (code 1)');
  });
});
