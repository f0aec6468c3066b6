import { IRAQ_2020_READINGS } from '../../data/iraq2020/iraq2020Reading.js';
import type { ReadingName } from '../../data/iraq2020/types.js';
import { setScenarioValues } from '../paths/setScenarioValues.js';
import type { Scenario } from '../Scenario.js';
import { iraq2020Uncalibrated } from './iraq2020.js';
import { IRAQ_2020_CALIBRATION } from './iraq2020Calibration.js';

/**
 * `iraq-2020` calibrated to one reading of the 2020 record instead of the pool of all three:
 * each parameter the record identifies takes that reading's ABC posterior median, each it
 * leaves to its prior keeps the prior median (the values in IRAQ_2020_CALIBRATION's
 * `byReading`). Why: the readings date the attacks differently, so a conclusion that holds
 * under one reading and not another rests on the dating, not on the model.
 *
 * @param reading - `table`, `text` or `wire` (see IRAQ_2020_READINGS)
 * @returns the scenario, named `iraq-2020` with the reading in its description
 * @throws RangeError when `reading` is not a reading
 * @example
 * import { iraq2020ForReading } from 'escalation-sim';
 * iraq2020ForReading('wire').militias[0].baseline > 0; // => true
 */
export function iraq2020ForReading(reading: ReadingName): Scenario {
  if (typeof reading !== 'string' || !Object.hasOwn(IRAQ_2020_READINGS, reading))
    throw new RangeError(
      `reading must be one of ${Object.keys(IRAQ_2020_READINGS).join(', ')}, received ${JSON.stringify(reading)}`,
    );
  const calibrated = setScenarioValues(
    iraq2020Uncalibrated,
    IRAQ_2020_CALIBRATION.defaults.map((d) => d.path),
    IRAQ_2020_CALIBRATION.defaults.map((d) => d.byReading[reading]),
  );
  return {
    ...calibrated,
    description: `${calibrated.description} Calibrated to the "${reading}" reading of the 2020 record alone.`,
  };
}
