import { requireArrayLike, requireObject } from '../util/requireArgument.js';
import type { Posterior } from './Posterior.js';
import { summarizeDraws } from './summarizeDraws.js';

/**
 * Pool posteriors of the same parameters from different readings of one record (or other
 * alternatives given equal belief): an equal-weight mixture, so a conclusion that holds
 * under every reading holds in the pool, and one that depends on the reading spreads.
 *
 * @param posteriors - posteriors with the same paths, priors and scenario fingerprint
 * @returns the mixture, its provenance naming every part
 * @throws RangeError when they differ in paths, priors or scenario
 * @example
 * poolPosteriors([table, text, wire]).provenance.observed; // => 'iraq-2020:table+iraq-2020:text+iraq-2020:wire'
 */
export function poolPosteriors(posteriors: readonly Posterior[]): Posterior {
  requireArrayLike('posteriors', posteriors, 'an array of posteriors (calibrate(…).posterior)');
  for (const [i, p] of Array.from(posteriors).entries()) {
    requireObject(`posteriors[${i}]`, p, 'a posterior (calibrate(…).posterior)');
    requireObject(`posteriors[${i}].provenance`, p.provenance, 'a posterior with its provenance');
  }
  const first = posteriors[0];
  if (first === undefined) throw new RangeError('posteriors must not be empty');
  for (const [i, p] of posteriors.entries()) {
    if (
      JSON.stringify(p.paths) !== JSON.stringify(first.paths) ||
      JSON.stringify(p.priors) !== JSON.stringify(first.priors)
    )
      throw new RangeError(`posteriors[${i}] has other parameters or priors than posteriors[0]`);
    if (p.provenance.fingerprint !== first.provenance.fingerprint)
      throw new RangeError(
        `posteriors[${i}] was calibrated on another scenario than posteriors[0]`,
      );
  }
  const share = 1 / posteriors.length;
  const draws = posteriors.flatMap((p) => p.draws);
  const weights = posteriors.flatMap((p) => p.weights.map((w) => w * share));
  const { summary, correlations } = summarizeDraws(first.paths, first.priors, draws, weights);
  return {
    ...first,
    draws,
    weights,
    summary,
    correlations,
    predictions: [],
    warnings: [
      `an equal-weight pool of ${posteriors.length} calibrations (${posteriors.map((p) => p.provenance.observed).join(', ')}); see each for its diagnostics and predictions`,
      ...new Set(posteriors.flatMap((p) => p.warnings)),
    ],
    provenance: {
      ...first.provenance,
      observed: posteriors.map((p) => p.provenance.observed).join('+'),
    },
  };
}
