import type { Posterior } from '../calibrate/Posterior.js';
import { type ChartSpec, requireList, requireResult, VEGA_LITE_SCHEMA } from './chartSupport.js';

/** One bin of a weighted histogram: its edges and the posterior density over it. */
export interface HistogramBin {
  readonly parameter: string;
  readonly low: number;
  readonly high: number;
  /** Σ weights in the bin / (Σ weights · bin width): integrates to 1 over the bins. */
  readonly density: number;
}

/** The free parameters' column indices: paths with a prior that is not fixed. */
export function freeColumns(posterior: Posterior): { path: string; column: number }[] {
  const paths = requireList<string>(
    'posterior.correlations.paths',
    posterior.correlations?.paths,
    'give a posterior from calibrate or readPosterior',
  );
  return paths.map((path) => ({ path, column: posterior.paths.indexOf(path) }));
}

/**
 * The weighted histogram of one column of the draws over [min, max] in equal bins.
 *
 * @param posterior - the posterior
 * @param path - the parameter
 * @param column - its column in the draws
 * @param bins - how many bins
 * @returns the bins in order
 */
export function weightedHistogram(
  posterior: Posterior,
  path: string,
  column: number,
  bins: number,
): HistogramBin[] {
  const values = posterior.draws.map((d) => d[column] as number);
  const low = Math.min(...values);
  const high = Math.max(...values);
  const width = high > low ? (high - low) / bins : 1;
  const sums = new Array<number>(high > low ? bins : 1).fill(0);
  const total = posterior.weights.reduce((s, w) => s + w, 0);
  values.forEach((v, i) => {
    const k = Math.min(sums.length - 1, Math.floor((v - low) / width));
    sums[k] = (sums[k] as number) + (posterior.weights[i] as number);
  });
  return sums.map((s, k) => ({
    parameter: path,
    low: low + k * width,
    high: low + (k + 1) * width,
    density: s / (total * width),
  }));
}

/**
 * Posterior marginals: a weighted histogram of each free parameter's draws (density scale),
 * with the posterior median and 90% credible interval as lines, one panel per parameter.
 *
 * Why: how far the data moved each parameter from its prior, and how wide it left it, is
 * the first thing to read off a calibration.
 *
 * @param posterior - a posterior from calibrate or readPosterior
 * @param bins - bins per histogram (default 20)
 * @returns a Vega-Lite spec
 * @throws RangeError naming posterior.correlations.paths when the posterior has no free parameter
 * @example
 * const posterior = calibrate(presets['iraq-2020'], observedFromReading('wire'), { parameters: { 'militias.0.baseline': { type: 'logUniform', min: 0.01, max: 1 } }, particles: 40, simulationBudget: 400, seed: 7 });
 * posteriorMarginalsChart(posterior).facet.field; // => 'parameter'
 */
export function posteriorMarginalsChart(
  posterior: Posterior,
  bins = 20,
): ChartSpec & { facet: { field: string } } {
  requireResult('posterior', posterior, 'a posterior (calibrate(…) or readPosterior(…))');
  if (!(Number.isSafeInteger(bins) && bins >= 1 && bins <= 1000))
    throw new RangeError(`bins must be an integer in [1, 1000], received ${String(bins)}`);
  const free = freeColumns(posterior);
  if (free.length === 0)
    throw new RangeError(
      'posterior.correlations.paths is empty: the posterior has no free parameter to chart',
    );
  const histogram = free.flatMap(({ path, column }) =>
    weightedHistogram(posterior, path, column, bins).map((b) => ({ ...b, kind: 'bin' })),
  );
  const lines = free.flatMap(({ path }) => {
    const s = posterior.summary.find((p) => p.path === path);
    return s === undefined
      ? []
      : [
          { parameter: path, kind: 'median', at: s.median },
          { parameter: path, kind: '90% interval', at: s.q05 },
          { parameter: path, kind: '90% interval', at: s.q95 },
        ];
  });
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: `Posterior marginals (${posterior.provenance.observed}, ${posterior.draws.length} draws)`,
    data: { values: [...histogram, ...lines] },
    facet: { field: 'parameter', type: 'nominal', title: null },
    columns: 3,
    resolve: { scale: { x: 'independent', y: 'independent' } },
    spec: {
      width: 200,
      height: 140,
      layer: [
        {
          transform: [{ filter: "datum.kind === 'bin'" }],
          mark: { type: 'rect', color: '#6baed6' },
          encoding: {
            x: { field: 'low', type: 'quantitative', title: null, scale: { zero: false } },
            x2: { field: 'high' },
            y: { field: 'density', type: 'quantitative', title: 'density' },
          },
        },
        {
          transform: [{ filter: "datum.kind !== 'bin'" }],
          mark: { type: 'rule' },
          encoding: {
            x: { field: 'at', type: 'quantitative' },
            strokeDash: { field: 'kind', type: 'nominal', title: null },
          },
        },
      ],
    },
  } as unknown as ChartSpec & { facet: { field: string } };
}
