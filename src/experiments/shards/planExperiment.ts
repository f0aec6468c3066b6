import { drawScenarios } from '../../calibrate/drawScenarios.js';
import { compileScenario } from '../../model/compileScenario.js';
import { requireObject } from '../../util/requireArgument.js';
import { planComparison } from '../compare/comparisonParts.js';
import { ensembleProvenance, type RunProvenance } from '../ensembleProvenance.js';
import { planHypothesis } from '../hypotheses/planHypothesis.js';
import { runEnsemble } from '../runEnsemble.js';
import { scenarioFingerprint } from '../scenarioFingerprint.js';
import { planSensitivity } from '../sensitivity/sensitivityParts.js';
import { planSweep } from '../sweep/sweepParts.js';
import {
  EXPERIMENT_COMMANDS,
  type ExperimentCommand,
  type ExperimentRequest,
} from './ExperimentRequest.js';

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

/** The header of an ensemble run in parts: its provenance. */
export interface RunHeader {
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
