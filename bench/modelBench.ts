import { compileScenario } from '../src/model/compileScenario.js';
import { runReplicate } from '../src/model/runReplicate.js';
import { presets } from '../src/scenario/presets.js';
import { bareLoop } from './bareLoop.js';

/** The engine a benchmark runs: the sources (through tsx) or the built package. */
export interface BenchEngine {
  readonly label: string;
  readonly compileScenario: typeof compileScenario;
  readonly runReplicate: typeof runReplicate;
  readonly presets: typeof presets;
}

/** The engine from the sources, as `tsx` loads them (one module per file). */
export const SOURCE_ENGINE: BenchEngine = {
  label: '',
  compileScenario,
  runReplicate,
  presets,
};

/**
 * The engine from the built package (`dist/`, bundled as users get it; build it first with
 * `npm run build`). The sources as tsx loads them, one module per file, run the engine
 * about a fifth slower than the bundle while the bare loop (one file) runs alike, so the
 * two ratios differ; this one is what users of the package see.
 */
export async function distEngine(): Promise<BenchEngine> {
  const url = new URL('../dist/index.js', import.meta.url).href;
  const dist = (await import(url)) as typeof import('../src/index.js');
  return { label: ' (dist)', ...dist };
}

/** One benchmark figure. */
export interface BenchFigure {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
}

/**
 * Replicate-years per second of the agent model, single thread: `runReplicate` (outcomes
 * only, no event log) on each 365-day preset, and the bare loop of attacks plus tit-for-tat
 * (bench/bareLoop.ts) in the same run, with each preset's speed as a share of the bare
 * loop's (the figure to quote: absolute speeds move with the machine's load). Time is this
 * process's CPU time (user + system), so other load disturbs the figure less than wall
 * time; the best of several rounds is reported, as is usual for throughput, and the rounds
 * of all loops are interleaved so that they see the same machine.
 *
 * @param rounds - timed rounds (default 5)
 * @param replicatesPerRound - replicates per round (default 10 000)
 * @param engine - the sources (default) or the built package (distEngine)
 * @returns one figure per preset and for the bare loop, then the ratios
 */
export function benchModel(
  rounds = 5,
  replicatesPerRound = 10_000,
  engine: BenchEngine = SOURCE_ENGINE,
): Array<BenchFigure> {
  const names = ['iraq-2020', 'restraint', 'tit-for-tat-spiral'] as const;
  let sink = 0;
  const loops: Array<{ name: string; run: (replicate: number) => void }> = [
    {
      name: 'bare loop (attacks + tit-for-tat)',
      run: (r) => {
        sink += bareLoop(r);
      },
    },
    ...names.map((name) => {
      const compiled = engine.compileScenario(engine.presets[name]);
      return { name, run: (r: number) => void engine.runReplicate(compiled, 1, r) };
    }),
  ];
  for (const loop of loops) for (let i = 0; i < 2000; i++) loop.run(i);
  const best = loops.map(() => 0);
  let replicate = 2000;
  for (let r = 0; r < rounds; r++) {
    loops.forEach((loop, j) => {
      const start = process.cpuUsage();
      for (let i = 0; i < replicatesPerRound; i++) loop.run(replicate + i);
      const used = process.cpuUsage(start);
      best[j] = Math.max(best[j] as number, (replicatesPerRound * 1e6) / (used.user + used.system));
    });
    replicate += replicatesPerRound;
  }
  if (sink < 0) throw new Error('unreachable: keeps the bare loop from being optimised away');
  const bare = best[0] as number;
  return [
    ...loops.map((loop, j) => ({
      name: `model${engine.label}: ${loop.name} replicate-years per second (1 thread)`,
      value: Math.round(best[j] as number),
      unit: 'replicate-years/s',
    })),
    ...names.map((name, j) => ({
      name: `model${engine.label}: ${name} speed / bare loop speed`,
      value: (best[j + 1] as number) / bare,
      unit: 'ratio',
    })),
  ];
}
