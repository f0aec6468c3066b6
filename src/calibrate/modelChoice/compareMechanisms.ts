import { defineScenario } from '../../scenario/defineScenario.js';
import type { Scenario, ScenarioInput } from '../../scenario/Scenario.js';
import { checkOptionNames } from '../../util/checkOptionNames.js';
import type { ObservedRecord } from '../observed/ObservedRecord.js';
import {
  type CalibrationProblem,
  type PreparedCalibration,
  prepareCalibration,
} from '../prepareCalibration.js';
import type { Mechanism, ModelChoice } from './Mechanism.js';
import { type ModelChoiceSettings, modelChoiceSteps } from './modelChoiceSteps.js';
import { summarizeModelChoice } from './summarizeModelChoice.js';

/** Options of compareMechanisms. */
export type CompareMechanismsOptions = Pick<CalibrationProblem, 'mode' | 'window' | 'statistics'> &
  Partial<Omit<ModelChoiceSettings, 'seed'>> & {
    readonly mechanisms: readonly Mechanism[];
    /** The mechanism Bayes factors are against (default: `no effect` if present, else the first). */
    readonly reference?: string;
    readonly seed: number | string;
  };

/** Defaults of the model-choice settings (all but the seed). */
export const DEFAULT_MODEL_CHOICE_SETTINGS: Omit<ModelChoiceSettings, 'seed'> = {
  simulations: 20_000,
  pilot: 2000,
  acceptQuantile: 0.02,
  batchSize: 256,
};

const OPTION_NAMES = [
  'mechanisms',
  'reference',
  'mode',
  'window',
  'statistics',
  'seed',
  ...Object.keys(DEFAULT_MODEL_CHOICE_SETTINGS),
];

/**
 * ABC model choice: which of several competing mechanisms (each a set of priors by scenario
 * path over the same scenario) best explains one observed record, with posterior
 * probabilities, their Monte Carlo errors, Bayes factors against a reference and plain
 * warnings when the data cannot tell the mechanisms apart.
 *
 * Method: rejection ABC over the joint (mechanism, θ) space (see modelChoiceSteps) with one
 * distance for all mechanisms — the same summary statistics, scaled by their spread over a
 * pooled prior-predictive pilot. Deterministic by seed, whatever the batch size.
 *
 * Cost: `simulations` runs of the scenario (about 0.1–1 ms each).
 *
 * @param scenario - the scenario (a preset, a file, defineScenario's output)
 * @param observed - the record
 * @param options - mechanisms, reference, mode, window, statistics, settings, seed
 * @returns probabilities, errors, Bayes factors, tolerance and warnings
 * @throws RangeError naming the option, mechanism, path or prior that is wrong
 * @example
 * const choice = compareMechanisms(presets['iraq-2020'], observedFromReading('wire'), {
 *   mechanisms: strikeResponseMechanisms({ 'militias.0.baseline': { type: 'logUniform', min: 0.02, max: 1 } }),
 *   simulations: 300, pilot: 100, acceptQuantile: 0.1, seed: 3,
 * });
 * choice.mechanisms.length; // => 3
 */
export function compareMechanisms(
  scenario: Scenario | ScenarioInput,
  observed: ObservedRecord,
  options: CompareMechanismsOptions,
): ModelChoice {
  const { prepared, settings, weights, reference, names } = setUpModelChoice(
    scenario,
    observed,
    options,
  );
  const steps = modelChoiceSteps(
    prepared.map((p) => p.priors),
    weights,
    prepared[0]?.observedStatistics ?? [],
    settings,
  );
  let step = steps.next();
  while (!step.done) {
    const { models, thetas, streams } = step.value;
    step = steps.next(
      models.map((m, i) =>
        (prepared[m] as PreparedCalibration).simulate(thetas[i] as number[], streams[i] as string),
      ),
    );
  }
  const summary = summarizeModelChoice(step.value, names, weights, reference, settings.seed);
  return { ...summary, statistics: (prepared[0]?.statistics ?? []).map((s) => s.name) };
}

