import { compileScenario } from '../src/model/compileScenario.js';
import { runReplicate } from '../src/model/runReplicate.js';
import { presets } from '../src/scenario/presets.js';

/** One benchmark figure. */
export interface BenchFigure {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
}

/**
 * Replicate-years per second of the agent model, single thread: `runReplicate` (outcomes
 * only, no event log) on a 365-day preset, after a warm-up. Time is this process's CPU time
 * (user + system), so other load on the machine disturbs the figure less than wall time;
 * the best of several rounds is reported, as is usual for throughput.
 *
 * @param rounds - timed rounds (default 5)
 * @param replicatesPerRound - replicates per round (default 10 000)
 * @returns one figure per preset measured
 */
export function benchModel(rounds = 5, replicatesPerRound = 10_000): Array<BenchFigure> {
  const names = ['iraq-2020', 'restraint', 'tit-for-tat-spiral'] as const;
  return names.map((name) => {
    const compiled = compileScenario(presets[name]);
    const years = compiled.horizon / 365;
    let replicate = 0;
    for (let i = 0; i < 2000; i++) runReplicate(compiled, 1, replicate++);
    let best = 0;
    for (let r = 0; r < rounds; r++) {
      const start = process.cpuUsage();
      for (let i = 0; i < replicatesPerRound; i++) runReplicate(compiled, 1, replicate++);
      const used = process.cpuUsage(start);
      const seconds = (used.user + used.system) / 1e6;
      best = Math.max(best, (replicatesPerRound * years) / seconds);
    }
    return {
      name: `model: ${name} replicate-years per second (1 thread)`,
      value: Math.round(best),
      unit: 'replicate-years/s',
    };
  });
}
