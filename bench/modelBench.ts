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

/**
 * The engine from the sources, as `tsx` loads them: one ES module per file, with esbuild's
 * `keepNames` (a `__name(fn, 'name')` call wherever a function is created). Two things made
 * this about a fifth slower than the bundle, both fixed in the sources: an imported function
 * called in a hot loop (V8 reloads an import from its module cell and checks it is
 * initialised at every use, where a module-local binding is folded; Mash's step in
 * seedStreams3 doubled that file's cost), and a closure created per outcome row (with
 * keepNames, a `__name` call per row). What is left of the gap is `keepNames` itself, a few
 * per cent.
 */
export const SOURCE_ENGINE: BenchEngine = {
  label: '',
  compileScenario,
  runReplicate,
  presets,
};

/**
 * The engine from the built package (`dist/`, bundled as users get it; build it first with
 * `npm run build`): what users of the package see. The sources through tsx (SOURCE_ENGINE)
 * now run it about as fast.
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
 * Presets differ in how much happens in a year, so the events (attacks + strikes) per
 * replicate-year of each loop are reported too, with the speed per event as a share of the
 * bare loop's. tit-for-tat-spiral has fewer events a year than the bare loop (about 82
 * against 91) yet runs at under a third of its speed: its cost is per event, not in their
 * number. Each of its strikes is a whole model step (decay to the landing, hits,
 * collateral, host pressure, its own stream), and after the first strike the strike
 * response and capability decay at every thinning step too: about 340 exponentials and 650
 * draws a replicate-year against the bare loop's 107 and 170.
 *
 * @param rounds - timed rounds (default 5)
 * @param replicatesPerRound - replicates per round (default 10 000)
 * @param engine - the sources (default) or the built package (distEngine)
 * @returns one figure per preset and for the bare loop, then the ratios, events per
 *   replicate-year and the per-event ratios
 */
export function benchModel(
  rounds = 5,
  replicatesPerRound = 10_000,
  engine: BenchEngine = SOURCE_ENGINE,
): Array<BenchFigure> {
  const names = ['iraq-2020', 'restraint', 'tit-for-tat-spiral'] as const;
  // Each run returns its events (attacks + strikes), which also keeps the work from being
  // optimised away.
  const loops: Array<{ name: string; run: (replicate: number) => number }> = [
    { name: 'bare loop (attacks + tit-for-tat)', run: bareLoop },
    ...names.map((name) => {
      const compiled = engine.compileScenario(engine.presets[name]);
      return {
        name,
        run: (r: number) => {
          const outcomes = engine.runReplicate(compiled, 1, r);
          return outcomes.attacks + outcomes.strikes;
        },
      };
    }),
  ];
  for (const loop of loops) for (let i = 0; i < 2000; i++) loop.run(i);
  const best = loops.map(() => 0);
  const events = loops.map(() => 0);
  let replicate = 2000;
  for (let r = 0; r < rounds; r++) {
    loops.forEach((loop, j) => {
      let count = 0;
      const start = process.cpuUsage();
      for (let i = 0; i < replicatesPerRound; i++) count += loop.run(replicate + i);
      const used = process.cpuUsage(start);
      best[j] = Math.max(best[j] as number, (replicatesPerRound * 1e6) / (used.user + used.system));
      events[j] = (events[j] as number) + count;
    });
    replicate += replicatesPerRound;
  }
  const perYear = events.map((count) => count / (rounds * replicatesPerRound));
  const bare = best[0] as number;
  const bareEvents = bare * (perYear[0] as number);
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
    ...loops.map((loop, j) => ({
      name: `model${engine.label}: ${loop.name} events (attacks + strikes) per replicate-year`,
      value: perYear[j] as number,
      unit: 'events',
    })),
    ...names.map((name, j) => ({
      name: `model${engine.label}: ${name} speed per event / bare loop's`,
      value: ((best[j + 1] as number) * (perYear[j + 1] as number)) / bareEvents,
      unit: 'ratio',
    })),
  ];
}
