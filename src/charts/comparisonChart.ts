import type { PolicyComparison } from '../experiments/comparePolicies.js';
import { type ChartSpec, requireList, requireResult, VEGA_LITE_SCHEMA } from './chartSupport.js';

// Facet labels above each panel, read left to right, not rotated beside it.
export const ROW_HEADER = {
  labelAngle: 0,
  labelOrient: 'top',
  labelAnchor: 'start',
  labelFontWeight: 'bold',
} as const;

/**
 * A policy comparison as two columns of interval plots, one row per outcome: each policy's
 * estimate with its interval, and each policy's paired difference to the baseline with its
 * interval and Holm-adjusted p-value (in the tooltip), beside a line at zero.
 *
 * Why: the paired differences are the point of common random numbers; drawn beside the
 * levels they show which gaps are real and which are noise.
 *
 * @param comparison - the result of comparePolicies (or `compare --json`)
 * @returns a Vega-Lite spec
 * @throws TypeError when comparison is not an object; RangeError naming comparison.outcomes
 *   when it holds none
 * @example
 * const c = comparePolicies(presets['iraq-2020'], ['restraint', 'titForTat'], { replicates: 20, seed: 1, outcomes: ['attacks'] });
 * comparisonChart(c).hconcat.length; // => 2
 */
export function comparisonChart(comparison: PolicyComparison): ChartSpec & { hconcat: unknown[] } {
  requireResult('comparison', comparison, 'a policy comparison (comparePolicies(…))');
  const outcomes = requireList<PolicyComparison['outcomes'][number]>(
    'comparison.outcomes',
    comparison.outcomes,
    'give the result of comparePolicies or of compare --json',
  );
  if (outcomes.length === 0)
    throw new RangeError('comparison.outcomes must hold at least one outcome');
  const levels = outcomes.flatMap((o) =>
    o.policies.map((p) => ({
      outcome: o.outcome,
      policy: p.policy,
      estimate: p.estimate,
      low: p.low,
      high: p.high,
      n: p.n,
    })),
  );
  const differences = outcomes.flatMap((o) =>
    o.differences.map((d) => ({
      outcome: o.outcome,
      contrast: `${d.policy} − ${d.versus}`,
      estimate: d.estimate,
      low: d.low,
      high: d.high,
      pAdjusted: d.pAdjusted,
    })),
  );
  const level = `${Math.round(comparison.confidence * 100)}%`;
  const panel = (
    values: object[],
    y: string,
    title: string,
    zero: boolean,
  ): Record<string, unknown> => ({
    data: { values },
    facet: { row: { field: 'outcome', type: 'nominal', title: null, header: ROW_HEADER } },
    resolve: { scale: { x: 'independent' } },
    title,
    spec: {
      width: 260,
      height: { step: 22 },
      layer: [
        ...(zero ? [{ mark: { type: 'rule', color: 'grey' }, encoding: { x: { datum: 0 } } }] : []),
        {
          mark: { type: 'rule' },
          encoding: {
            y: { field: y, type: 'nominal', title: null },
            x: { field: 'low', type: 'quantitative', title: null, scale: { zero: false } },
            x2: { field: 'high' },
          },
        },
        {
          mark: { type: 'point', filled: true, size: 60 },
          encoding: {
            y: { field: y, type: 'nominal', title: null },
            x: { field: 'estimate', type: 'quantitative', title: null },
            tooltip: [
              { field: y, type: 'nominal' },
              { field: 'estimate', type: 'quantitative', format: '.3g' },
              { field: 'low', type: 'quantitative', format: '.3g' },
              { field: 'high', type: 'quantitative', format: '.3g' },
              ...(zero ? [{ field: 'pAdjusted', type: 'quantitative', format: '.3g' }] : []),
            ],
          },
        },
      ],
    },
  });
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: `${comparison.scenario}: policies compared on ${comparison.replicates} paired replicates (seed ${String(comparison.seed)})`,
    hconcat: [
      panel(levels, 'policy', `Estimate with ${level} interval`, false),
      panel(differences, 'contrast', `Paired difference to ${comparison.baseline}`, true),
    ],
  } as ChartSpec & { hconcat: unknown[] };
}
