import { OUTCOME_NAMES, type OutcomeName } from '../../model/outcomes.js';

/**
 * Outcomes that are 0/1 per replicate, so their mean is a proportion: they get Wilson
 * intervals and paired proportion methods instead of the normal approximation.
 *
 * @example
 * PROPORTION_OUTCOMES.includes('expulsionDemanded'); // => true
 */
export const PROPORTION_OUTCOMES: readonly OutcomeName[] = Object.freeze([
  'expulsionDemanded',
  'eventCapReached',
]);

/** The outcomes an experiment reports unless told otherwise. */
export const DEFAULT_COMPARISON_OUTCOMES: readonly OutcomeName[] = Object.freeze([
  'attacks',
  'attacksPer30Days',
  'strikes',
  'foreignKilled',
  'hostKilledByStrikes',
  'militiaLosses',
  'capabilityAtEnd',
  'peakHostPressure',
  'expulsionDemanded',
  'expulsionDay',
]);

/**
 * Check outcome names, naming an unknown one and listing the valid ones.
 *
 * @param names - outcome names as given
 * @param option - the option's name, for the message
 * @returns the names, typed
 * @throws RangeError for an unknown or repeated name, or an empty list
 * @example
 * checkOutcomeNames(['attacks'], 'outcomes'); // => ['attacks']
 */
export function checkOutcomeNames(names: readonly string[], option: string): OutcomeName[] {
  if (names.length === 0) throw new RangeError(`${option} must name at least one outcome`);
  const seen = new Set<string>();
  for (const name of names) {
    if (!(OUTCOME_NAMES as readonly string[]).includes(name))
      throw new RangeError(
        `${option}: unknown outcome ${JSON.stringify(name)}; valid outcomes: ${OUTCOME_NAMES.join(', ')}`,
      );
    if (seen.has(name)) throw new RangeError(`${option}: outcome ${name} is listed twice`);
    seen.add(name);
  }
  return names as OutcomeName[];
}

/**
 * Outcomes that are null in some replicates (no strike, no expulsion): a mean over
 * design points of these would mix different subsets of runs.
 *
 * @example
 * NULLABLE_OUTCOMES.includes('expulsionDay'); // => true
 */
export const NULLABLE_OUTCOMES: readonly OutcomeName[] = Object.freeze([
  'attackRateBeforeFirstStrike',
  'attackRateAfterFirstStrike',
  'attacksBeforeFirstStrike',
  'attacksAfterFirstStrike',
  'daysAfterFirstStrike',
  'firstStrikeDay',
  'expulsionDay',
  'withdrawalDay',
]);
