import { z } from 'zod';
import { SCENARIO_LIMITS } from '../scenario/limits.js';

// Parameter fields shared by several policies. Each description gives the unit, the default
// and whether it is `documented` (with the fact) or an `assumption`.

/**
 * A zod field for a strike's delay in days (in [0, 36525]) with a default.
 *
 * @param value - the default, in days
 * @param source - `documented: …` or `assumption: …`
 * @returns the field schema
 * @example
 * delayDaysField(1.25, 'documented').parse(undefined); // => 1.25
 */
export function delayDaysField(value: number, source: string) {
  const rule = `must be a number in [0, ${SCENARIO_LIMITS.strikeDelayDays}] (days)`;
  return z
    .number({ error: rule })
    .min(0, { error: rule })
    .max(SCENARIO_LIMITS.strikeDelayDays, { error: rule })
    .default(value)
    .describe(`days from the decision to the strike landing; default ${value} (${source})`);
}

/**
 * A zod field for the number of sites struck (a whole number in [1, 10000]) with a default.
 *
 * @param value - the default
 * @param source - `documented: …` or `assumption: …`
 * @returns the field schema
 * @example
 * targetsField(5, 'documented').parse(undefined); // => 5
 */
export function targetsField(value: number, source: string) {
  const rule = `must be a whole number in [1, ${SCENARIO_LIMITS.strikeTargets}] (sites)`;
  return z
    .int({ error: rule })
    .min(1, { error: rule })
    .max(SCENARIO_LIMITS.strikeTargets, { error: rule })
    .default(value)
    .describe(`sites struck; default ${value} (${source})`);
}

/**
 * A zod field for care in [0, 1] with a default.
 *
 * @param value - the default
 * @param source - `documented: …` or `assumption: …`
 * @returns the field schema
 * @example
 * careField(0.5, 'assumption').parse(undefined); // => 0.5
 */
export function careField(value: number, source: string) {
  const rule = 'must be a number in [0, 1]';
  return z
    .number({ error: rule })
    .min(0, { error: rule })
    .max(1, { error: rule })
    .default(value)
    .describe(
      `care taken to avoid host casualties, 0 (none) to 1 (utmost); default ${value} (${source})`,
    );
}

/**
 * A zod field for which attacks a policy answers (`every`, `costly`, `deadly`) with a default.
 *
 * @param value - the default
 * @param source - `documented: …` or `assumption: …`
 * @returns the field schema
 * @example
 * respondToField('every', 'assumption').parse(undefined); // => 'every'
 */
export function respondToField(value: 'every' | 'costly' | 'deadly', source: string) {
  return z
    .enum(['every', 'costly', 'deadly'], { error: "must be 'every', 'costly' or 'deadly'" })
    .default(value)
    .describe(
      `which attacks are answered: every attack, costly ones (own killed or wounded), deadly ones (own killed); default ${value} (${source})`,
    );
}

/** The shared assumption text for care, which no source documents. */
export const CARE_ASSUMPTION = 'assumption: no source documents the care taken';
/** The shared documented text for the March 2020 delay. */
export const DELAY_DOCUMENTED =
  'documented: March 2020, attack ~19:30 Mar 11 to strikes ~01:15 Mar 13 local';
/** The shared documented text for the March 2020 number of sites. */
export const TARGETS_DOCUMENTED = 'documented: March 2020, five Kataib Hezbollah sites';
