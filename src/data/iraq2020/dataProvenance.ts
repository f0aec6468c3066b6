import { requireString } from '../../util/requireArgument.js';
import { LIBRARY_VERSION } from '../../version.js';
import { IRAQ_2020_READINGS } from './iraq2020Reading.js';
import type { ReadingName } from './types.js';

/** What made an export of the embedded data set: the columns every exported row carries. */
export interface DataProvenance {
  /** The library version (`LIBRARY_VERSION`): the embedded facts are versioned with it. */
  readonly version: string;
  /** The embedded data set, `iraq-2020`. */
  readonly dataset: 'iraq-2020';
  /** The reading the rows were taken under: `table`, `text` or `wire`. */
  readonly reading: ReadingName;
}

/**
 * The provenance of an export of the embedded 2020 data set under one reading, for
 * `eventRowsToCsv(rows, provenance)` or to spread into JSON rows.
 *
 * Why: like every other output, an exported table says what made it, so a file found
 * later is not mistaken for another reading or an older version of the data.
 *
 * @param reading - `table`, `text` or `wire`
 * @returns `{ version, dataset: 'iraq-2020', reading }`
 * @throws RangeError naming the reading when it is not one of the three
 * @example
 * dataProvenance('wire').dataset; // => 'iraq-2020'
 */
export function dataProvenance(reading: ReadingName): DataProvenance {
  requireString('reading', reading, 'a reading name: table, text or wire');
  if (!Object.hasOwn(IRAQ_2020_READINGS, reading))
    throw new RangeError(
      `reading must be one of ${Object.keys(IRAQ_2020_READINGS).join(', ')}, received ${JSON.stringify(reading)}`,
    );
  return { version: LIBRARY_VERSION, dataset: 'iraq-2020', reading };
}
