// Compare ABC-SMC's perturbation kernels on the 2020 calibration: the global kernel of
// Beaumont et al. 2009 (2× the population's covariance, the default), the optimal local
// covariance of Filippi et al. 2013 (`kernel: 'olcm'`) and their optimal global covariance
// (`kernel: 'optimal'`). Same record, priors, particles and seeds; per run and generation
// the tolerance, acceptance rate, effective sample size and cumulative simulations; then,
// per seed, the simulations each kernel needed to reach the tolerance all reached and its
// ESS there, and the mean over seeds.
//
//   npx tsx scripts/compare-abc-kernels.ts [--reading wire] [--particles 500] [--seeds 2020]
//     [--kernels beaumont,olcm,optimal] [--workers 2]
import { calibrate } from '../src/calibrate/calibrate.js';
import { observedFromReading } from '../src/calibrate/observed/observedFromReading.js';
import type { Posterior } from '../src/calibrate/Posterior.js';
import { iraq2020Priors } from '../src/calibrate/priors/defaultPriors.js';
import type { ReadingName } from '../src/data/iraq2020/types.js';
import { calibrateParallel } from '../src/node/calibrate/calibrateParallel.js';
import { iraq2020Uncalibrated } from '../src/scenario/presets/iraq2020.js';
import { scriptArgument } from './scriptArgument.js';

const reading = scriptArgument('reading', 'wire') as ReadingName;
const particles = Number(scriptArgument('particles', '500'));
const seeds = scriptArgument('seeds', '2020').split(',').map(Number);
const kernels = scriptArgument('kernels', 'beaumont,olcm,optimal').split(',') as (
  | 'beaumont'
  | 'olcm'
  | 'optimal'
)[];
const workers = Number(scriptArgument('workers', '1'));

const totals: Record<string, { sims: number; ess: number; runs: number }> = {};
for (const seed of seeds) {
  const runs: Record<string, Posterior> = {};
  for (const kernel of kernels) {
    const started = Date.now();
    const options = { parameters: iraq2020Priors(), particles, seed, kernel };
    const record = observedFromReading(reading);
    runs[kernel] =
      workers > 1
        ? await calibrateParallel(iraq2020Uncalibrated, record, { ...options, workers })
        : calibrate(iraq2020Uncalibrated, record, options);
    const d = runs[kernel].diagnostics;
    process.stdout.write(
      `\nseed ${seed}, ${kernel}: ${d.generations.length} generations, ${d.simulations} simulations, stopped by ${d.stopReason}, final ESS ${d.effectiveSampleSize.toFixed(0)} of ${particles}, ${((Date.now() - started) / 1000).toFixed(0)} s\n  gen  tolerance  acceptance  ESS   simulations\n`,
    );
    let cumulative = 0;
    for (const g of d.generations) {
      cumulative += g.simulations;
      process.stdout.write(
        `  ${String(g.generation).padStart(3)}  ${g.tolerance.toFixed(3).padStart(9)}  ${g.acceptanceRate.toFixed(3).padStart(10)}  ${g.effectiveSampleSize.toFixed(0).padStart(4)}  ${String(cumulative).padStart(11)}\n`,
      );
    }
  }
  const common = Math.max(...Object.values(runs).map((p) => p.diagnostics.finalTolerance));
  process.stdout.write(
    `\nseed ${seed}: simulations to reach tolerance ${common.toFixed(3)}, and the ESS there:`,
  );
  for (const [kernel, p] of Object.entries(runs)) {
    let cumulative = 0;
    let reached: { sims: number; ess: number } | null = null;
    for (const g of p.diagnostics.generations) {
      cumulative += g.simulations;
      if (reached === null && g.tolerance <= common)
        reached = { sims: cumulative, ess: g.effectiveSampleSize };
    }
    process.stdout.write(
      reached === null
        ? ` ${kernel} not reached;`
        : ` ${kernel} ${reached.sims} (ESS ${reached.ess.toFixed(0)});`,
    );
    if (reached !== null) {
      const t = (totals[kernel] ??= { sims: 0, ess: 0, runs: 0 });
      t.sims += reached.sims;
      t.ess += reached.ess;
      t.runs++;
    }
  }
  process.stdout.write('\n');
}
process.stdout.write(`\nmean over ${seeds.length} seed(s) at each seed's common tolerance:`);
for (const [kernel, t] of Object.entries(totals))
  process.stdout.write(
    ` ${kernel} ${(t.sims / t.runs).toFixed(0)} simulations, ESS ${(t.ess / t.runs).toFixed(0)} (${t.runs} runs);`,
  );
process.stdout.write('\n');
