import { drawScenarios } from '../../calibrate/drawScenarios.js';
import type { ParameterDraws } from '../../calibrate/ParameterDraws.js';
import { compileScenario } from '../../model/compileScenario.js';
import type { PolicySpecInput } from '../../policies/PolicySpec.js';
import type { Scenario, ScenarioInput } from '../../scenario/Scenario.js';
import { requireObject } from '../../util/requireArgument.js';
import {
  type ComparisonHeader,
  type ComparisonPart,
  type ComparisonPlanOptions,
  finishComparison,
  mergeComparisonParts,
  planComparison,
} from '../compare/comparisonParts.js';
import type { PolicyComparison } from '../comparePolicies.js';
import type { EnsembleState } from '../EnsembleState.js';
import { mergeEnsembleStates } from '../EnsembleState.js';
import { ensembleProvenance, type RunProvenance } from '../ensembleProvenance.js';
import type { HypothesisSpec } from '../hypotheses/HypothesisSpec.js';
import { type EnsembleResult, runEnsemble } from '../runEnsemble.js';
import { scenarioFingerprint } from '../scenarioFingerprint.js';
import {
  finishSensitivity,
  mergeSensitivityParts,
  planSensitivity,
  type SensitivityHeader,
  type SensitivityPart,
} from '../sensitivity/sensitivityParts.js';
import type { SensitivityOptions, SensitivityResult } from '../sensitivity.js';
import { summarizeEnsemble } from '../summarizeEnsemble.js';
import { mergeSweepParts, planSweep, type SweepPart } from '../sweep/sweepParts.js';
import type { SweepOptions, SweepRow } from '../sweep.js';
import {
  finishHypothesis,
  type HypothesisHeader,
  type HypothesisOutcome,
  type HypothesisPart,
  mergeHypothesisParts,
  planHypothesis,
} from '../testHypothesis.js';

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

/** An experiment checked and ready to run in parts. */
export interface ExperimentPlan {
  readonly command: ExperimentCommand;
  /** What the parts cut: replicate indices or design points. */
  readonly unit: 'replicates' | 'points';
  /** The whole range [from, to) of the unit. */
  readonly range: readonly [number, number];
  /** What every part must share: the scenario's name, its fingerprint and the seed. */
  readonly identity: {
    readonly scenario: string;
    readonly fingerprint: string;
    readonly seed: number | string;
  };
  /** The experiment's settings and provenance (JSON), needed to finish it. */
  readonly header: unknown;
  /** Run [from, to) of the unit into a mergeable part (JSON). */
  runPart(from: number, to: number, onProgress?: (done: number, total: number) => void): unknown;
}

/** The plan of an experiment over design points (a sweep or a sensitivity analysis). */
function overPoints(
  command: 'sweep' | 'sensitivity',
  plan: {
    readonly points: number;
    readonly header: {
      readonly scenario: string;
      readonly fingerprint: string;
      readonly seed: number | string;
    };
    readonly runPart: ExperimentPlan['runPart'];
  },
): ExperimentPlan {
  const h = plan.header;
  return {
    command,
    unit: 'points',
    range: [0, plan.points],
    identity: { scenario: h.scenario, fingerprint: h.fingerprint, seed: h.seed },
    header: h,
    runPart: plan.runPart,
  };
}

interface RunHeader {
  readonly provenance: RunProvenance;
}

/**
 * Check an experiment and prepare it to run in parts.
 *
 * Why: one split serves shards and the worker pool: a plan's parts over any ranges that tile
 * `range` merge (mergeExperimentParts) and finish (finishExperiment) to the one-pass result,
 * bit for bit.
 *
 * @param request - the experiment as data
 * @returns the plan
 * @throws RangeError for an unknown command; the experiment's own errors for bad settings
 * @example
 * const plan = planExperiment({ command: 'run', scenario: presets.restraint, options: { replicates: 10, seed: 1 } });
 * plan.range; // => [0, 10]
 */
export function planExperiment(request: ExperimentRequest): ExperimentPlan {
  requireObject('request', request, 'an experiment request { command, … }');
  switch (request.command) {
    case 'run': {
      const { replicates, seed, posterior } = request.options;
      const compiled = compileScenario(request.scenario);
      const fingerprint =
        posterior === undefined
          ? scenarioFingerprint(compiled)
          : drawScenarios(compiled, posterior).fingerprint;
      const header: RunHeader = {
        provenance: ensembleProvenance(compiled, seed, 0, replicates, fingerprint),
      };
      runEnsemble(compiled, { replicates: 0, seed }); // checks the counts and the seed
      return {
        command: 'run',
        unit: 'replicates',
        range: [0, replicates],
        identity: { scenario: compiled.scenario.name, fingerprint, seed },
        header,
        runPart: (from, to, onProgress) =>
          runEnsemble(compiled, {
            replicates: to - from,
            from,
            seed,
            ...(posterior ? { posterior } : {}),
            ...(onProgress ? { onProgress } : {}),
          }).state,
      };
    }
    case 'compare': {
      const plan = planComparison(request.scenario, request.policies, request.options);
      const h = plan.header;
      return {
        command: 'compare',
        unit: 'replicates',
        range: [h.from, h.from + h.replicates],
        identity: {
          scenario: h.scenario,
          fingerprint: Object.values(h.fingerprints).join('+'),
          seed: h.seed,
        },
        header: h,
        runPart: plan.runPart,
      };
    }
    case 'sweep':
      return overPoints('sweep', planSweep(request.scenario, request.options));
    case 'sensitivity':
      return overPoints('sensitivity', planSensitivity(request.scenario, request.options));
    case 'test': {
      const plan = planHypothesis(request.spec);
      const h = plan.header;
      return {
        command: 'test',
        unit: 'replicates',
        range: [h.from, h.from + h.replicates],
        identity: { scenario: h.scenario, fingerprint: h.fingerprint, seed: h.seed },
        header: h,
        runPart: plan.runPart,
      };
    }
    default:
      throw new RangeError(
        `request.command must be one of ${EXPERIMENT_COMMANDS.join(', ')}, received ${JSON.stringify((request as { command?: unknown }).command)}`,
      );
  }
}

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
