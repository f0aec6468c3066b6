// Ensemble benchmarks: throughput of runEnsemble (one thread) and of the worker pool, and
// memory as replicates grow with summaries only.
//
//   npm run bench -- ensemble                       the default figures (about a minute)
//   npx tsx bench/ensembleBench.ts memory 1000000    memory at 1e6 replicates (a few minutes
//                                                    on one core; add a worker count to use the pool:
//   npx tsx bench/ensembleBench.ts memory 1000000 2)
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { runEnsemble } from '../src/experiments/runEnsemble.js';
import { compileScenario } from '../src/model/compileScenario.js';
import { runReplicate } from '../src/model/runReplicate.js';
import { createEnsemblePool } from '../src/node/pool/createEnsemblePool.js';
import { presets } from '../src/scenario/presets.js';

/** One benchmark figure. */
export interface BenchFigure {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
}

const scenario = presets['iraq-2020'];
const years = scenario.horizonDays / 365;

/**
 * Throughput and memory of ensembles on iraq-2020 (a 365-day horizon):
 * - replicate-years per second of `runEnsemble` on one thread (best of 3 rounds of 10 000,
 *   process CPU time), and of a bare `runReplicate` loop, so the cost of the streaming
 *   summaries shows;
 * - replicate-years per second of a warm pool of 2 worker threads (best of 3 rounds of
 *   40 000, wall time: the threads' CPU time adds up), and the pool's start-up time;
 * - memory with summaries only at 1e4 and 1e5 replicates (see benchEnsembleMemory); 1e6 is
 *   a separate command (file header).
 *
 * @returns the figures
 */
export async function benchEnsemble(): Promise<BenchFigure[]> {
  const figures: BenchFigure[] = [];
  const rounds = 3;
  const n = 10_000;
  const compiled = compileScenario(scenario);
  let replicate = 0;
  runEnsemble(compiled, { replicates: 2000, seed: 1 });
  let bare = 0;
  let summarised = 0;
  for (let r = 0; r < rounds; r++) {
    let start = process.cpuUsage();
    for (let i = 0; i < n; i++) runReplicate(compiled, 1, replicate + i);
    bare = Math.max(bare, (n * years) / cpuSeconds(start));
    start = process.cpuUsage();
    runEnsemble(compiled, { replicates: n, seed: 1, from: replicate });
    summarised = Math.max(summarised, (n * years) / cpuSeconds(start));
    replicate += n;
  }
  figures.push(
    {
      name: 'ensemble: iraq-2020 runReplicate loop, no summaries (1 thread)',
      value: Math.round(bare),
      unit: 'replicate-years/s',
    },
    {
      name: 'ensemble: iraq-2020 runEnsemble with summaries (1 thread)',
      value: Math.round(summarised),
      unit: 'replicate-years/s',
    },
  );

  const started = performance.now();
  const pool = createEnsemblePool({ workers: 2 });
  await pool.run(scenario, { replicates: 4000, seed: 1 });
  figures.push({
    name: 'ensemble: pool start-up, 2 threads, incl. a 4000-replicate warm-up',
    value: (performance.now() - started) / 1000,
    unit: 's',
  });
  let pooled = 0;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    await pool.run(scenario, { replicates: 4 * n, seed: 1, from: replicate });
    pooled = Math.max(pooled, (4 * n * years) / ((performance.now() - t0) / 1000));
    replicate += 4 * n;
  }
  await pool.close();
  figures.push({
    name: 'ensemble: iraq-2020 worker pool, 2 threads (wall time)',
    value: Math.round(pooled),
    unit: 'replicate-years/s',
  });

  for (const count of [10_000, 100_000]) figures.push(...(await benchEnsembleMemory(count)));
  return figures;
}

/**
 * Memory of an ensemble with summaries only: heap retained after a full GC (the summaries
 * and the result), peak heap and peak RSS growth during the run, and the state's JSON size.
 * Flat memory shows as the same figures at 1e5 and 1e6 replicates.
 *
 * @param replicates - replicates of iraq-2020
 * @param workers - 1 runs runEnsemble in this thread; more use a pool
 * @returns the figures
 */
export async function benchEnsembleMemory(replicates: number, workers = 1): Promise<BenchFigure[]> {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  gc();
  const heap0 = process.memoryUsage().heapUsed;
  const rss0 = process.memoryUsage().rss;
  let peakHeap = heap0;
  let peakRss = rss0;
  const sample = () => {
    const m = process.memoryUsage();
    peakHeap = Math.max(peakHeap, m.heapUsed);
    peakRss = Math.max(peakRss, m.rss);
  };
  const t0 = performance.now();
  let result: { state: unknown };
  if (workers === 1) {
    result = runEnsemble(scenario, { replicates, seed: 1, onProgress: sample });
  } else {
    const pool = createEnsemblePool({ workers });
    result = await pool.run(scenario, { replicates, seed: 1, onProgress: sample });
    await pool.close();
  }
  const seconds = (performance.now() - t0) / 1000;
  sample();
  gc();
  const retained = process.memoryUsage().heapUsed - heap0;
  const label = `ensemble memory: ${replicates.toExponential(0)} replicates, summaries only, ${workers} thread${workers === 1 ? '' : 's'}`;
  const kb = (bytes: number) => Math.round(bytes / 1024);
  return [
    { name: `${label}: heap retained after GC`, value: kb(retained), unit: 'KB' },
    { name: `${label}: peak heap growth`, value: kb(peakHeap - heap0), unit: 'KB' },
    { name: `${label}: peak RSS growth`, value: kb(peakRss - rss0), unit: 'KB' },
    { name: `${label}: peak RSS`, value: kb(peakRss), unit: 'KB' },
    { name: `${label}: state JSON`, value: kb(JSON.stringify(result.state).length), unit: 'KB' },
    { name: `${label}: wall time`, value: seconds, unit: 's' },
  ];
}

function cpuSeconds(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [what, count, workers] = process.argv.slice(2);
  const figures =
    what === 'memory'
      ? await benchEnsembleMemory(Number(count ?? 1e6), Number(workers ?? 1))
      : await benchEnsemble();
  for (const f of figures)
    console.log(`  ${f.name.padEnd(90)} ${f.value.toPrecision(4).padStart(10)} ${f.unit}`);
}
