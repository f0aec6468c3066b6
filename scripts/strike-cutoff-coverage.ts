import { bootstrapCutoff } from '../src/hawkes/fit/bootstrapCutoff.js';
import { fitModel } from '../src/hawkes/fit/fitModel.js';
import { chiSquareQuantile } from '../src/stats/chiSquare.js';
import { STRIKE_SHAPE, STRIKE_TRUTH, strikeCoverageRecord } from './strikeCoverageRecord.js';

// Coverage of the strike response's 95% profile interval at a bootstrap-calibrated cut-off
// against χ²₁, where χ²₁ covered 81% in scripts/strike-response-wilks.ts: about 25 events
// and 20 strikes, truth μ = 0.5, n = 0.3, β = 1, r = −2, δ = 0.5. The interval covers the
// truth exactly when W = 2(ℓ̂ − max ℓ(r = −2)) is at most the cut-off, so each data set needs
// W and the cut-off a test of r = −2 would use: the (B + 1)·0.95-th of B statistics from
// records simulated at the fit with r held at −2. If W and those statistics were
// exchangeable, that covers with probability 0.95 whatever B. Prints the three coverages
// (bootstrap quantile, χ²₁, the larger of the two: fitHawkes' rule), then one JSON row per
// data set on request.
//
//   npx tsx scripts/strike-cutoff-coverage.ts [--datasets 60] [--bootstrap 39] [--prefix pilotB] [--rows]
//
// Measured (60 data sets, B = 39, prefix pilotB; about 10 minutes on a loaded 2-core
// machine): bootstrap 48, χ²₁ 54, the larger 55; bootstrap quantiles 0.7–7.8 (median 3.1).
function strikeCutoffCoverage(datasets: number, bootstrap: number, prefix: string) {
  const truth = STRIKE_TRUTH;
  const shape = STRIKE_SHAPE;
  const chi = chiSquareQuantile(0.95, 1);
  let covered = 0;
  let coveredChi = 0;
  let coveredEither = 0;
  const rows: { w: number; cutoff: number }[] = [];
  for (let r = 0; r < datasets; r++) {
    const { spec, strikeTimes, horizon } = strikeCoverageRecord(20, `${prefix}-${r}`);
    const strikes = { times: strikeTimes };
    const options = { intervals: 'none', standardErrors: false } as const;
    const free = fitModel(spec, options);
    const estimate = free.estimates.map((e) => e.value);
    const atTruth = fitModel(spec, {
      ...options,
      fix: { strikeResponse: truth },
      starts: [estimate],
    });
    const w = Math.max(0, 2 * (free.logLikelihood - atTruth.logLikelihood));
    const cutoff = bootstrapCutoff(
      spec,
      shape,
      strikes,
      horizon,
      estimate,
      'strikeResponse',
      {},
      {
        replicates: bootstrap,
        confidence: 0.95,
        seed: `${prefix}-cutoff-${r}`,
      },
    );
    if (w <= cutoff.value) covered++;
    if (w <= chi) coveredChi++;
    if (w <= Math.max(chi, cutoff.value)) coveredEither++;
    rows.push({ w, cutoff: cutoff.value });
  }
  return { covered, coveredChi, coveredEither, rows };
}

const arg = (name: string, fallback: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] as string) : fallback;
};
const datasets = Number(arg('datasets', '60'));
const result = strikeCutoffCoverage(datasets, Number(arg('bootstrap', '39')), arg('prefix', 'pilotB'));
if (process.argv.includes('--rows'))
  for (const row of result.rows) process.stdout.write(`${JSON.stringify(row)}\n`);
process.stdout.write(
  `${datasets} data sets: covered with the bootstrap quantile ${result.covered}, with χ²₁ ${result.coveredChi}, with the larger ${result.coveredEither}\n`,
);
