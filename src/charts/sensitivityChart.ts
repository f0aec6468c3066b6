import type { SensitivityResult } from '../experiments/sensitivity.js';
import { type ChartSpec, requireList, requireResult, VEGA_LITE_SCHEMA } from './chartSupport.js';

/** One bar of the chart: a parameter's index with its interval. */
export interface IndexBar {
  readonly parameter: string;
  readonly index: string;
  readonly value: number;
  readonly low: number;
  readonly high: number;
}

/**
 * Sensitivity indices as bars with intervals: Sobol first-order and total indices with their
 * bootstrap intervals, or Morris μ* with μ* ± 1.96·SE beside σ.
 *
 * Why: which parameters matter, and how sure we are of the ranking, is the question a
 * sensitivity analysis answers; intervals that overlap say the ranking is not settled.
 *
 * @param result - the result of sensitivity (or `sensitivity --json`)
 * @returns a Vega-Lite spec
 * @throws RangeError naming result.parameters (or the entry) when the indices of the method
 *   are missing
 * @example
 * const s = sensitivity(presets['iraq-2020'], { method: 'morris', parameters: [{ path: 'militias.0.baseline', low: 0.04, high: 0.1 }], trajectories: 2, replicates: 2, seed: 1 });
 * sensitivityChart(s).data.values.length; // => 2
 */
export function sensitivityChart(
  result: SensitivityResult,
): ChartSpec & { data: { values: IndexBar[] } } {
  requireResult('result', result, 'a sensitivity result (sensitivity(…))');
  const parameters = requireList<SensitivityResult['parameters'][number]>(
    'result.parameters',
    result.parameters,
    'give the result of sensitivity or of sensitivity --json',
  );
  const sobol = result.method === 'sobol';
  const values: IndexBar[] = parameters.flatMap((p, i) => {
    const need = sobol
      ? (['first', 'firstLow', 'firstHigh', 'total', 'totalLow', 'totalHigh'] as const)
      : (['muStar', 'muStarSe', 'sigma'] as const);
    for (const field of need)
      if (typeof p[field] !== 'number')
        throw new RangeError(
          `result.parameters[${i}].${field} is missing: a ${result.method} chart needs ${need.join(', ')}`,
        );
    const n = (v: number | undefined) => v as number;
    return sobol
      ? [
          {
            parameter: p.path,
            index: 'first order S',
            value: n(p.first),
            low: n(p.firstLow),
            high: n(p.firstHigh),
          },
          {
            parameter: p.path,
            index: 'total order ST',
            value: n(p.total),
            low: n(p.totalLow),
            high: n(p.totalHigh),
          },
        ]
      : [
          {
            parameter: p.path,
            index: 'μ*',
            value: n(p.muStar),
            low: n(p.muStar) - 1.96 * n(p.muStarSe),
            high: n(p.muStar) + 1.96 * n(p.muStarSe),
          },
          { parameter: p.path, index: 'σ', value: n(p.sigma), low: n(p.sigma), high: n(p.sigma) },
        ];
  });
  const y = { field: 'parameter', type: 'nominal' as const, title: null };
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: sobol
      ? `Sobol indices of ${result.outcome} (bootstrap intervals)`
      : `Morris screening of ${result.outcome} (μ* ± 1.96·SE, and σ)`,
    data: { values },
    width: 420,
    height: { step: 16 },
    layer: [
      {
        mark: { type: 'bar' },
        encoding: {
          y,
          yOffset: { field: 'index', type: 'nominal' },
          x: {
            field: 'value',
            type: 'quantitative',
            title: sobol ? 'share of variance' : `effect on ${result.outcome} per unit range`,
          },
          color: { field: 'index', type: 'nominal', title: null },
        },
      },
      {
        mark: { type: 'rule' },
        encoding: {
          y,
          yOffset: { field: 'index', type: 'nominal' },
          x: { field: 'low', type: 'quantitative' },
          x2: { field: 'high' },
        },
      },
    ],
  } as ChartSpec & { data: { values: IndexBar[] } };
}
