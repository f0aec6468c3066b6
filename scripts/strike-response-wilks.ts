// Does Wilks' χ²₁ calibrate the strike response's profile likelihood? For simulated data
// sets (the long coverage test's truth: μ = 0.5, n = 0.3, β = 1, strikes every 5 days with
// response r = −2 spread at δ = 0.5), fit the Hawkes model with strikes and compute the
// likelihood ratio at the true r, W = 2(ℓ̂ − max ℓ(r = −2)), searching the profile from the
// MLE and from the ten best points of the model's wide grid. The profile interval covers the
// truth exactly when W ≤ χ²₁(0.95) = 3.84, so P(W > 3.84) is its miss rate (0.05 if Wilks
// holds) and the mean of W should be 1. `fromMle` is W from the MLE's start alone (the
// profile search's first try), to tell optimiser failures from the asymptotics.
// One JSON line per data set, then a summary.
//
//   npx tsx scripts/strike-response-wilks.ts [--strikes 20] [--from 0] [--to 100]
import { fitModel } from '../src/hawkes/fit/fitModel.js';
import { searchObjective } from '../src/hawkes/fit/searchObjective.js';
import { minimizeMultiStart } from '../src/optimize/minimizeMultiStart.js';
import { chiSquareQuantile } from '../src/stats/chiSquare.js';
import { STRIKE_TRUTH, strikeCoverageRecord } from './strikeCoverageRecord.js';
import { numericArgument } from './scriptArgument.js';

const strikes = numericArgument('strikes', 20);
const TRUTH = STRIKE_TRUTH;
const cut = chiSquareQuantile(0.95, 1);
const all: number[] = [];
for (let r = numericArgument('from', 0); r < numericArgument('to', 100); r++) {
  const { times, spec } = strikeCoverageRecord(strikes, `strike-coverage-${r}`);
  const fit = fitModel(spec, { intervals: 'none', standardErrors: false });
  const mle = fit.estimates.map((e) => e.value);
  const index = spec.parameters.findIndex((p) => p.name === 'strikeResponse');
  const objective = searchObjective(spec, new Map([[index, TRUTH]]));
  const held = (theta: readonly number[]) =>
    objective.search(theta.map((v, i) => (i === index ? TRUTH : v)));
  const profile = (starts: number[][]) => {
    const feasible = starts.filter((u) => Number.isFinite(objective.valueOnly(u)));
    if (feasible.length === 0) return Number.NEGATIVE_INFINITY;
    const { best } = minimizeMultiStart(
      objective.value,
      objective.gradient,
      { lower: objective.lower, upper: objective.upper },
      feasible,
      { maxIterations: 2000 },
    );
    return -best.value;
  };
  const grid = spec
    .candidates()
    .map(held)
    .map((u) => ({ u, value: objective.valueOnly(u) }))
    .filter((s) => Number.isFinite(s.value))
    .sort((a, b) => a.value - b.value)
    .slice(0, 10)
    .map((s) => s.u);
  const W = 2 * (fit.logLikelihood - profile([held(mle), ...grid]));
  const fromMle = 2 * (fit.logLikelihood - profile([held(mle)]));
  all.push(W);
  process.stdout.write(
    `${JSON.stringify({ seed: r, events: times.length, mle: mle.map((x) => Number(x.toPrecision(4))), W: Number(W.toFixed(4)), fromMle: Number(fromMle.toFixed(4)) })}\n`,
  );
}
const n = all.length;
const mean = all.reduce((s, w) => s + w, 0) / n;
const sd = Math.sqrt(all.reduce((s, w) => s + (w - mean) ** 2, 0) / (n - 1));
const misses = all.filter((w) => w > cut).length;
process.stdout.write(
  `${n} data sets: mean W ${mean.toFixed(3)} ± ${(sd / Math.sqrt(n)).toFixed(3)} (1 under Wilks); W > ${cut.toFixed(2)} in ${misses} (coverage ${(1 - misses / n).toFixed(3)}, binomial SE at 95%: ${Math.sqrt((0.95 * 0.05) / n).toFixed(3)})\n`,
);
