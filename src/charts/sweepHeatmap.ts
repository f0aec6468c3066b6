import type { SweepRow } from '../experiments/sweep.js';
import { describeValue } from '../util/requireArgument.js';
import { type ChartSpec, VEGA_LITE_SCHEMA } from './chartSupport.js';

/** Options of sweepHeatmap. */
export interface SweepHeatmapOptions {
  /** The outcome column, e.g. `expulsionDemanded.mean` (default the first `.mean` column). */
  readonly outcome?: string;
  /** The two parameter paths on x and y (default the first two swept). */
  readonly x?: string;
  readonly y?: string;
}

/** Grid sweeps have few levels per parameter: one cell each; a Latin hypercube is binned. */
const MAX_LEVELS = 24;

/**
 * A sweep as a heat map: two swept parameters on the axes, the mean of an outcome as the
 * colour of each cell (averaged over the other parameters' values), one panel per policy.
 * Grid levels get a cell each; a Latin hypercube's values are binned.
 *
 * Why: where along two parameters a threshold is crossed (e.g. an expulsion demand) is a
 * region, and a heat map shows its edge.
 *
 * @param rows - sweep summary rows (sweep(…) or `sweep --json`)
 * @param options - the outcome and which parameters go on x and y
 * @returns a Vega-Lite spec
 * @throws RangeError when there are no rows, when the rows vary fewer than two parameters, or
 *   naming the outcome or parameter that is not a column (listing the columns)
 * @example
 * const rows = sweep(presets['iraq-2020'], { parameters: [{ path: 'militias.0.baseline', low: 0.04, high: 0.1 }, { path: 'hostGovernment.thresholds.expulsion', low: 8, high: 16 }], design: 'grid', points: 2, replicates: 2, seed: 1 });
 * sweepHeatmap(rows).data.values.length; // => 4
 */
export function sweepHeatmap(
  rows: Iterable<SweepRow>,
  options: SweepHeatmapOptions = {},
): ChartSpec & { data: { values: SweepRow[] } } {
  if (
    typeof (rows as Iterable<SweepRow>)?.[Symbol.iterator] !== 'function' ||
    typeof rows === 'string'
  )
    throw new TypeError(`rows must be sweep rows (sweep(…)), received ${describeValue(rows)}`);
  const values = [...rows];
  const first = values[0];
  if (first === undefined)
    throw new RangeError('rows must hold at least one sweep row, received none');
  const columns = Object.keys(first);
  const at = (name: string) => columns.indexOf(name);
  if (at('policy') < 0 || at('seed') < at('policy'))
    throw new RangeError(
      `rows must be sweep rows with point, policy, the swept paths and seed; columns: ${columns.join(', ')}`,
    );
  const parameters = columns.slice(at('policy') + 1, at('seed'));
  if (parameters.length < 2)
    throw new RangeError(
      `rows must vary at least two parameters for a heat map, received ${parameters.length} (${parameters.join(', ')}); sweep two --param or chart the outcome against one`,
    );
  const outcome = options.outcome ?? columns.find((c) => c.endsWith('.mean'));
  const x = options.x ?? (parameters[0] as string);
  const y = options.y ?? (parameters[1] as string);
  for (const [name, value, valid] of [
    ['options.outcome', outcome, columns.slice(at('seed') + 1)],
    ['options.x', x, parameters],
    ['options.y', y, parameters],
  ] as const)
    if (value === undefined || !valid.includes(value))
      throw new RangeError(
        `${name} must be one of ${valid.join(', ')}, received ${describeValue(value)}`,
      );
  const axis = (path: string) => {
    const levels = new Set(values.map((r) => r[path])).size;
    // Paths hold dots, which Vega-Lite would read as nested fields.
    const field = path.replaceAll('.', '\\.');
    return levels <= MAX_LEVELS
      ? { field, type: 'ordinal' as const, title: path, axis: { format: '.3~g' } }
      : { field, type: 'quantitative' as const, title: path, bin: { maxbins: 12 } };
  };
  const policies = new Set(values.map((r) => r.policy)).size;
  const outcomeField = (outcome as string).replaceAll('.', '\\.');
  const cell = {
    width: 300,
    height: 260,
    mark: { type: 'rect' as const },
    encoding: {
      x: axis(x),
      y: { ...axis(y), sort: 'descending' as const },
      color: {
        aggregate: 'mean' as const,
        field: outcomeField,
        type: 'quantitative' as const,
        title: outcome,
        scale: { scheme: 'viridis' },
      },
      tooltip: [
        {
          aggregate: 'mean' as const,
          field: outcomeField,
          type: 'quantitative' as const,
          title: outcome,
          format: '.3g',
        },
      ],
    },
  };
  const title = `Sweep: ${outcome} over ${x} and ${y}`;
  return (
    policies > 1
      ? {
          $schema: VEGA_LITE_SCHEMA,
          title,
          data: { values },
          facet: { column: { field: 'policy', type: 'nominal' } },
          spec: cell,
        }
      : { $schema: VEGA_LITE_SCHEMA, title, data: { values }, ...cell }
  ) as ChartSpec & { data: { values: SweepRow[] } };
}
