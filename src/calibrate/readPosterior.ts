import { z } from 'zod';
import { defineScenario } from '../scenario/defineScenario.js';
import type { Scenario, ScenarioInput } from '../scenario/Scenario.js';
import { requireObject } from '../util/requireArgument.js';
import { LIBRARY_VERSION } from '../version.js';
import { calibrationFingerprint } from './calibrationFingerprint.js';
import { checkParameterDraws } from './ParameterDraws.js';
import type { Posterior } from './Posterior.js';
import { Prior } from './priors/Prior.js';

/** A posterior that cannot be used as given: wrong format, another library version, another scenario. */
export class PosteriorError extends RangeError {
  override readonly name = 'PosteriorError';
}

// What a posterior must have to be used; the rest (summaries, diagnostics) is carried as is.
const PosteriorShape = z.looseObject({
  kind: z.literal('escalation-sim/posterior', {
    error: 'kind must be "escalation-sim/posterior" (the output of calibrate)',
  }),
  formatVersion: z.literal(1, { error: 'formatVersion must be 1' }),
  paths: z.array(z.string()).min(1),
  draws: z.array(z.array(z.number())).min(1),
  weights: z.array(z.number()),
  priors: z.array(Prior),
  provenance: z.looseObject({ library: z.string(), scenario: z.string(), fingerprint: z.string() }),
});

/**
 * Read a posterior saved as JSON (by `calibrate`'s CLI `--out`, or `JSON.stringify`) and,
 * given a scenario, check that it belongs to it.
 *
 * Why: a posterior's draws mean something only for the scenario and library that made them.
 * It is refused when it was made by another library version, or when the scenario differs
 * in anything but its name, horizon, policy and the calibrated values themselves (those a
 * posterior is meant to be carried across; see calibrationFingerprint).
 *
 * @param source - JSON text or an already parsed value
 * @param scenario - the scenario it will be applied to (optional)
 * @returns the posterior
 * @throws PosteriorError naming what does not match and what to do
 * @example
 * const again = readPosterior(JSON.stringify(posterior), presets['iraq-2020']);
 * again.paths; // => posterior.paths
 */
export function readPosterior(
  source: string | unknown,
  scenario?: Scenario | ScenarioInput,
): Posterior {
  let value: unknown = source;
  if (typeof source === 'string') {
    try {
      value = JSON.parse(source.replace(/^\uFEFF/, ''));
    } catch (error) {
      throw new PosteriorError(`the posterior is not valid JSON: ${(error as Error).message}`);
    }
  }
  const parsed = PosteriorShape.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const at = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    throw new PosteriorError(`not a posterior${at}: ${issue?.message ?? 'unknown shape'}`);
  }
  const posterior = parsed.data as unknown as Posterior;
  if (posterior.provenance.library !== LIBRARY_VERSION) {
    throw new PosteriorError(
      `the posterior was made by escalation-sim ${posterior.provenance.library}, this is ${LIBRARY_VERSION}: run calibrate again with this version`,
    );
  }
  if (posterior.priors.length !== posterior.paths.length)
    throw new PosteriorError('the posterior needs one prior per path');
  try {
    checkParameterDraws(posterior);
  } catch (error) {
    throw new PosteriorError((error as Error).message);
  }
  if (scenario !== undefined) checkPosteriorScenario(posterior, defineScenario(scenario));
  return posterior;
}

/**
 * Refuse a posterior made for another scenario.
 *
 * @param posterior - the posterior
 * @param scenario - a complete scenario
 * @throws PosteriorError naming both scenarios
 * @example
 * checkPosteriorScenario(posterior, presets['iraq-2020']); // => undefined
 */
export function checkPosteriorScenario(posterior: Posterior, scenario: Scenario): void {
  requireObject(
    'posterior',
    posterior,
    'a posterior (calibrate(…).posterior or readPosterior(text))',
  );
  requireObject('posterior.provenance', posterior.provenance, 'a posterior with its provenance');
  const fingerprint = calibrationFingerprint(scenario, posterior.paths);
  if (fingerprint !== posterior.provenance.fingerprint) {
    throw new PosteriorError(
      `the posterior was calibrated on scenario "${posterior.provenance.scenario}" (fingerprint ${posterior.provenance.fingerprint}), but "${scenario.name}" differs (fingerprint ${fingerprint}) in more than its name, horizon, policy and the calibrated parameters; calibrate it on this scenario`,
    );
  }
}
