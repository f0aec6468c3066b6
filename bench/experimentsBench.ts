import { comparePolicies } from '../src/experiments/comparePolicies.js';
import { sensitivity } from '../src/experiments/sensitivity.js';
import { withPolicy } from '../src/experiments/withPolicy.js';
import { compileScenario } from '../src/model/compileScenario.js';
import { runReplicate } from '../src/model/runReplicate.js';
import { runExperimentParallel } from '../src/node/pool/runExperimentParallel.js';
import { presets } from '../src/scenario/presets.js';
import type { BenchFigure } from './modelBench.js';

const POLICIES = ['casualtyThreshold', 'restraint', 'titForTat', 'pressureAware'];
const PARAMETERS = [
  { path: 'militias.0.baseline', low: 0.05, high: 0.1 },
  { path: 'militias.0.branchingRatio', low: 0.2, high: 0.6 },
  { path: 'militias.0.strikeResponse', low: -2, high: 2 },
  { path: 'militias.0.hostDeathResponse', low: 0, high: 1 },
  { path: 'foreignForce.intelligenceDays', low: 1, high: 14 },
  { path: 'foreignForce.bases.0.protection', low: 0, high: 0.9 },
  { path: 'hostGovernment.thresholds.expulsion', low: 8, high: 16 },
  { path: 'hostGovernment.pressure.perHostDeath', low: 0.5, high: 2 },
];

/** CPU seconds (user + system) of this thread and wall-clock seconds of one call. */
function cpuAndWall(task: () => unknown): { cpu: number; wall: number } {
  const start = process.cpuUsage();
  const started = performance.now();
  task();
  const used = process.cpuUsage(start);
  return { cpu: (used.user + used.system) / 1e6, wall: (performance.now() - started) / 1000 };
}

/** Wall-clock seconds of an asynchronous call. */
async function wall(task: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await task();
  return (performance.now() - started) / 1000;
}

/**
 * The experiment benchmarks of the issue, single thread, each against its bare loop in the
 * same run (the same model runs through `runReplicate` on pre-compiled scenarios, nothing
 * else), so the ratio shows what the experiment layer costs on top of the runs:
 * - a four-policy × 10,000-replicate comparison on iraq-2020 (40,000 runs);
 * - a Sobol analysis over eight parameters, N = 1,024 (10,240 points) with 4 replicates
 *   per point (40,960 runs; each point also validates and compiles its scenario).
 *
 *
 * Then each again on the worker pool (runExperimentParallel, `workers` threads, the same
 * result bit for bit), timed by the wall clock against the wall-clock time of the same
 * bare loop and of the one-thread run: the pool's speed-up includes starting its threads.
 *
 * @param replicates - comparison replicates per policy (default 10,000)
 * @param samples - Sobol base sample N (default 1,024)
 * @param workers - threads of the pooled runs (default 2)
 * @returns figures: seconds and the ratios
 */
export async function benchExperiments(
  replicates = 10_000,
  samples = 1024,
  workers = 2,
): Promise<BenchFigure[]> {
  const scenario = presets['iraq-2020'];
  const compiled = POLICIES.map((p) => compileScenario(withPolicy(scenario, p)));
  const bareCompare = cpuAndWall(() => {
    for (let r = 0; r < replicates; r++) for (const c of compiled) runReplicate(c, 1, r);
  });
  const compare = cpuAndWall(() => comparePolicies(scenario, POLICIES, { replicates, seed: 1 }));
  const pooledCompare = await wall(() =>
    runExperimentParallel(
      { command: 'compare', scenario, policies: POLICIES, options: { replicates, seed: 1 } },
      { workers },
    ),
  );
  const perPoint = 4;
  const points = samples * (PARAMETERS.length + 2);
  const base = compileScenario(scenario);
  const bareSobol = cpuAndWall(() => {
    for (let p = 0; p < points; p++) for (let r = 0; r < perPoint; r++) runReplicate(base, 1, r);
  });
  const sobolOptions = {
    method: 'sobol' as const,
    parameters: PARAMETERS,
    samples,
    replicates: perPoint,
    seed: 1,
    bootstrap: 200,
  };
  const sobol = cpuAndWall(() => sensitivity(scenario, sobolOptions));
  const pooledSobol = await wall(() =>
    runExperimentParallel({ command: 'sensitivity', scenario, options: sobolOptions }, { workers }),
  );
  return [
    {
      name: `experiments: comparePolicies, 4 policies × ${replicates} replicates (1 thread)`,
      value: compare.cpu,
      unit: 's CPU',
    },
    {
      name: '  … the same 4 × replicates runs alone (bare loop)',
      value: bareCompare.cpu,
      unit: 's CPU',
    },
    {
      name: '  … ratio comparePolicies / bare loop',
      value: compare.cpu / bareCompare.cpu,
      unit: '×',
    },
    ...pooled('comparePolicies', bareCompare.wall, compare.wall, pooledCompare, workers),
    {
      name: `experiments: Sobol, 8 parameters, N = ${samples}, ${perPoint} replicates per point (1 thread)`,
      value: sobol.cpu,
      unit: 's CPU',
    },
    {
      name: `  … the same ${points} × ${perPoint} runs alone on one compiled scenario (bare loop)`,
      value: bareSobol.cpu,
      unit: 's CPU',
    },
    { name: '  … ratio sensitivity / bare loop', value: sobol.cpu / bareSobol.cpu, unit: '×' },
    ...pooled('Sobol', bareSobol.wall, sobol.wall, pooledSobol, workers),
  ];
}

function pooled(
  what: string,
  bare: number,
  one: number,
  pool: number,
  workers: number,
): BenchFigure[] {
  return [
    { name: `  wall clock: bare loop (1 thread)`, value: bare, unit: 's' },
    { name: `  wall clock: ${what} on 1 thread`, value: one, unit: 's' },
    { name: `  wall clock: ${what} on ${workers} worker threads`, value: pool, unit: 's' },
    { name: `  … ratio 1 thread / bare loop (wall)`, value: one / bare, unit: '×' },
    { name: `  … ratio ${workers} workers / bare loop (wall)`, value: pool / bare, unit: '×' },
    { name: `  … speed-up of ${workers} workers over 1 thread`, value: one / pool, unit: '×' },
  ];
}
