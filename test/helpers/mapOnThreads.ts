import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { buildSync } from 'esbuild';
import { NODE_ESM_BUNDLE } from '../../src/node/pool/workerScript.js';

/**
 * Run `items` through the function a worker module applies to each (see
 * strikeCoverageWorker.ts for the shape: it answers every `{ item }` message with `{ result }`
 * or `{ error }`), over up to `threads` worker threads, and return the results in the order
 * of `items`. For slow checks whose cases are independent: the result does not depend on the
 * number of threads or on which thread ran which case.
 *
 * Why a bundle: worker threads do not inherit vitest's TypeScript loader, so the module is
 * bundled with esbuild (a dev dependency) into a temporary file first.
 */
export async function mapOnThreads<T, R>(
  workerModule: string,
  items: readonly T[],
  threads = Math.min(2, availableParallelism()),
): Promise<R[]> {
  const dir = mkdtempSync(join(tmpdir(), 'escalation-sim-threads-'));
  const file = join(dir, 'worker.mjs');
  buildSync({
    entryPoints: [workerModule],
    outfile: file,
    ...NODE_ESM_BUNDLE,
  });
  const results: R[] = new Array(items.length);
  let next = 0;
  const workers: Worker[] = [];
  try {
    await Promise.all(
      Array.from({ length: Math.max(1, Math.min(threads, items.length)) }, () => {
        const worker = new Worker(file, { execArgv: [] });
        workers.push(worker);
        return new Promise<void>((resolve, reject) => {
          let current = -1;
          let finished = false;
          const send = () => {
            if (next >= items.length) {
              finished = true;
              return resolve();
            }
            current = next++;
            worker.postMessage({ item: items[current] });
          };
          worker.on('message', (message: { result?: R; error?: string }) => {
            if (message.error !== undefined)
              return reject(new Error(`item ${current}: ${message.error}`));
            results[current] = message.result as R;
            send();
          });
          worker.on('error', reject);
          worker.on('exit', (code) => {
            if (!finished)
              reject(new Error(`a worker thread exited (code ${code}) before its work was done`));
          });
          send();
        });
      }),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}
