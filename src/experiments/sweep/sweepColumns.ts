import type { OutcomeName } from '../../model/outcomes.js';
import type { SweepOptions } from '../sweep.js';

/** The outcomes a sweep summarises unless told otherwise. */
export const DEFAULT_SWEEP_OUTCOMES: readonly OutcomeName[] = Object.freeze([
  'attacks',
  'strikes',
  'hostKilledByStrikes',
  'expulsionDemanded',
]);

/**
 * The columns of a sweep's rows, in order, known before any point runs.
 *
 * Why: scenario discovery names a column of the rows (`expulsionDemanded.mean`); a typo must
 * be refused before the sweep, not after minutes of runs.
 *
 * @param options - the sweep's parameters, outcomes and perReplicate (checked by sweep)
 * @returns point, policy, each parameter path, seed, then `replicates` and each outcome's
 *   mean, low and high, or (perReplicate) `replicate` and each outcome
 * @example
 * sweepColumns({ parameters: [{ path: 'militias.0.baseline', low: 0.05, high: 0.1 }], outcomes: ['attacks'] });
 * // => ['point', 'policy', 'militias.0.baseline', 'seed', 'replicates', 'attacks.mean', 'attacks.low', 'attacks.high']
 */
export function sweepColumns(
  options: Pick<SweepOptions, 'parameters' | 'outcomes' | 'perReplicate'>,
): string[] {
  const outcomes = options.outcomes ?? DEFAULT_SWEEP_OUTCOMES;
  const head = ['point', 'policy', ...options.parameters.map((p) => p.path), 'seed'];
  return options.perReplicate
    ? [...head, 'replicate', ...outcomes]
    : [...head, 'replicates', ...outcomes.flatMap((o) => [`${o}.mean`, `${o}.low`, `${o}.high`])];
}
