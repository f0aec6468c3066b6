// `npx tsx bench/compareEngines.ts A.mjs B.mjs [rounds] [replicates]`: two builds of the engine
// in one process, each preset's speed as a share of the bare loop's and B's speed over A's
// (CPU time, best of the rounds, rounds interleaved as in modelBench). A build is a bundle of
// src/index.ts from any checkout, e.g. for main and this tree:
//   git worktree add /tmp/main-tree main
//   npx esbuild /tmp/main-tree/src/index.ts --bundle --format=esm --platform=node --outfile=/tmp/a.mjs
//   npx esbuild src/index.ts --bundle --format=esm --platform=node --outfile=/tmp/b.mjs
// Run-to-run noise on a loaded machine is a few per cent; compare a build with itself to see it.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bareLoop } from './bareLoop.js';
import type { BenchEngine } from './modelBench.js';

const [a, b] = process.argv.slice(2, 4);
if (a === undefined || b === undefined)
  throw new Error('usage: npx tsx bench/compareEngines.ts A.mjs B.mjs [rounds] [replicates]');
const rounds = Number(process.argv[4] ?? 7);
const replicates = Number(process.argv[5] ?? 10_000);
const load = async (file: string) =>
  (await import(pathToFileURL(resolve(file)).href)) as Omit<BenchEngine, 'label'>;
const engines = [await load(a), await load(b)];
const names = ['iraq-2020', 'restraint', 'tit-for-tat-spiral'] as const;
const loops: Array<{ name: string; run: (replicate: number) => number }> = [
  { name: 'bare loop', run: bareLoop },
];
for (const name of names) {
  engines.forEach((engine, e) => {
    const compiled = engine.compileScenario(engine.presets[name]);
    loops.push({
      name: `${name} ${e === 0 ? 'A' : 'B'}`,
      run: (r) => {
        const outcomes = engine.runReplicate(compiled, 1, r);
        return outcomes.attacks + outcomes.strikes;
      },
    });
  });
}
for (const loop of loops) for (let i = 0; i < 2000; i++) loop.run(i);
const best = loops.map(() => 0);
let first = 2000;
for (let round = 0; round < rounds; round++) {
  loops.forEach((loop, j) => {
    const start = process.cpuUsage();
    for (let i = 0; i < replicates; i++) loop.run(first + i);
    const used = process.cpuUsage(start);
    best[j] = Math.max(best[j] as number, (replicates * 1e6) / (used.user + used.system));
  });
  first += replicates;
}
const bare = best[0] as number;
loops.forEach((loop, j) => {
  const speed = best[j] as number;
  console.log(
    `${loop.name.padEnd(24)} ${Math.round(speed)} replicate-years/s  ${(speed / bare).toFixed(3)} of the bare loop`,
  );
});
names.forEach((name, k) => {
  const ratio = (best[2 + 2 * k] as number) / (best[1 + 2 * k] as number);
  console.log(`${name.padEnd(24)} B / A ${ratio.toFixed(3)}`);
});
