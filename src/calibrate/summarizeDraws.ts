import { weightedCovariance } from './abc/weightedCovariance.js';
import type { ParameterSummary, Posterior } from './Posterior.js';
import type { Prior } from './priors/Prior.js';
import { priorMoments } from './priors/priorMoments.js';
import { weightedQuantile } from './weightedQuantile.js';

/**
 * Summaries of weighted parameter draws beside their priors (mean, sd, median, 90% interval,
 * how much each narrowed), and the weighted correlations of the parameters that are not fixed.
 *
 * @param paths - the parameters' scenario paths
 * @param priors - one prior per path
 * @param draws - one row per draw
 * @param weights - normalised weights
 * @returns the summaries and correlations
 * @example
 * summarizeDraws(['x'], [{ type: 'uniform', min: 0, max: 1 }], [[0.2], [0.4]], [0.5, 0.5]).summary[0]?.mean;
 * // => 0.30000000000000004
 */
export function summarizeDraws(
  paths: readonly string[],
  priors: readonly Prior[],
  draws: readonly (readonly number[])[],
  weights: readonly number[],
): Pick<Posterior, 'summary' | 'correlations'> {
  const column = (j: number) => draws.map((t) => t[j] as number);
  const summary: ParameterSummary[] = paths.map((path, j) => {
    const values = column(j);
    const prior = priors[j] as Prior;
    const mean = values.reduce((s, x, i) => s + (weights[i] as number) * x, 0);
    const sd = Math.sqrt(
      values.reduce((s, x, i) => s + (weights[i] as number) * (x - mean) ** 2, 0),
    );
    const moments = priorMoments(prior);
    return {
      path,
      prior,
      mean,
      sd,
      median: weightedQuantile(values, weights, 0.5),
      q05: weightedQuantile(values, weights, 0.05),
      q95: weightedQuantile(values, weights, 0.95),
      priorMean: moments.mean,
      priorSd: moments.sd,
      narrowing: moments.sd > 0 ? 1 - sd / moments.sd : null,
    };
  });
  const free = paths.flatMap((_, j) => ((priors[j] as Prior).type === 'fixed' ? [] : [j]));
  const { covariance } = weightedCovariance(
    draws.map((row) => free.map((j) => row[j] as number)),
    weights,
  );
  const d = free.length;
  const matrix = free.map((_, a) =>
    free.map((_, b) => {
      const denominator = Math.sqrt(
        (covariance[a * d + a] as number) * (covariance[b * d + b] as number),
      );
      return denominator > 0 ? (covariance[a * d + b] as number) / denominator : a === b ? 1 : 0;
    }),
  );
  return { summary, correlations: { paths: free.map((j) => paths[j] as string), matrix } };
}
