import { defineScenario } from '../scenario/defineScenario.js';
import type { Scenario, ScenarioInput } from '../scenario/Scenario.js';
import { checkOptionNames } from '../util/checkOptionNames.js';
import type { AbcProgress, AbcSettings } from './abc/abcTypes.js';
import { DEFAULT_ABC_SETTINGS, runAbc } from './abc/runAbc.js';
import { buildPosterior } from './buildPosterior.js';
import type { ObservedRecord } from './observed/ObservedRecord.js';
import type { Posterior } from './Posterior.js';
import { type CalibrationProblem, prepareCalibration } from './prepareCalibration.js';

/** Options of `calibrate`: the problem, the ABC settings (all but the seed optional), progress. */
export type CalibrateOptions = CalibrationProblem &
  Partial<Omit<AbcSettings, 'seed'>> & {
    readonly seed: number | string;
    readonly onProgress?: (progress: AbcProgress) => void;
  };

const OPTION_NAMES = [
  'parameters',
  'mode',
  'window',
  'predict',
  'statistics',
  'seed',
  'onProgress',
  ...Object.keys(DEFAULT_ABC_SETTINGS),
];

/**
 * Calibrate a scenario to an observed record by approximate Bayesian computation: which
 * values of the chosen parameters make simulated records look like the observed one, and
 * how sure can we be.
 *
 * Why: the whole agent model has no likelihood to maximise; ABC compares summary statistics
 * of simulated and observed records (counts, clustering, the response to strikes, salvo
 * sizes, casualties, host reactions) and keeps the parameter draws whose simulations come
 * close, tightening the tolerance generation by generation (ABC-SMC; see abcSmc).
 *
 * The record covers a window; outside it nothing is assumed. In `replay` mode (default) the
 * record's strikes are imposed, so the posterior speaks to the militia and host parameters
 * given what the force did; in `generative` mode the scenario's policy decides and strike
 * statistics join the distance. The same seed gives the same posterior, bit for bit
 * (`calibrateParallel` in the Node entry gives it on worker threads).
 *
 * Cost: simulations × one run to the end of the last window (about 0.1–1 ms each here).
 *
 * @param scenario - the scenario (a preset, a JSON file, defineScenario's output)
 * @param observed - the record, e.g. `observedFromReading('wire')` or `observedFromEvents(...)`
 * @param options - priors by path (`parameters`), mode, windows, statistics, ABC settings, seed
 * @returns the posterior: weighted draws, summaries beside the priors, predictions,
 *   diagnostics, warnings and provenance; `runEnsemble(..., { posterior })` accepts it
 * @throws RangeError naming the option, path or prior field that is wrong
 * @example
 * const posterior = calibrate(presets['iraq-2020'], observedFromReading('wire'), {
 *   parameters: { 'militias.0.baseline': { type: 'logUniform', min: 0.02, max: 1 } },
 *   particles: 200, seed: 1,
 * });
 * posterior.summary[0]?.path; // => 'militias.0.baseline'
 */
export function calibrate(
  scenario: Scenario | ScenarioInput,
  observed: ObservedRecord,
  options: CalibrateOptions,
): Posterior {
  const { prepared, settings, name } = setUp(scenario, observed, options);
  const result = runAbc(
    prepared.priors,
    prepared.observedStatistics,
    settings,
    prepared.simulate,
    options.onProgress,
  );
  return buildPosterior(prepared, result, settings, name);
}

/**
 * Check the options and prepare the problem: shared by calibrate and calibrateParallel.
 *
 * @param scenario - the scenario
 * @param observed - the record
 * @param options - calibrate's options
 * @returns the prepared problem, the complete ABC settings and the scenario's name
 * @throws RangeError naming the option that is wrong
 * @example
 * setUp(presets['iraq-2020'], observedFromReading('wire'), { parameters: { 'militias.0.baseline': { type: 'uniform', min: 0, max: 1 } }, seed: 1 }).settings.particles;
 * // => 1000
 */
export function setUp(
  scenario: Scenario | ScenarioInput,
  observed: ObservedRecord,
  options: CalibrateOptions,
) {
  if (options === null || typeof options !== 'object')
    throw new RangeError('options must be an object with parameters (priors by path) and a seed');
  checkOptionNames('calibrate', options, OPTION_NAMES);
  if (options.seed === undefined)
    throw new RangeError('seed is required: the same seed gives the same posterior');
  const settings: AbcSettings = {
    ...DEFAULT_ABC_SETTINGS,
    ...stripUndefined(options),
    seed: options.seed,
  };
  checkSettings(settings);
  const complete = defineScenario(scenario);
  const prepared = prepareCalibration(complete, observed, options);
  return { prepared, settings, name: complete.name };
}

function stripUndefined(options: CalibrateOptions): Partial<AbcSettings> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(DEFAULT_ABC_SETTINGS)) {
    const value = (options as unknown as Record<string, unknown>)[key];
    if (value !== undefined) out[key] = value;
  }
  return out as Partial<AbcSettings>;
}

function checkSettings(s: AbcSettings): void {
  const integer = (name: string, value: number, min: number, max: number) => {
    if (!(Number.isSafeInteger(value) && value >= min && value <= max))
      throw new RangeError(`${name} must be an integer in [${min}, ${max}], received ${value}`);
  };
  const fraction = (name: string, value: number) => {
    if (!(value > 0 && value < 1))
      throw new RangeError(`${name} must be in (0, 1), received ${value}`);
  };
  integer('particles', s.particles, 2, 1_000_000);
  integer('maxGenerations', s.maxGenerations, 1, 1000);
  integer('simulationBudget', s.simulationBudget, s.particles, 1e9);
  integer('batchSize', s.batchSize, 1, 1_000_000);
  fraction('quantile', s.quantile);
  fraction('rejectionQuantile', s.rejectionQuantile);
  if (!(s.minAcceptanceRate >= 0 && s.minAcceptanceRate < 1))
    throw new RangeError(`minAcceptanceRate must be in [0, 1), received ${s.minAcceptanceRate}`);
  if (!(s.targetTolerance >= 0))
    throw new RangeError(`targetTolerance must be ≥ 0, received ${s.targetTolerance}`);
  if (s.kernel !== undefined && !['beaumont', 'olcm', 'optimal'].includes(s.kernel))
    throw new RangeError(
      `kernel must be beaumont, olcm or optimal, received ${JSON.stringify(s.kernel)}`,
    );
  if (s.method !== 'smc' && s.method !== 'rejection')
    throw new RangeError(`method must be smc or rejection, received ${JSON.stringify(s.method)}`);
}
