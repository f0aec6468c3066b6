import { requireArrayLike, requireString } from '../util/requireArgument.js';
import type { PredictedStatistic } from './Posterior.js';
import { weightedQuantile } from './weightedQuantile.js';

/**
 * A statistic's predictive distribution in a window, from weighted simulated values, beside
 * what was observed there: mean, quantiles, the 50% and 90% central intervals with the
 * predictive probability each actually holds, and the tail masses that place the observed
 * value (for predictive p-values and the probability integral transform).
 *
 * Why the interval masses: a count's predictive distribution is discrete, so the interval
 * between its 25% and 75% quantiles holds at least 50%, often more; a coverage check must
 * compare coverage with that mass, not with the nominal 50%.
 *
 * @param statistic - the statistic's name
 * @param values - simulated values (one per particle)
 * @param weights - their normalised weights (sum 1)
 * @param observed - the observed value, or null where the record does not cover the window
 * @returns the predicted statistic
 * @throws RangeError (TypeError for a value of the wrong kind) naming the argument
 * @example
 * predictedStatistic('attacks', [1, 2, 3, 4], [0.25, 0.25, 0.25, 0.25], 3).lowerTail; // => 0.5
 */
export function predictedStatistic(
  statistic: string,
  values: readonly number[],
  weights: readonly number[],
  observed: number | null,
): PredictedStatistic {
  requireString('statistic', statistic, "the statistic's name");
  requireArrayLike('values', values, 'an array of simulated values');
  requireArrayLike('weights', weights, 'an array of weights, one per value');
  if (weights.length !== values.length)
    throw new RangeError(
      `weights must hold one weight per value (${values.length}), received ${weights.length}`,
    );
  if (observed !== null && !Number.isFinite(observed))
    throw new RangeError(`observed must be a finite number or null, received ${observed}`);
  const q = (p: number) => weightedQuantile(values, weights, p);
  const massIn = (lo: number, hi: number) =>
    values.reduce((s, x, i) => s + (x >= lo && x <= hi ? (weights[i] as number) : 0), 0);
  const tail = (keep: (x: number) => boolean) =>
    values.reduce((s, x, i) => s + (keep(x) ? (weights[i] as number) : 0), 0);
  const [q05, q25, median, q75, q95] = [0.05, 0.25, 0.5, 0.75, 0.95].map(q) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const below = observed === null ? null : tail((x) => x < observed);
  const ties = observed === null ? null : tail((x) => x === observed);
  const above = observed === null ? null : tail((x) => x > observed);
  return {
    statistic,
    observed,
    mean: values.reduce((s, x, i) => s + (weights[i] as number) * x, 0),
    q05,
    q25,
    median,
    q75,
    q95,
    mass50: massIn(q25, q75),
    mass90: massIn(q05, q95),
    upperTail: above === null || ties === null ? null : above + ties / 2,
    lowerTail: below,
    tieMass: ties,
  };
}
