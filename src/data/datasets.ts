import { iraq2020 } from './iraq2020/iraq2020.js';

/**
 * The embedded data sets, by name. For now one: `iraq2020` (CLI name `iraq-2020`), the
 * documented 2020 sequence in Iraq; put it on a time axis with `iraq2020Reading(name)` and
 * export it with `toEventRows` / `eventRowsToCsv`.
 */
export const datasets = { iraq2020 } as const;
