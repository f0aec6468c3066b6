// Peak memory of streamed sweeps against the number of design points, in child processes of
// the built package: the CLI (`sweep --out`) and the library (`sweep`, `sweepParallel`), on
// 1 thread and 2 workers. Peak RSS comes from the child's own getrusage (threads included);
// the heap after a full collection at the end shows that nothing is retained. Needs dist/
// (`npm run build`). Sizes: SWEEP_POINTS=2000,20000,100000 (the default); 1 replicate each.
// Last, the largest size on 1 thread with the old generation capped at 32 MB and the young
// at 1 MB semi-spaces.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchFigure } from './modelBench.js';

const root = fileURLToPath(new URL('../', import.meta.url));
/** The old-generation cap of the last run (MB). */
const OLD_SPACE_MB = 32;
const PARAMS = [
  'militias.0.baseline=0.04:0.12',
  'hostGovernment.thresholds.expulsion=6:20',
] as const;

// Loaded before the child's own code: report peak RSS and, where gc is exposed, the heap
// after a full collection, as the process exits.
const REPORT = `data:text/javascript,${encodeURIComponent(`import { isMainThread } from 'node:worker_threads';
if (isMainThread) process.on('exit', () => {
  globalThis.gc?.();
  const heap = globalThis.gc ? process.memoryUsage().heapUsed : -1;
  process.stderr.write('\\nmemory ' + process.resourceUsage().maxRSS + ' ' + heap + '\\n');
});`)}`;

/** The library's streamed sweep, rows counted and dropped (argv: points, workers). */
const LIBRARY = `
const [points, workers] = process.argv.slice(2).map(Number);
const { presets, sweep } = await import(${JSON.stringify(`${root}dist/index.js`)});
const { sweepParallel } = await import(${JSON.stringify(`${root}dist/node.js`)});
const options = {
  parameters: ${JSON.stringify(
    PARAMS.map((p) => {
      const [path, range] = p.split('=') as [string, string];
      const [low, high] = range.split(':').map(Number);
      return { path, low, high };
    }),
  )},
  design: 'latinHypercube', points, replicates: 1, seed: 1,
};
let rows = 0;
if (workers === 1) for (const _ of sweep(presets['iraq-2020'], options)) rows++;
else for await (const _ of sweepParallel(presets['iraq-2020'], options, { workers })) rows++;
if (rows !== points) throw new Error('rows ' + rows);
`;

/** Peak RSS (MB), heap after a full collection (MB) and wall seconds of one child run. */
function measure(
  args: string[],
  flags: string[] = [],
): { rss: number; heap: number; seconds: number } {
  const start = performance.now();
  const result = spawnSync(
    process.execPath,
    ['--expose-gc', ...flags, '--import', REPORT, ...args],
    {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  const seconds = (performance.now() - start) / 1000;
  const match = /memory (\d+) (-?\d+)\s*$/.exec(result.stderr);
  if (result.status !== 0 || match === null)
    throw new Error(`sweep memory: node ${args.join(' ')} failed:\n${result.stderr}`);
  return { rss: Number(match[1]) / 1024, heap: Number(match[2]) / 2 ** 20, seconds };
}

/**
 * Peak RSS against design points for the CLI and the library, 1 thread and 2 workers.
 *
 * @param sizes - design points (default from SWEEP_POINTS, else 2,000, 20,000 and 100,000)
 * @returns figures: MB of peak RSS and of heap after GC, per case and size
 */
export function benchSweepMemory(
  sizes = (process.env.SWEEP_POINTS ?? '2000,20000,100000').split(',').map(Number),
): BenchFigure[] {
  if (!existsSync(`${root}dist/cli.js`))
    throw new Error('sweep memory: dist/ is missing; run npm run build');
  const dir = mkdtempSync(join(tmpdir(), 'escalation-sim-sweep-bench-'));
  const script = join(dir, 'librarySweep.mjs');
  writeFileSync(script, LIBRARY);
  const rows: BenchFigure[] = [];
  try {
    for (const workers of [1, 2])
      for (const points of sizes) {
        const cli = measure([
          'dist/cli.js',
          'sweep',
          'iraq-2020',
          ...PARAMS.flatMap((p) => ['--param', p]),
          '--design',
          'lhs',
          '--points',
          String(points),
          '--replicates',
          '1',
          '--workers',
          String(workers),
          '--out',
          join(dir, 'sweep.csv'),
        ]);
        const library = measure([script, String(points), String(workers)]);
        const label = `${points} points, ${workers === 1 ? '1 thread' : `${workers} workers`}`;
        rows.push(
          { name: `CLI sweep --out, ${label}: peak RSS`, value: cli.rss, unit: 'MB' },
          { name: `  … wall clock`, value: cli.seconds, unit: 's' },
          { name: `library sweep, ${label}: peak RSS`, value: library.rss, unit: 'MB' },
          { name: `  … heap after a full GC at the end`, value: library.heap, unit: 'MB' },
          { name: `  … wall clock`, value: library.seconds, unit: 's' },
        );
      }
    // The largest sweep again with the old generation capped at OLD_SPACE_MB: it completes
    // only if what a sweep keeps alive stays below the cap whatever the number of points;
    // V8 then collects sooner instead of letting collectable garbage grow the heap.
    const largest = Math.max(...sizes);
    // The young generation is capped too (1 MB semi-spaces, against up to 16 MB by default),
    // so peak RSS shows what the process needs, not what V8 keeps because it may.
    const capped = measure(
      [script, String(largest), '1'],
      [`--max-old-space-size=${OLD_SPACE_MB}`, '--max-semi-space-size=1'],
    );
    rows.push(
      {
        name: `library sweep, ${largest} points, 1 thread, old space capped at ${OLD_SPACE_MB} MB, semi-spaces at 1 MB: peak RSS`,
        value: capped.rss,
        unit: 'MB',
      },
      { name: `  … wall clock`, value: capped.seconds, unit: 's' },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
