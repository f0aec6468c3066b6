import { bootstrapCutoff } from '../../src/hawkes/fit/bootstrapCutoff.js';
import { buildModel, type ModelShape } from '../../src/hawkes/fit/buildModels.js';
import { fitModel } from '../../src/hawkes/fit/fitModel.js';
import { simulateMultivariateHawkes } from '../../src/hawkes/simulateMultivariateHawkes.js';
import { chiSquareQuantile } from '../../src/stats/chiSquare.js';

/**
 * Coverage of the strike response's 95% profile interval at the bootstrap-calibrated cut-off,
 * where χ²₁ covered 81% (scripts/strike-response-wilks.ts): about 25 events and 20 strikes,
 * truth μ = 0.5, n = 0.3, β = 1, r = −2, δ = 0.5. The interval covers the truth exactly when
 * W = 2(ℓ̂ − max ℓ(r = −2)) is at most the cut-off, so each data set needs W and its cut-off,
 * not the interval's ends. Each cut-off is drawn from B = 19 bootstrap records, the 19th of
 * 19 statistics: if W and the bootstrap statistics were exchangeable it would cover with
 * probability 19/20 = 0.95 exactly, whatever B (a larger B only makes each cut-off less
 * noisy), so the coverage test holds at the default B = 199 too.
 */
export function strikeCutoffCoverage(datasets: number, bootstrap: number, prefix: string) {
  const truth = -2;
  const horizon = 100;
  const strikeTimes = Array.from({ length: 20 }, (_, j) => 2.5 + 5 * j);
  const shocks = { times: strikeTimes, response: strikeTimes.map(() => [truth]), decay: [0.5] };
  const shape: ModelShape = { excitation: true, trend: false, strikes: 'response' };
  const chi = chiSquareQuantile(0.95, 1);
  let covered = 0;
  let coveredChi = 0;
  let coveredEither = 0;
  const rows: { w: number; cutoff: number }[] = [];
  for (let r = 0; r < datasets; r++) {
    const [times] = simulateMultivariateHawkes(
      { baseline: [0.5], branchingRatio: [[0.3]], decay: [1] },
      { horizon, seed: `${prefix}-${r}`, shocks },
    ).times as [Float64Array];
    const strikes = { times: strikeTimes };
    const spec = buildModel(times, horizon, shape, strikes);
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
