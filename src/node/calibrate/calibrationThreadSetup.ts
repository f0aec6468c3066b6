import type { PreparedCalibration } from '../../calibrate/prepareCalibration.js';
import type { CalibrationAttemptsRequest } from '../pool/workerProtocol.js';

/**
 * What a worker thread needs to prepare the same calibration (JSON: no functions), from the
 * problem prepared in the calling thread: the scenario, the record, each parameter's prior
 * (fixed ones as `fixed`), the mode and the predicted windows.
 *
 * @param prepared - the prepared calibration (setUp)
 * @returns the setup sent with a thread's first request
 * @example
 * const { prepared } = setUp(presets['iraq-2020'], observedFromReading('wire'), {
 *   parameters: { 'militias.0.baseline': { type: 'logUniform', min: 0.02, max: 1 } }, seed: 1 });
 * Object.keys(calibrationThreadSetup(prepared).problem.parameters); // => ['militias.0.baseline']
 */
export function calibrationThreadSetup(
  prepared: PreparedCalibration,
): NonNullable<CalibrationAttemptsRequest['setup']> {
  return {
    scenario: prepared.scenario,
    observed: prepared.observed,
    problem: {
      parameters: Object.fromEntries([
        ...prepared.paths.map((p, i) => [p, prepared.priors[i]]),
        ...prepared.fixed.map((f) => [f.path, { type: 'fixed', value: f.value }]),
      ]),
      mode: prepared.mode,
      predict: prepared.predict.map((p) => p.window),
    },
  };
}
