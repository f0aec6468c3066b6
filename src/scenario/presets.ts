import {
  deterrenceByDenial,
  massiveRetaliation,
  restraintPreset,
  titForTatSpiral,
} from './presets/genericPresets.js';
import { iraq2020 } from './presets/iraq2020.js';
import type { Scenario } from './Scenario.js';

/**
 * The shipped scenarios, keyed by name, each complete (parsed, defaults filled):
 *
 * - `iraq-2020`: the documented 2020 sequence — every number traced to the data set or
 *   marked as an assumption; the March 2020 policy (a quick strike on five sites after a
 *   deadly attack).
 * - `restraint`: the control, no strikes.
 * - `tit-for-tat-spiral`: strikes provoke; a spiral that ends in an expulsion demand.
 * - `deterrence-by-denial`: hardened bases, no strikes.
 * - `massive-retaliation`: decapitation strikes that destroy capability and deter.
 *
 * Override any field with `defineScenario({ ...presets['iraq-2020'], horizonDays: 90 })`.
 *
 * @example
 * Object.keys(presets).length; // => 5
 */
export const presets = Object.freeze({
  'iraq-2020': iraq2020,
  restraint: restraintPreset,
  'tit-for-tat-spiral': titForTatSpiral,
  'deterrence-by-denial': deterrenceByDenial,
  'massive-retaliation': massiveRetaliation,
} satisfies Record<string, Scenario>);

/** The name of a shipped preset. */
export type PresetName = keyof typeof presets;
