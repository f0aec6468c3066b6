import type { Discovery } from '../experiments/discover.js';
import { type ChartSpec, requireList, requireResult, VEGA_LITE_SCHEMA } from './chartSupport.js';

/**
 * The PRIM trade-off: coverage against density along the peeling trajectory, each box a
 * point labelled with the inputs it restricts, the box chosen ringed.
 *
 * Why: PRIM offers a family of boxes; the analyst picks one by trading how many cases of
 * interest it keeps (coverage) against how pure it is (density), which this picture shows.
 *
 * @param discovery - the result of discover (or `discover --json`)
 * @returns a Vega-Lite spec
 * @throws RangeError naming discovery.trajectory when it is missing or empty
 * @example
 * const box = { limits: [], restricted: [], coverage: 1, density: 0.5, mass: 1, n: 10 };
 * primChart({ condition: 'y > 0', points: 10, cases: 5, trajectory: [box], box }).layer.length; // => 3
 */
export function primChart(discovery: Discovery): ChartSpec & { layer: unknown[] } {
  requireResult('discovery', discovery, 'a scenario discovery (discover(…))');
  const trajectory = requireList<Discovery['trajectory'][number]>(
    'discovery.trajectory',
    discovery.trajectory,
    'give the result of discover or of discover --json',
  );
  if (trajectory.length === 0)
    throw new RangeError('discovery.trajectory must hold at least one box, received none');
  const chosen = JSON.stringify(discovery.box);
  const values = trajectory.map((b, step) => ({
    step,
    coverage: b.coverage,
    density: b.density,
    mass: b.mass,
    n: b.n,
    restricts: b.restricted.join(', ') || '(none)',
    chosen: JSON.stringify(b) === chosen,
  }));
  const x = { field: 'coverage', type: 'quantitative' as const, scale: { domain: [0, 1] } };
  const y = { field: 'density', type: 'quantitative' as const, scale: { domain: [0, 1] } };
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: `PRIM trade-off for ${discovery.condition} (${discovery.cases} of ${discovery.points} points)`,
    data: { values },
    width: 420,
    height: 320,
    layer: [
      { mark: { type: 'line', point: true }, encoding: { x, y, order: { field: 'step' } } },
      {
        transform: [{ filter: 'datum.chosen' }],
        mark: { type: 'point', size: 260, color: '#d62728', strokeWidth: 2 },
        encoding: {
          x,
          y,
          tooltip: [
            { field: 'restricts', type: 'nominal' },
            { field: 'coverage', type: 'quantitative', format: '.3f' },
            { field: 'density', type: 'quantitative', format: '.3f' },
            { field: 'mass', type: 'quantitative', format: '.3f' },
          ],
        },
      },
      {
        transform: [{ filter: 'datum.chosen' }],
        mark: { type: 'text', align: 'left', dx: 10, dy: -10 },
        encoding: { x, y, text: { field: 'restricts' } },
      },
    ],
  } as ChartSpec & { layer: unknown[] };
}
