import { buildModel, type ModelShape } from './buildModels.js';
import { fitModel } from './fitModel.js';
import type { StrikeInput } from './strikeInput.js';

/** How each candidate model forecasts events it was not fitted to. */
export interface HoldoutResult {
  /** The fit window is [0, from]; the held-out events are those in (from, horizon]. */
  readonly from: number;
  readonly heldOutEvents: number;
  readonly trainingEvents: number;
  /** Per model: the held-out events' log-likelihood given the history, under the fit on [0, from]. */
  readonly scores: readonly { readonly model: string; readonly logLikelihood: number }[];
}

/** Where the held-out part starts, from `{ from }` in days or `{ fraction }` of the window. */
export type HoldoutOption = { readonly from: number } | { readonly fraction: number };

/** Resolve and check a holdout option against the data, naming the field that breaks a rule. */
export function holdoutStart(option: HoldoutOption, times: Float64Array, horizon: number): number {
  const from =
    'from' in option
      ? option.from
      : 'fraction' in option
        ? (1 - option.fraction) * horizon
        : Number.NaN;
  const field = 'from' in option ? 'holdout.from' : 'holdout.fraction';
  const value = 'from' in option ? option.from : (option as { fraction: number }).fraction;
  if (!(Number.isFinite(from) && from > 0 && from < horizon)) {
    throw new RangeError(
      `${field} must leave a fit window and a held-out window inside [0, ${horizon}] (from in (0, horizon), fraction in (0, 1)), received ${value}`,
    );
  }
  const training = times.filter((t) => t <= from).length;
  if (training < 2)
    throw new RangeError(
      `${field} leaves ${training} event(s) before day ${from}; the fit needs at least 2`,
    );
  return from;
}

/**
 * Out-of-sample check of model choice: fit each candidate on [0, from] alone and score the
 * events of (from, horizon] by their predictive log-likelihood, ℓ_[0,T](θ̂) − ℓ_[0,from](θ̂):
 * the exact log-density of the held-out segment given the history before it (the intensity
 * there still feels the training events and every known strike). Higher is better; unlike
 * AIC it punishes a model whose trend fits the past and runs away afterwards.
 *
 * Reference: the prequential principle (Dawid 1984); Gneiting & Raftery (2007) on the
 * logarithmic score. Cost: one more fit per model. `timeResolution` (days, 0 for continuous
 * times) bounds the training fits' strike decay as the full fit's.
 */
export function holdoutScores(
  times: Float64Array,
  horizon: number,
  from: number,
  shapes: readonly ModelShape[],
  strikes: StrikeInput | undefined,
  fix: Readonly<Record<string, number>>,
  timeResolution = 0,
): HoldoutResult {
  const trainingCount = times.filter((t) => t <= from).length;
  const training = times.subarray(0, trainingCount);
  const keep = (strikes?.times ?? []).map((t) => t <= from);
  const trainingStrikes: StrikeInput | undefined =
    strikes === undefined
      ? undefined
      : {
          times: strikes.times.filter((_, j) => keep[j]),
          ...(strikes.hostKilled
            ? { hostKilled: strikes.hostKilled.filter((_, j) => keep[j]) }
            : {}),
        };
  const scores = shapes.map((shape) => {
    const trainingSpec = buildModel(training, from, shape, trainingStrikes, { timeResolution });
    const fit = fitModel(trainingSpec, { fix, intervals: 'none', standardErrors: false });
    const theta = fit.estimates.map((e) => e.value);
    const full = buildModel(times, horizon, shape, strikes);
    return { model: fit.model, logLikelihood: full.logLikelihood(theta) - fit.logLikelihood };
  });
  return {
    from,
    heldOutEvents: times.length - trainingCount,
    trainingEvents: trainingCount,
    scores,
  };
}
