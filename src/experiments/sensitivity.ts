import type { OutcomeName } from '../model/outcomes.js';
import type { Scenario, ScenarioInput } from '../scenario/Scenario.js';
import { checkOptionNames } from '../util/checkOptionNames.js';
import type { LIBRARY } from '../version.js';
import type { PolicyChoice, PolicyDescription } from './compare/policyChoice.js';
import type { MorrisEffect } from './sensitivity/morrisScreening.js';
import type { CorrectedSobolIndex } from './sensitivity/noiseCorrectedSobol.js';
import type { ParameterRange } from './sensitivity/ParameterRange.js';
import type { ReplicateNoise } from './sensitivity/replicateNoise.js';
import { finishSensitivity, planSensitivity } from './sensitivity/sensitivityParts.js';
import type { SobolIndex } from './sensitivity/sobolIndices.js';

/** Options of sensitivity. */
export interface SensitivityOptions {
  readonly parameters: readonly ParameterRange[];
  readonly method: 'morris' | 'sobol';
  /** The outcome analysed (default `attacks`; outcomes that can be null are refused). */
  readonly outcome?: string;
  /** Replicates per design point (default 20), the same replicate indices at every point. */
  readonly replicates?: number;
  readonly seed: number | string;
  /** Run under this policy instead of the scenario's. */
  readonly policy?: PolicyChoice;
  /** Sobol: base sample N (default 256; ≥ 16). */
  readonly samples?: number;
  /** Sobol: bootstrap resamples (default 500). */
  readonly bootstrap?: number;
  /** Morris: trajectories r (default 20) and grid levels p (default 4). */
  readonly trajectories?: number;
  readonly levels?: number;
  readonly onProgress?: (done: number, total: number) => void;
}

/** A sensitivity analysis with what made it. */
export interface SensitivityResult {
  readonly library: typeof LIBRARY;
  readonly scenario: string;
  readonly fingerprint: string;
  readonly policy: PolicyDescription;
  readonly seed: number | string;
  readonly method: 'morris' | 'sobol';
  readonly outcome: OutcomeName;
  readonly replicates: number;
  /** Per parameter: its range and its Morris effects (per unit of the range) or Sobol indices. */
  readonly parameters: readonly (ParameterRange & Partial<MorrisEffect> & Partial<SobolIndex>)[];
  /** Design points evaluated, and model runs (points × replicates). */
  readonly evaluations: number;
  readonly runs: number;
  /** Variance of the per-point mean outcome over the design. */
  readonly outputVariance: number;
  /**
   * Replicate noise in a point's mean, split by common random numbers (separateReplicateNoise):
   * `variance`, the part that differs between points and so enters the output variance and
   * the indices, with its `share` of the output variance; `perPoint`, the squared standard
   * error of a point's mean (all noise); `common`, the part shared by every point, which
   * cancels. With unshared noise of share s, S_i reads S_i·(1 − s) and ST_i reads
   * ST_i·(1 − s) + s (noise independent between points; at most that under common random
   * numbers); a share above ~0.1 means more replicates per point are needed before small
   * indices mean anything.
   */
  readonly replicateNoise: ReplicateNoise;
  /**
   * Sobol only, with 2 or more replicates: the indices of the mean outcome without its
   * replicate noise (noiseCorrectedSobol), in parameter order, with bootstrap intervals, and
   * the output variance without noise. Each of Jansen's squared differences is corrected by
   * the noise of its own pair of points, measured from the pair's replicate-level
   * differences, so the correction holds under common random numbers (where nearby points
   * share noise); their standard errors and intervals add the part of the error that comes
   * from the R replicate streams every point shares (a delete-one-replicate jackknife,
   * R ≥ 3). `indices` null, with the `reason`, when the output varies no more than its noise.
   */
  readonly noiseCorrected?: {
    readonly variance: number | null;
    readonly indices: readonly CorrectedSobolIndex[] | null;
    readonly reason?: string;
  };
}

/**
 * Which scenario parameters drive an outcome: Morris screening (μ*, μ, σ per parameter;
 * Campolongo et al. 2007) or Sobol first- and total-order indices with bootstrap intervals
 * (Saltelli et al. 2010 sampling, Jansen estimators), over ranges of any numeric scenario
 * paths.
 *
 * The model enters as a deterministic function of the parameters: at each design point the
 * mean outcome over replicates 0…R − 1 of `seed`. Replicate noise is separated from
 * parameter effects in two ways: common random numbers (every point runs the same replicate
 * streams, so noise common to all points cancels from the output variance and from the
 * differences the estimators use), and measurement — the noise that differs between points,
 * the residual of a points × replicates two-way layout, is reported with its share of the
 * output variance, beside the per-point noise and the common part it leaves out (see
 * `replicateNoise`). Morris effects are per unit of each range (parameters scaled to [0, 1]).
 *
 * Cost: Sobol N·(k + 2) points, Morris r·(k + 1) points, each R runs and one scenario compile.
 *
 * @param scenario - the scenario
 * @param options - parameters, method, outcome, replicates, seed, policy, samples, bootstrap, trajectories, levels
 * @returns per-parameter indices, the output variance and the replicate noise
 * @throws ScenarioPathError for an unknown path (listing the valid ones); RangeError for
 *   low ≥ high, too small a Sobol sample, an unknown or nullable outcome; ScenarioError for
 *   a range that leaves the schema's bounds
 * @example
 * const s = sensitivity(presets.restraint, { method: 'morris', seed: 1, replicates: 5, trajectories: 4,
 *   parameters: [{ path: 'militias.0.baseline', low: 0.05, high: 0.1 }, { path: 'foreignForce.bases.0.protection', low: 0, high: 0.9 }] });
 * (s.parameters[0]?.muStar ?? 0) > (s.parameters[1]?.muStar ?? 0); // => true
 */
export function sensitivity(
  scenario: Scenario | ScenarioInput,
  options: SensitivityOptions,
): SensitivityResult {
  checkOptionNames('sensitivity', options, [
    'parameters',
    'method',
    'outcome',
    'replicates',
    'seed',
    'policy',
    'samples',
    'bootstrap',
    'trajectories',
    'levels',
    'onProgress',
  ]);
  const { onProgress, ...rest } = options;
  const plan = planSensitivity(scenario, rest);
  return finishSensitivity(plan.header, plan.runPart(0, plan.points, onProgress));
}
