// `npm run bench [-- name]`: run the benchmarks (all, or those whose group matches) and print
// a table. Figures depend on the machine and on what else runs on it; run on a quiet machine.
import { benchCalibrate } from './calibrateBench.js';
import { benchEnsemble } from './ensembleBench.js';
import { benchExperiments } from './experimentsBench.js';
import { benchFit } from './fitBench.js';
import { benchHawkes } from './hawkesBench.js';
import { benchModel, distEngine } from './modelBench.js';
import { benchRandom } from './randomBench.js';
import { benchStartup } from './startupBench.js';

type Figure = { name: string; value: number; unit: string };
const groups: Record<string, () => Figure[] | Promise<Figure[]>> = {
  random: () =>
    benchRandom().map((r) => ({ name: r.name, value: r.opsPerSecond, unit: 'draws/s' })),
  hawkes: benchHawkes,
  model: () => benchModel(),
  // The same on the built package (npm run build first): what users of the package run.
  'model-dist': async () => benchModel(5, 10_000, await distEngine()),
  ensemble: benchEnsemble,
  experiments: () => benchExperiments(),
  startup: benchStartup,
  calibrate: () => benchCalibrate(),
  fit: benchFit,
};

const wanted = process.argv.slice(2);
for (const [group, run] of Object.entries(groups)) {
  if (wanted.length > 0 && !wanted.includes(group)) continue;
  console.log(`\n${group}`);
  for (const row of await run()) {
    const value = row.value >= 1e4 ? row.value.toExponential(2) : row.value.toPrecision(3);
    console.log(`  ${row.name.padEnd(80)} ${value.padStart(10)} ${row.unit}`);
  }
}
