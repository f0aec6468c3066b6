import { readFileSync } from 'node:fs';
import type { Posterior } from '../../calibrate/Posterior.js';
import { PosteriorError, readPosterior } from '../../calibrate/readPosterior.js';
import type { Scenario, ScenarioInput } from '../../scenario/Scenario.js';
import { CliError } from './CliError.js';

/** The help lines of `--posterior` (run, compare, test). */
export const POSTERIOR_OPTION_HELP = `  --posterior F   integrate over a calibrated posterior (from 'escalation-sim calibrate
                  --out F'): replicate r runs with a parameter draw chosen by seed and r`;

/**
 * A posterior file for this scenario (`--posterior`), or a one-paragraph error naming the
 * file and what differs: another scenario, another library version, not a posterior.
 *
 * @param path - the file given to --posterior
 * @param scenario - the scenario it will be applied to
 * @returns the posterior
 * @throws CliError naming the file and the problem
 * @example
 * readPosteriorFile('posterior.json', presets['iraq-2020']).provenance.scenario;
 * // => 'iraq-2020'
 */
export function readPosteriorFile(path: string, scenario: Scenario | ScenarioInput): Posterior {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read --posterior ${path}: ${(error as Error).message}`);
  }
  try {
    return readPosterior(text, scenario);
  } catch (error) {
    if (error instanceof PosteriorError)
      throw new CliError(`--posterior ${path}: ${error.message}`);
    throw error;
  }
}
