// Compare ABC-SMC's perturbation kernels on the 2020 calibration: the global kernel of
// Beaumont et al. 2009 (2× the population's covariance, the default) and the optimal local
// covariance of Filippi et al. 2013 (`kernel: 'olcm'`). Same record, priors, particles and
// seed; per generation the tolerance, acceptance rate, effective sample size and cumulative
// simulations, then the simulations each needed to reach the tolerance both reached.
//
//   npx tsx scripts/compare-abc-kernels.ts [--reading wire] [--particles 500] [--seed 2020]
import { calibrate } from '../src/calibrate/calibrate.js';
import { observedFromReading } from '../src/calibrate/observed/observedFromReading.js';
import type { Posterior } from '../src/calibrate/Posterior.js';
import { iraq2020Priors } from '../src/calibrate/priors/defaultPriors.js';
import type { ReadingName } from '../src/data/iraq2020/types.js';
import { iraq2020Uncalibrated } from '../src/scenario/presets/iraq2020.js';

const arg = (name: string, fallback: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
};
const reading = arg('reading', 'wire') as ReadingName;
const particles = Number(arg('particles', '500'));
const seed = Number(arg('seed', '2020'));

const runs: Record<string, Posterior> = {};
for (const kernel of ['beaumont', 'olcm'] as const) {
  const started = Date.now();
  runs[kernel] = calibrate(iraq2020Uncalibrated, observedFromReading(reading), {
    parameters: iraq2020Priors(),
    particles,
    seed,
    kernel,
  });
  const d = runs[kernel].diagnostics;
  process.stdout.write(
    `\n${kernel}: ${d.generations.length} generations, ${d.simulations} simulations, stopped by ${d.stopReason}, final ESS ${d.effectiveSampleSize.toFixed(0)} of ${particles}, ${((Date.now() - started) / 1000).toFixed(0)} s\n  gen  tolerance  acceptance  ESS   simulations\n`,
  );
  let cumulative = 0;
  for (const g of d.generations) {
    cumulative += g.simulations;
    process.stdout.write(
      `  ${String(g.generation).padStart(3)}  ${g.tolerance.toFixed(3).padStart(9)}  ${g.acceptanceRate.toFixed(3).padStart(10)}  ${g.effectiveSampleSize.toFixed(0).padStart(4)}  ${String(cumulative).padStart(11)}\n`,
    );
  }
}
const common = Math.max(
  ...Object.values(runs).map((p) => p.diagnostics.finalTolerance),
);
process.stdout.write(`\nsimulations to reach tolerance ${common.toFixed(3)}:`);
for (const [kernel, p] of Object.entries(runs)) {
  let cumulative = 0;
  let reached: number | null = null;
  for (const g of p.diagnostics.generations) {
    cumulative += g.simulations;
    if (reached === null && g.tolerance <= common) reached = cumulative;
  }
  process.stdout.write(` ${kernel} ${reached ?? 'not reached'};`);
}
process.stdout.write('\n');
