import { type ComparisonPart, mergeComparisonParts } from '../compare/comparisonParts.js';
import { type EnsembleState, mergeEnsembleStates } from '../EnsembleState.js';
import { type HypothesisPart, mergeHypothesisParts } from '../hypotheses/HypothesisPart.js';
import { mergeSensitivityParts, type SensitivityPart } from '../sensitivity/sensitivityParts.js';
import { mergeSweepParts, type SweepPart } from '../sweep/sweepParts.js';
import { EXPERIMENT_COMMANDS, type ExperimentCommand } from './ExperimentRequest.js';

/**
 * Merge the parts of one experiment; they must be given in the order of their ranges
 * (rows and pairs concatenate; summaries merge exactly).
 *
 * @param command - the experiment's command
 * @param parts - at least one part, in range order
 * @returns the part of their union
 * @throws RangeError when there is no part or the command is unknown
 * @example
 * const plan = planExperiment({ command: 'run', scenario: presets.restraint, options: { replicates: 4, seed: 1 } });
 * (mergeExperimentParts('run', [plan.runPart(0, 2), plan.runPart(2, 4)]) as { ranges: unknown }).ranges; // => [[0, 4]]
 */
export function mergeExperimentParts(
  command: ExperimentCommand,
  parts: readonly unknown[],
): unknown {
  if (!Array.isArray(parts) || parts.length === 0)
    throw new RangeError('parts must hold at least one part');
  switch (command) {
    case 'run':
      return mergeEnsembleStates(parts as EnsembleState[]);
    case 'compare':
      return mergeComparisonParts(parts as ComparisonPart[]);
    case 'sweep':
      return mergeSweepParts(parts as SweepPart[]);
    case 'sensitivity':
      return mergeSensitivityParts(parts as SensitivityPart[]);
    case 'test':
      return mergeHypothesisParts(parts as HypothesisPart[]);
    default:
      throw new RangeError(
        `command must be one of ${EXPERIMENT_COMMANDS.join(', ')}, received ${JSON.stringify(command)}`,
      );
  }
}
