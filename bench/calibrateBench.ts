import { loadavg } from 'node:os';
import { calibrate } from '../src/calibrate/calibrate.js';
import { observedFromReading } from '../src/calibrate/observed/observedFromReading.js';
import { iraq2020Priors } from '../src/calibrate/priors/defaultPriors.js';
import { compileScenario } from '../src/model/compileScenario.js';
import { runReplicate } from '../src/model/runReplicate.js';
import { calibrateParallel } from '../src/node/calibrate/calibrateParallel.js';
import { presets } from '../src/scenario/presets.js';
import type { BenchFigure } from './modelBench.js';

/**
 * ABC-SMC on `iraq-2020` (the wire reading, the documented prior set, 1000 particles, the
 * default stopping rules) on one thread and on two worker threads: wall time and
 * simulations per second; on one thread also the CPU cost of a simulation in bare runs (CPU
 * time of both, so other load on the machine disturbs it little). The yardstick in the same run: bare `runReplicate` calls over
 * the same window (74 days), which bound what a calibration's simulations can cost.
 *
 * @param particles - particles per population (default 1000)
 * @returns the figures
 */
export async function benchCalibrate(particles = 1000): Promise<BenchFigure[]> {
  const scenario = presets['iraq-2020'];
  const record = observedFromReading('wire');
  const options = { parameters: iraq2020Priors(), particles, seed: 1 } as const;
  const window = compileScenario({ ...scenario, horizonDays: record.window.to });
  let r = 0;
  const bare = () => runReplicate(window, 'bench', r++);
  for (let i = 0; i < 2000; i++) bare();
  const bareStart = performance.now();
  const bareCpuStart = process.cpuUsage();
  for (let i = 0; i < 20_000; i++) bare();
  const bareRate = 20_000 / ((performance.now() - bareStart) / 1000);
  const bareCpuRate = 20_000 / cpuSeconds(bareCpuStart);

  const figures: BenchFigure[] = [
    {
      name: 'calibrate: load average (1 min) at the start',
      value: loadavg()[0] as number,
      unit: '',
    },
    {
      name: 'calibrate: bare runReplicate over the 74-day window (yardstick)',
      value: Math.round(bareRate),
      unit: 'runs/s',
    },
  ];
  for (const workers of [1, 2]) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    const posterior =
      workers === 1
        ? calibrate(scenario, record, options)
        : await calibrateParallel(scenario, record, { ...options, workers });
    const seconds = (performance.now() - start) / 1000;
    const cpu = cpuSeconds(cpuStart);
    const sims = posterior.diagnostics.simulations;
    figures.push(
      {
        name: `calibrate: ABC-SMC iraq-2020 wire, ${particles} particles, ${workers} thread(s), wall time`,
        value: seconds,
        unit: 's',
      },
      {
        name: `calibrate: ... simulations (${posterior.diagnostics.generations.length} generations)`,
        value: sims,
        unit: 'simulations',
      },
      {
        name: `calibrate: ... simulations per second, ${workers} thread(s)`,
        value: Math.round(sims / seconds),
        unit: 'simulations/s',
      },
    );
    // CPU time resists other load (wall time on a loaded machine says little).
    if (workers === 1)
      figures.push({
        name: 'calibrate: ... CPU cost of one simulation in bare runs (CPU time, 1 thread)',
        value: (cpu * bareCpuRate) / sims,
        unit: 'bare runs',
      });
  }
  figures.push({
    name: 'calibrate: load average (1 min) at the end',
    value: loadavg()[0] as number,
    unit: '',
  });
  return figures;
}

/** CPU seconds (user + system, all threads of the process) since `start`. */
function cpuSeconds(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}