/**
 * Check compareMechanisms' options and prepare each mechanism with common statistics.
 *
 * @param scenario - the scenario
 * @param observed - the record
 * @param options - compareMechanisms' options
 * @returns the prepared mechanisms, complete settings, prior weights, reference index, names
 * @throws RangeError naming what is wrong and the valid choices
 * @example
 * // Used by compareMechanisms; see its example.
 */
export function setUpModelChoice(
  scenario: Scenario | ScenarioInput,
  observed: ObservedRecord,
  options: CompareMechanismsOptions,
) {
  if (options === null || typeof options !== 'object')
    throw new RangeError('options must be an object with mechanisms and a seed');
  checkOptionNames('compareMechanisms', options, OPTION_NAMES);
  if (options.seed === undefined)
    throw new RangeError('seed is required: the same seed gives the same result');
  const given: Record<string, unknown> = {};
  for (const key of Object.keys(DEFAULT_MODEL_CHOICE_SETTINGS)) {
    const value = (options as unknown as Record<string, unknown>)[key];
    if (value !== undefined) given[key] = value;
  }
  const settings: ModelChoiceSettings = {
    ...DEFAULT_MODEL_CHOICE_SETTINGS,
    ...(given as Partial<ModelChoiceSettings>),
    seed: options.seed,
  };
  checkSettings(settings);
  const mechanisms = options.mechanisms;
  if (!Array.isArray(mechanisms) || mechanisms.length < 2)
    throw new RangeError('mechanisms must list at least two mechanisms to compare');
  const names = mechanisms.map((m, i) => {
    if (typeof m?.name !== 'string' || m.name.length === 0)
      throw new RangeError(`mechanisms[${i}].name must be a non-empty string`);
    return m.name;
  });
  const duplicate = names.find((n, i) => names.indexOf(n) !== i);
  if (duplicate !== undefined)
    throw new RangeError(`mechanisms must have distinct names; "${duplicate}" appears twice`);
  const weights = mechanisms.map((m, i) => {
    const w = m.prior ?? 1;
    if (!(Number.isFinite(w) && w > 0))
      throw new RangeError(`mechanisms[${i}].prior must be a finite number > 0, received ${w}`);
    return w;
  });
  const wanted = options.reference ?? (names.includes('no effect') ? 'no effect' : names[0]);
  const reference = names.indexOf(wanted as string);
  if (reference < 0)
    throw new RangeError(
      `reference must name a mechanism, received ${JSON.stringify(wanted)}; valid: ${names.map((n) => `"${n}"`).join(', ')}`,
    );
  const complete = defineScenario(scenario);
  const prepared: PreparedCalibration[] = [];
  mechanisms.forEach((m, i) => {
    // Every mechanism is judged by the first one's statistics: one distance for all.
    const statistics = options.statistics ?? prepared[0]?.statistics;
    const problem: CalibrationProblem = {
      parameters: m.parameters,
      ...(options.mode === undefined ? {} : { mode: options.mode }),
      ...(options.window === undefined ? {} : { window: options.window }),
      ...(statistics === undefined ? {} : { statistics }),
    };
    try {
      prepared.push(prepareCalibration(complete, observed, problem));
    } catch (error) {
      if (error instanceof RangeError)
        throw new RangeError(`mechanisms[${i}] ("${m.name}"): ${error.message}`);
      throw error;
    }
  });
  return { prepared, settings, weights, reference, names };
}

function checkSettings(s: ModelChoiceSettings): void {
  const integer = (name: string, value: number, min: number, max: number) => {
    if (!(Number.isSafeInteger(value) && value >= min && value <= max))
      throw new RangeError(`${name} must be an integer in [${min}, ${max}], received ${value}`);
  };
  integer('simulations', s.simulations, 10, 1e9);
  integer('pilot', s.pilot, 2, s.simulations);
  integer('batchSize', s.batchSize, 1, 1_000_000);
  if (!(s.acceptQuantile > 0 && s.acceptQuantile <= 1))
    throw new RangeError(`acceptQuantile must be in (0, 1], received ${s.acceptQuantile}`);
}
