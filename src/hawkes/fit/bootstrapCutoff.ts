import { createRng } from '../../random/createRng.js';
import { chiSquareQuantile } from '../../stats/chiSquare.js';
import { simulateMultivariateHawkes } from '../simulateMultivariateHawkes.js';
import { buildModel, type ModelShape } from './buildModels.js';
import { fitModel } from './fitModel.js';
import type { ModelSpec } from './ModelSpec.js';
import { type StrikeInput, strikeShocks } from './strikeInput.js';

/** The cut-off a profile interval was drawn with, and how it was found. */
export interface ProfileCutoff {
  /** 'bootstrap': calibrated by parametric bootstrap; 'chiSquare': Wilks' χ²₁ quantile. */
  readonly method: 'bootstrap' | 'chiSquare';
  /** The likelihood-ratio statistic 2(ℓ̂ − ℓ) at the interval's ends. */
  readonly value: number;
  /** Wilks' χ²₁ quantile at the same confidence, for comparison. */
  readonly chiSquare: number;
  /** Bootstrap records simulated and refitted (0 for χ²). */
  readonly replicates: number;
  /** Records left out: fewer than 2 events, or the simulation reached its event cap. */
  readonly skipped: number;
  /**
   * Monte Carlo error of a bootstrap cut-off: a distribution-free 95% interval for the
   * quantile from the order statistics of the replicates; null for χ².
   */
  readonly monteCarloInterval: readonly [number, number] | null;
  readonly seed: number | string | null;
  readonly message: string;
}

/**
 * Calibrate the profile-likelihood cut-off for one parameter (the strike response) by a
 * parametric bootstrap: simulate `replicates` records from the fitted model with the
 * observed strikes, fit each with the parameter free and with it held at its estimate (the
 * truth of the simulated records), and take the `confidence` quantile of the likelihood-ratio
 * statistics W* = 2(ℓ̂* − ℓ̂*₀) as the cut-off in place of χ²₁. With few events the χ²₁
 * reference is too small: at about 25 events and 20 strikes, W at the true response had mean
 * 1.89 where Wilks expects 1, and χ²₁ intervals covered 81%.
 *
 * Each record is drawn from its own stream (`seed`, then fork 'profile-cutoff' and the
 * replicate index), so the cut-off does not depend on the order of work. Both fits start
 * from the model's own starts and from the estimate. Cost: 2 × replicates fits of the model.
 * Reference: Davison & Hinkley (1997), Bootstrap Methods, §5.2 (bootstrap calibration of a
 * likelihood-ratio statistic).
 *
 * @returns the cut-off with its Monte Carlo interval and the number of records used
 */
export function bootstrapCutoff(
  spec: ModelSpec,
  shape: ModelShape,
  strikes: StrikeInput,
  horizon: number,
  estimate: readonly number[],
  parameter: string,
  fix: Readonly<Record<string, number>>,
  options: {
    readonly replicates: number;
    readonly confidence: number;
    readonly seed: number | string;
    readonly onReplicate?: () => void;
  },
): ProfileCutoff {
  const { replicates, confidence, seed } = options;
  const chiSquare = chiSquareQuantile(confidence, 1);
  const value = (name: string, fallback: number) => {
    const i = spec.parameters.findIndex((p) => p.name === name);
    return i < 0 ? fallback : (estimate[i] as number);
  };
  const held = value(parameter, 0);
  const shocks = strikeShocks(
    strikes,
    value('strikeResponse', 0),
    value('hostDeathResponse', 0),
    value('strikeResponseDecay', 1),
  );
  const process = {
    baseline: [value('baseline', 0)],
    branchingRatio: [[value('branchingRatio', 0)]],
    decay: [value('decay', 1)],
    trend: [value('trend', 0)],
  };
  // A fitted branching ratio of 1 is explosive only without end: over the window a cap far
  // above the observed count bounds the work, and a record that reaches it is skipped.
  const cap = 20 * spec.events + 1000;
  const root = createRng(seed).fork('profile-cutoff');
  const statistics: number[] = [];
  let skipped = 0;
  for (let b = 0; b < replicates; b++) {
    const run = simulateMultivariateHawkes(process, {
      horizon,
      rng: root.fork(b),
      shocks,
      maxEvents: cap,
    });
    const times = run.times[0] as Float64Array;
    if (run.reachedCap || times.length < 2) {
      skipped++;
      options.onReplicate?.();
      continue;
    }
    // The original bounds: a held value on the original range must stay admissible.
    const simulated = {
      ...buildModel(times, horizon, shape, strikes),
      parameters: spec.parameters,
    };
    const fitOptions = {
      intervals: 'none',
      standardErrors: false,
      starts: [estimate],
    } as const;
    const free = fitModel(simulated, { ...fitOptions, fix });
    const constrained = fitModel(simulated, { ...fitOptions, fix: { ...fix, [parameter]: held } });
    // A free search that ends below the constrained one missed its maximum: W* is then 0.
    statistics.push(Math.max(0, 2 * (free.logLikelihood - constrained.logLikelihood)));
    options.onReplicate?.();
  }
  const used = statistics.length;
  // 19 records is the least for a 95% quantile: the 19th of 19 is the ⌈20·0.95⌉-th.
  if (used < 19) {
    return {
      method: 'chiSquare',
      value: chiSquare,
      chiSquare,
      replicates: used,
      skipped,
      monteCarloInterval: null,
      seed,
      message: `χ²₁ cut-off: only ${used} of ${replicates} bootstrap records could be refitted (at least 19 needed)`,
    };
  }
  statistics.sort((x, y) => x - y);
  const { cutoff, lower, upper } = orderStatisticQuantile(statistics, confidence);
  return {
    method: 'bootstrap',
    value: cutoff,
    chiSquare,
    replicates: used,
    skipped,
    monteCarloInterval: [lower, upper],
    seed,
    message: `cut-off ${cutoff.toPrecision(3)} (χ²₁: ${chiSquare.toPrecision(3)}) from ${used} bootstrap records simulated from the fit with the observed strikes; Monte Carlo 95% interval [${lower.toPrecision(3)}, ${upper.toPrecision(3)}]`,
  };
}

/**
 * The p-quantile of sorted values as the ⌈(B + 1)p⌉-th order statistic (the usual bootstrap
 * critical value: if the statistic and the B replicates are exchangeable, the statistic is
 * at or below it with probability ⌈(B + 1)p⌉/(B + 1), whatever B), and a distribution-free 95% interval for the true quantile: order
 * statistics at ranks Bp ∓ 1.96√(Bp(1 − p)) (the normal approximation to the binomial count
 * of replicates below the quantile).
 */
export function orderStatisticQuantile(
  sorted: readonly number[],
  p: number,
): { cutoff: number; lower: number; upper: number } {
  const count = sorted.length;
  const at = (rank: number) => sorted[Math.min(count, Math.max(1, rank)) - 1] as number;
  const spread = 1.96 * Math.sqrt(count * p * (1 - p));
  return {
    // The small slack keeps (B + 1)p from rounding up past an integer it should equal.
    cutoff: at(Math.ceil((count + 1) * p - 1e-9)),
    lower: at(Math.floor(count * p - spread)),
    upper: at(Math.ceil(count * p + spread) + 1),
  };
}
