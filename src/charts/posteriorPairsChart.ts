import type { Posterior } from '../calibrate/Posterior.js';
import { type ChartSpec, requireResult, VEGA_LITE_SCHEMA } from './chartSupport.js';
import { freeColumns } from './posteriorMarginalsChart.js';

/** Parameters drawn in the pairs grid at most: k(k − 1)/2 panels grow fast. */
export const MAX_PAIRS_PARAMETERS = 6;

/**
 * Posterior pairs: a scatter plot of the weighted draws for every pair of free parameters
 * (lower triangle), each point as opaque as its weight, with the weighted correlation in the
 * panel's title.
 *
 * Why: ridges and correlations between parameters (a higher baseline traded against a lower
 * branching ratio) are what weak identifiability looks like; marginals hide them.
 *
 * @param posterior - a posterior from calibrate or readPosterior, with at least two free parameters
 * @returns a Vega-Lite spec (at most the first MAX_PAIRS_PARAMETERS free parameters)
 * @throws RangeError naming posterior.correlations.paths when fewer than two parameters are free
 * @example
 * const posterior = calibrate(presets['iraq-2020'], observedFromReading('wire'), { parameters: { 'militias.0.baseline': { type: 'logUniform', min: 0.01, max: 1 }, 'militias.0.branchingRatio': { type: 'uniform', min: 0, max: 0.9 } }, particles: 40, simulationBudget: 400, seed: 7 });
 * posteriorPairsChart(posterior).vconcat.length; // => 1
 */
export function posteriorPairsChart(posterior: Posterior): ChartSpec & { vconcat: unknown[] } {
  requireResult('posterior', posterior, 'a posterior (calibrate(…) or readPosterior(…))');
  const free = freeColumns(posterior).slice(0, MAX_PAIRS_PARAMETERS);
  if (free.length < 2)
    throw new RangeError(
      `posterior.correlations.paths must name at least two free parameters for a pairs plot, received ${free.length}; chart the marginals instead`,
    );
  // Field names p0, p1, …: scenario paths hold dots, which Vega-Lite reads as nesting.
  const values = posterior.draws.map((d, i) => {
    const row: Record<string, number> = { weight: posterior.weights[i] as number };
    free.forEach(({ column }, j) => {
      row[`p${j}`] = d[column] as number;
    });
    return row;
  });
  const correlation = (a: string, b: string) => {
    const { paths, matrix } = posterior.correlations;
    return matrix[paths.indexOf(a)]?.[paths.indexOf(b)];
  };
  const rows = free.slice(1).map((yParameter, r) => ({
    hconcat: free.slice(0, r + 1).map((xParameter, c) => {
      const rho = correlation(xParameter.path, yParameter.path);
      return {
        width: 150,
        height: 150,
        title: rho === undefined ? '' : `r = ${rho.toFixed(2)}`,
        mark: { type: 'circle', size: 18 },
        encoding: {
          x: {
            field: `p${c}`,
            type: 'quantitative',
            title: xParameter.path,
            scale: { zero: false },
          },
          y: {
            field: `p${r + 1}`,
            type: 'quantitative',
            title: yParameter.path,
            scale: { zero: false },
          },
          opacity: {
            field: 'weight',
            type: 'quantitative',
            legend: null,
            scale: { range: [0.25, 0.9] },
          },
        },
      };
    }),
  }));
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: `Posterior pairs (${posterior.provenance.observed}, ${posterior.draws.length} weighted draws)`,
    data: { values },
    vconcat: rows,
  } as ChartSpec & { vconcat: unknown[] };
}
