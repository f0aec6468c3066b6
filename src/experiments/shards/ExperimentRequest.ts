import type { ParameterDraws } from '../../calibrate/ParameterDraws.js';
import type { PolicySpecInput } from '../../policies/PolicySpec.js';
import type { Scenario, ScenarioInput } from '../../scenario/Scenario.js';
import type { ComparisonPlanOptions } from '../compare/comparisonParts.js';
import type { PolicyComparison } from '../comparePolicies.js';
import type { HypothesisOutcome } from '../hypotheses/HypothesisOutcome.js';
import type { HypothesisSpec } from '../hypotheses/HypothesisSpec.js';
import type { EnsembleResult } from '../runEnsemble.js';
import type { SensitivityOptions, SensitivityResult } from '../sensitivity.js';
import type { SweepOptions, SweepRow } from '../sweep.js';

/**
 * An experiment as data (JSON: policies as names or specs, no functions), so that it can be
 * cut into parts run elsewhere — shards on other machines, chunks on worker threads.
 */
export type ExperimentRequest =
  | {
      readonly command: 'run';
      readonly scenario: Scenario | ScenarioInput;
      readonly options: {
        readonly replicates: number;
        readonly seed: number | string;
        readonly posterior?: ParameterDraws;
      };
    }
  | {
      readonly command: 'compare';
      readonly scenario: Scenario | ScenarioInput;
      readonly policies: readonly (string | PolicySpecInput)[];
      readonly options: ComparisonPlanOptions;
    }
  | {
      readonly command: 'sweep';
      readonly scenario: Scenario | ScenarioInput;
      readonly options: Omit<SweepOptions, 'pointRange'>;
    }
  | {
      readonly command: 'sensitivity';
      readonly scenario: Scenario | ScenarioInput;
      readonly options: Omit<SensitivityOptions, 'onProgress'>;
    }
  | { readonly command: 'test'; readonly spec: Omit<HypothesisSpec, 'onProgress'> };

/** The experiments that can be cut into parts. */
export type ExperimentCommand = ExperimentRequest['command'];

/** Every experiment command, for messages. */
export const EXPERIMENT_COMMANDS: readonly ExperimentCommand[] = [
  'run',
  'compare',
  'sweep',
  'sensitivity',
  'test',
];

/** The result of an experiment, by command. */
export type ExperimentResult =
  | { readonly command: 'run'; readonly result: EnsembleResult }
  | { readonly command: 'compare'; readonly result: PolicyComparison }
  | { readonly command: 'sweep'; readonly result: readonly SweepRow[] }
  | { readonly command: 'sensitivity'; readonly result: SensitivityResult }
  | { readonly command: 'test'; readonly result: HypothesisOutcome };
