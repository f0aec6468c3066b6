import { createRng } from '../../random/createRng.js';
import { setScenarioValues } from '../../scenario/paths/setScenarioValues.js';
import type { Scenario } from '../../scenario/Scenario.js';
import { ScenarioError } from '../../scenario/ScenarioError.js';
import { requireArrayLike, requireObject, SCENARIO_EXPECTED } from '../../util/requireArgument.js';
import type { Prior } from './Prior.js';
import { samplePrior } from './samplePrior.js';

/** Draws tried; when every one is refused the prior has (almost) no mass the scenario allows. */
const TRIES = 32;

/**
 * Refuse priors that put no mass where the scenario allows the parameter (a branching ratio
 * uniform on [1.5, 2], a negative decay): try 32 joint draws, seeded by the paths; if the
 * scenario refuses every one, name each path whose own draws are all refused (else the
 * priors jointly) with the scenario's rule.
 *
 * Why: ABC counts a refused draw as outside the support and draws again, so a prior wholly
 * outside it would spend the whole simulation budget before failing.
 *
 * @param scenario - the complete scenario the draws are set on
 * @param paths - free parameters' paths
 * @param priors - their priors, parsed
 * @throws RangeError naming the path, the prior and the first rule broken
 * @example
 * checkPriorSupport(presets['iraq-2020'], ['militias.0.baseline'], [{ type: 'uniform', min: 0, max: 1 }]);
 * // => undefined
 */
export function checkPriorSupport(
  scenario: Scenario,
  paths: readonly string[],
  priors: readonly Prior[],
): void {
  requireObject('scenario', scenario, SCENARIO_EXPECTED);
  requireArrayLike('paths', paths, 'an array of dotted scenario paths (numericScenarioPaths)');
  requireArrayLike('priors', priors, 'an array of priors, one per path');
  const refusal = (ps: readonly string[], ds: readonly Prior[], label: string): string | null => {
    const rng = createRng(`prior-support/${label}`);
    let first: string | null = null;
    for (let i = 0; i < TRIES; i++) {
      try {
        setScenarioValues(
          scenario,
          ps,
          ds.map((p) => samplePrior(p, rng)),
        );
        return null;
      } catch (error) {
        if (!(error instanceof ScenarioError)) throw error;
        first ??= error.message;
      }
    }
    return first;
  };
  const joint = refusal(paths, priors, paths.join(','));
  if (joint === null) return;
  for (const [j, path] of paths.entries()) {
    const alone = refusal([path], [priors[j] as Prior], path);
    if (alone !== null)
      throw new RangeError(
        `parameters["${path}"]: the prior ${JSON.stringify(priors[j])} puts no mass where the scenario allows this parameter (all ${TRIES} draws refused); the first: ${alone}`,
      );
  }
  throw new RangeError(
    `parameters: the priors of ${paths.join(', ')} together put no mass where the scenario allows them (all ${TRIES} joint draws refused); the first: ${joint}`,
  );
}
