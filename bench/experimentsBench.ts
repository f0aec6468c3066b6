import { comparePolicies } from '../src/experiments/comparePolicies.js';
import { sensitivity } from '../src/experiments/sensitivity.js';
import { withPolicy } from '../src/experiments/withPolicy.js';
import { compileScenario } from '../src/model/compileScenario.js';
import { runReplicate } from '../src/model/runReplicate.js';
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

/** CPU seconds (user + system) of one call. */
function cpu(task: () => unknown): number {
  const start = process.cpuUsage();
  task();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

/**
 * The experiment benchmarks of the issue, single thread, each against its bare loop in the
 * same run (the same model runs through `runReplicate` on pre-compiled scenarios, nothing
 * else), so the ratio shows what the experiment layer costs on top of the runs:
 * - a four-policy × 10,000-replicate comparison on iraq-2020 (40,000 runs);
 * - a Sobol analysis over eight parameters, N = 1,024 (10,240 points) with 4 replicates
 *   per point (40,960 runs; each point also validates and compiles its scenario).
 *
 * @param replicates - comparison replicates per policy (default 10,000)
 * @param samples - Sobol base sample N (default 1,024)
 * @returns figures: seconds and the ratio to the bare loop
 */
export function benchExperiments(replicates = 10_000, samples = 1024): BenchFigure[] {
  const scenario = presets['iraq-2020'];
  const compiled = POLICIES.map((p) => compileScenario(withPolicy(scenario, p)));
  const bareCompare = cpu(() => {
    for (let r = 0; r < replicates; r++) for (const c of compiled) runReplicate(c, 1, r);
  });
  const compare = cpu(() => comparePolicies(scenario, POLICIES, { replicates, seed: 1 }));
  const perPoint = 4;
  const points = samples * (PARAMETERS.length + 2);
  const base = compileScenario(scenario);
  const bareSobol = cpu(() => {
    for (let p = 0; p < points; p++) for (let r = 0; r < perPoint; r++) runReplicate(base, 1, r);
  });
  const sobol = cpu(() =>
    sensitivity(scenario, {
      method: 'sobol',
      parameters: PARAMETERS,
      samples,
      replicates: perPoint,
      seed: 1,
      bootstrap: 200,
    }),
  );
  return [
    {
      name: `experiments: comparePolicies, 4 policies × ${replicates} replicates (1 thread)`,
      value: compare,
      unit: 's CPU',
    },
    {
      name: '  … the same 4 × replicates runs alone (bare loop)',
      value: bareCompare,
      unit: 's CPU',
    },
    { name: '  … ratio comparePolicies / bare loop', value: compare / bareCompare, unit: '×' },
    {
      name: `experiments: Sobol, 8 parameters, N = ${samples}, ${perPoint} replicates per point (1 thread)`,
      value: sobol,
      unit: 's CPU',
    },
    {
      name: `  … the same ${points} × ${perPoint} runs alone on one compiled scenario (bare loop)`,
      value: bareSobol,
      unit: 's CPU',
    },
    { name: '  … ratio sensitivity / bare loop', value: sobol / bareSobol, unit: '×' },
  ];
}
