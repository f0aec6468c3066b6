import { compileScenario } from '../model/compileScenario.js';
import { OUTCOME_NAMES, type OutcomeName } from '../model/outcomes.js';
import { createRng } from '../random/createRng.js';
import { defineScenario } from '../scenario/defineScenario.js';
import type { Scenario, ScenarioInput } from '../scenario/Scenario.js';
import { checkOptionNames } from '../util/checkOptionNames.js';
import { LIBRARY } from '../version.js';
import { checkOutcomeNames, NULLABLE_OUTCOMES } from './compare/outcomeKinds.js';
import {
  type PolicyChoice,
  type PolicyDescription,
  resolvePolicyChoices,
} from './compare/policyChoice.js';
import { scenarioFingerprint } from './scenarioFingerprint.js';
import { modelResponse } from './sensitivity/modelResponse.js';
import { type MorrisEffect, morrisScreening } from './sensitivity/morrisScreening.js';
import { checkParameterRanges, type ParameterRange } from './sensitivity/ParameterRange.js';
import { type SobolIndex, sobolIndices } from './sensitivity/sobolIndices.js';
import { withPolicy } from './withPolicy.js';

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
   * Replicate noise: the mean squared standard error of a point's mean (σ²(x)/R averaged over
   * the points) and its share of the output variance. Common random numbers make the noise
   * shared by all points, so much of it cancels from the estimators' differences; a share
   * above ~0.1 still means more replicates per point are needed before small indices mean
   * anything.
   */
  readonly replicateNoise: { readonly variance: number; readonly share: number };
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
 * streams, so noise common to all points cancels from the differences the estimators use),
 * and measurement — the squared standard error of each point's mean, averaged, is reported
 * with its share of the output variance. Morris effects are per unit of each range
 * (parameters scaled to [0, 1]).
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
  const { method, seed, replicates = 20 } = options;
  if (method !== 'morris' && method !== 'sobol')
    throw new RangeError(`method must be morris or sobol, received ${JSON.stringify(method)}`);
  if (!(Number.isSafeInteger(replicates) && replicates >= 1))
    throw new RangeError(`replicates must be an integer >= 1, received ${replicates}`);
  const [outcome] = checkOutcomeNames([options.outcome ?? 'attacks'], 'outcome') as [OutcomeName];
  if (NULLABLE_OUTCOMES.includes(outcome))
    throw new RangeError(
      `outcome ${outcome} is null in some runs, so its mean over runs changes meaning between points; choose one of ${OUTCOME_NAMES.filter((o) => !NULLABLE_OUTCOMES.includes(o)).join(', ')}`,
    );
  const parsed = defineScenario(scenario);
  const [resolved] = resolvePolicyChoices([
    options.policy ?? (parsed.foreignForce.policy as never),
  ]);
  const chosen = resolved as NonNullable<typeof resolved>;
  const base = chosen.description.spec ? withPolicy(parsed, chosen.description.spec) : parsed;
  checkParameterRanges(base, options.parameters);
  const ranges = options.parameters;
  const f = modelResponse(
    base,
    ranges.map((p) => p.path),
    {
      outcome,
      replicates,
      seed,
      ...(chosen.description.spec ? {} : { policy: chosen.policy }),
    },
  );
  const k = ranges.length;
  const total =
    method === 'sobol'
      ? (options.samples ?? 256) * (k + 2)
      : (options.trajectories ?? 20) * (k + 1);
  const every = Math.max(1, Math.ceil(total / 100));
  const means: number[] = [];
  const g = (u: readonly number[]) => {
    const y = f(
      u.map(
        (v, i) =>
          (ranges[i] as ParameterRange).low +
          v * ((ranges[i] as ParameterRange).high - (ranges[i] as ParameterRange).low),
      ),
    );
    means.push(y);
    if (options.onProgress && (means.length % every === 0 || means.length === total))
      options.onProgress(means.length, total);
    return y;
  };
  const rng = createRng(seed).fork('sensitivity-design');
  let perParameter: readonly (Partial<MorrisEffect> & Partial<SobolIndex>)[];
  if (method === 'sobol') {
    perParameter = sobolIndices(
      g,
      {
        dimensions: k,
        samples: options.samples ?? 256,
        ...(options.bootstrap === undefined ? {} : { bootstrap: options.bootstrap }),
      },
      rng,
    ).indices;
  } else {
    perParameter = morrisScreening(
      g,
      {
        dimensions: k,
        trajectories: options.trajectories ?? 20,
        ...(options.levels === undefined ? {} : { levels: options.levels }),
      },
      rng,
    ).effects;
  }
  const mean = means.reduce((a, v) => a + v, 0) / means.length;
  const outputVariance =
    means.reduce((a, v) => a + (v - mean) ** 2, 0) / Math.max(1, means.length - 1);
  const noiseVariance = f.noise.calls > 0 ? f.noise.sum / f.noise.calls : 0;
  return {
    library: LIBRARY,
    scenario: base.name,
    fingerprint: scenarioFingerprint(
      compileScenario(base, chosen.description.spec ? {} : { policy: chosen.policy }),
    ),
    policy: chosen.description,
    seed,
    method,
    outcome,
    replicates,
    parameters: ranges.map((p, i) => ({
      path: p.path,
      low: p.low,
      high: p.high,
      ...perParameter[i],
    })),
    evaluations: means.length,
    runs: means.length * replicates,
    outputVariance,
    replicateNoise: {
      variance: noiseVariance,
      share: outputVariance > 0 ? noiseVariance / outputVariance : 0,
    },
  };
}
