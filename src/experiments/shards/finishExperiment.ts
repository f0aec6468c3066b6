import {
  type ComparisonHeader,
  type ComparisonPart,
  finishComparison,
} from '../compare/comparisonParts.js';
import type { EnsembleState } from '../EnsembleState.js';
import { finishHypothesis } from '../hypotheses/finishHypothesis.js';
import type { HypothesisHeader, HypothesisPart } from '../hypotheses/HypothesisPart.js';
import {
  finishSensitivity,
  type SensitivityHeader,
  type SensitivityPart,
} from '../sensitivity/sensitivityParts.js';
import { summarizeEnsemble } from '../summarizeEnsemble.js';
import type { SweepPart } from '../sweep/sweepParts.js';
import {
  EXPERIMENT_COMMANDS,
  type ExperimentCommand,
  type ExperimentResult,
} from './ExperimentRequest.js';
import type { RunHeader } from './planExperiment.js';

/**
 * The experiment's result from its header and the part that covers its whole range.
 *
 * @param command - the experiment's command
 * @param header - the plan's header
 * @param part - the merged part
 * @returns the result, tagged with its command
 * @throws RangeError for an unknown command
 * @example
 * const plan = planExperiment({ command: 'run', scenario: presets.restraint, options: { replicates: 4, seed: 1 } });
 * finishExperiment('run', plan.header, plan.runPart(0, 4)).command; // => 'run'
 */
export function finishExperiment(
  command: ExperimentCommand,
  header: unknown,
  part: unknown,
): ExperimentResult {
  switch (command) {
    case 'run': {
      const state = part as EnsembleState;
      const { provenance } = header as RunHeader;
      return { command, result: { ...summarizeEnsemble(state), state, provenance } };
    }
    case 'compare':
      return {
        command,
        result: finishComparison(header as ComparisonHeader, part as ComparisonPart),
      };
    case 'sweep':
      return { command, result: (part as SweepPart).rows };
    case 'sensitivity':
      return {
        command,
        result: finishSensitivity(header as SensitivityHeader, part as SensitivityPart),
      };
    case 'test':
      return {
        command,
        result: finishHypothesis(header as HypothesisHeader, part as HypothesisPart),
      };
    default:
      throw new RangeError(
        `command must be one of ${EXPERIMENT_COMMANDS.join(', ')}, received ${JSON.stringify(command)}`,
      );
  }
}
