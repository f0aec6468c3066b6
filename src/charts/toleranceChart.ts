import type { AbcGeneration } from '../calibrate/abc/abcTypes.js';
import type { Posterior } from '../calibrate/Posterior.js';
import { type ChartSpec, requireList, requireResult, VEGA_LITE_SCHEMA } from './chartSupport.js';

/**
 * The ABC tolerance trace: each generation's tolerance (log scale) beside its acceptance
 * rate, the generation from the prior (tolerance ∞) left out.
 *
 * Why: ABC-SMC stops when tolerances stop falling or acceptance becomes too costly; the
 * trace shows which, and whether more simulations would have bought a tighter posterior.
 *
 * @param posterior - a posterior from calibrate or readPosterior (its diagnostics.generations)
 * @returns a Vega-Lite spec
 * @throws RangeError naming posterior.diagnostics.generations when it is missing or holds no
 *   generation with a finite tolerance, or when the posterior is a pool (poolPosteriors)
 * @example
 * const posterior = calibrate(presets['iraq-2020'], observedFromReading('wire'), { parameters: { 'militias.0.baseline': { type: 'logUniform', min: 0.01, max: 1 } }, particles: 40, simulationBudget: 400, seed: 7 });
 * toleranceChart(posterior).hconcat.length; // => 2
 */
export function toleranceChart(posterior: Posterior): ChartSpec & { hconcat: unknown[] } {
  requireResult('posterior', posterior, 'a posterior (calibrate(…) or readPosterior(…))');
  const generations = requireList<AbcGeneration>(
    'posterior.diagnostics.generations',
    posterior.diagnostics?.generations,
    'give a posterior from calibrate or readPosterior',
  );
  // poolPosteriors keeps the first calibration's diagnostics: they are not the pool's trace.
  if (posterior.warnings?.some((w) => w.startsWith('an equal-weight pool')))
    throw new RangeError(
      `posterior is a pool of calibrations (${posterior.provenance.observed}) with no tolerance trace of its own: chart each calibration's posterior`,
    );
  const values = generations
    .filter((g) => Number.isFinite(g.tolerance) && g.tolerance > 0)
    .map((g) => ({
      generation: g.generation,
      tolerance: g.tolerance,
      acceptanceRate: g.acceptanceRate,
      simulations: g.simulations,
      effectiveSampleSize: g.effectiveSampleSize,
    }));
  if (values.length === 0)
    throw new RangeError(
      'posterior.diagnostics.generations holds no generation with a finite positive tolerance: nothing to trace',
    );
  const x = { field: 'generation', type: 'quantitative' as const, axis: { tickMinStep: 1 } };
  const tooltip = [
    { field: 'generation', type: 'quantitative' as const },
    { field: 'tolerance', type: 'quantitative' as const, format: '.3g' },
    { field: 'acceptanceRate', type: 'quantitative' as const, format: '.3f' },
    { field: 'simulations', type: 'quantitative' as const },
    { field: 'effectiveSampleSize', type: 'quantitative' as const, format: '.0f' },
  ];
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: `ABC-${posterior.diagnostics.method}: stopped by ${posterior.diagnostics.stopReason} after ${posterior.diagnostics.simulations} simulations`,
    data: { values },
    hconcat: [
      {
        width: 280,
        height: 200,
        title: 'Tolerance',
        mark: { type: 'line', point: true },
        encoding: {
          x,
          y: { field: 'tolerance', type: 'quantitative', scale: { type: 'log' } },
          tooltip,
        },
      },
      {
        width: 280,
        height: 200,
        title: 'Acceptance rate',
        mark: { type: 'line', point: true, color: '#ff7f0e' },
        encoding: {
          x,
          y: {
            field: 'acceptanceRate',
            type: 'quantitative',
            title: 'acceptance rate',
            scale: { domain: [0, 1] },
          },
          tooltip,
        },
      },
    ],
  } as ChartSpec & { hconcat: unknown[] };
}
