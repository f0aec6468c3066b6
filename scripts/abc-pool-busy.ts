// How well the calibration threads are fed: ABC-SMC on `iraq-2020` (the wire reading, the
// documented prior set, 1000 particles, seed 1) on N worker threads, and the share of the
// wall time each thread had work (its event-loop utilisation) and the main thread's. The
// shares do not depend much on other load on the machine (a thread with a request waiting
// counts as busy even when the system runs something else), so they show whether the
// threads wait for the main thread where wall times on a loaded machine cannot.
//
//   npx tsx scripts/abc-pool-busy.ts [--workers 2] [--particles 1000]
import { loadavg } from 'node:os';
import { abcSmc } from '../src/calibrate/abc/abcSmc.js';
import { setUp } from '../src/calibrate/calibrate.js';
import { observedFromReading } from '../src/calibrate/observed/observedFromReading.js';
import { iraq2020Priors } from '../src/calibrate/priors/defaultPriors.js';
import { calibrationThreadSetup } from '../src/node/calibrate/calibrationThreadSetup.js';
import { runAbcOnThreads } from '../src/node/calibrate/runAbcOnThreads.js';
import { startEnsembleWorker } from '../src/node/pool/workerScript.js';
import { presets } from '../src/scenario/presets.js';
import { scriptArgument } from './scriptArgument.js';

const workers = Number(scriptArgument('workers', '2'));
const particles = Number(scriptArgument('particles', '1000'));
const { prepared, settings } = setUp(presets['iraq-2020'], observedFromReading('wire'), {
  parameters: iraq2020Priors(),
  particles,
  seed: 1,
});
const threads = Array.from({ length: workers }, () => startEnsembleWorker());
try {
  // Let the threads load the model first: only the calibration is measured.
  await new Promise((resolve) => setTimeout(resolve, 3000));
  const load = loadavg()[0] as number;
  const before = threads.map((t) => t.performance.eventLoopUtilization());
  const mainBefore = performance.eventLoopUtilization();
  const started = performance.now();
  const result = await runAbcOnThreads(
    abcSmc(prepared.priors, prepared.observedStatistics, settings),
    threads,
    calibrationThreadSetup(prepared),
    settings.batchSize,
  );
  const wall = (performance.now() - started) / 1000;
  const busy = threads.map((t, i) => t.performance.eventLoopUtilization(before[i]).utilization);
  const main = performance.eventLoopUtilization(mainBefore).utilization;
  process.stdout.write(
    `${workers} thread(s), ${particles} particles, ${result.simulations} simulations: wall ${wall.toFixed(1)} s (load average ${load.toFixed(1)} → ${(loadavg()[0] as number).toFixed(1)})\n` +
      `  busy share of each thread: ${busy.map((b) => `${(100 * b).toFixed(1)}%`).join(', ')}; main thread ${(100 * main).toFixed(1)}%\n`,
  );
} finally {
  await Promise.all(threads.map((t) => t.terminate()));
}
