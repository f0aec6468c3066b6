import { compileScenario } from '../../model/compileScenario.js';
import { OUTCOME_NAMES, type OutcomeName } from '../../model/outcomes.js';
import { createRng } from '../../random/createRng.js';
import { defineScenario } from '../../scenario/defineScenario.js';
import type { Scenario, ScenarioInput } from '../../scenario/Scenario.js';
import { LIBRARY } from '../../version.js';
import { checkOutcomeNames, NULLABLE_OUTCOMES } from '../compare/outcomeKinds.js';
import { resolvePolicyChoices } from '../compare/policyChoice.js';
import { checkRange } from '../runEnsemble.js';
import { scenarioFingerprint } from '../scenarioFingerprint.js';
import type { SensitivityOptions, SensitivityResult } from '../sensitivity.js';
import { withPolicy } from '../withPolicy.js';
import { modelResponse } from './modelResponse.js';
import { morrisDesign, morrisFromValues } from './morrisScreening.js';
import { noiseCorrectedSobol } from './noiseCorrectedSobol.js';
import { checkParameterRanges } from './ParameterRange.js';
import { separateReplicateNoise } from './replicateNoise.js';
import { checkSobolOptions, sobolDesign, sobolFromValues } from './sobolIndices.js';

/** What a sensitivity analysis needs besides the model's values: its settings and provenance. */
export interface SensitivityHeader
  extends Pick<
    SensitivityResult,
    'library' | 'scenario' | 'fingerprint' | 'policy' | 'seed' | 'method' | 'outcome' | 'replicates'
  > {
  readonly ranges: SensitivityOptions['parameters'];
  readonly samples: number;
  readonly bootstrap?: number;
  readonly trajectories: number;
  readonly levels?: number;
}

/** The model's values at design points [from, to): the mean outcome and the replicates behind it. */
export interface SensitivityPart {
  readonly means: readonly number[];
  /** Each point's R replicate outcomes, point after point (R·(to − from) numbers). */
  readonly replicates: readonly number[];
}

/**
 * Check a sensitivity analysis and prepare it to run in parts: its header, the number of
 * design points, and a function that evaluates the model at any range of them.
 *
 * Why: sensitivity, its shards and the worker pool evaluate the same points; the design
 * depends only on the seed and the settings, so the values of any split concatenate to
 * those of one pass and finishSensitivity gives the same indices bit for bit.
 *
 * @param scenario - the scenario
 * @param options - as sensitivity's (a policy must be a name or spec to run in parts elsewhere)
 * @returns the header, the design size and the part runner
 * @throws as sensitivity
 * @example
 * planSensitivity(presets.restraint, { method: 'morris', seed: 1, trajectories: 4, parameters: [{ path: 'militias.0.baseline', low: 0.05, high: 0.1 }] }).points; // => 8
 */
export function planSensitivity(
  scenario: Scenario | ScenarioInput,
  options: Omit<SensitivityOptions, 'onProgress'>,
): {
  readonly header: SensitivityHeader;
  readonly points: number;
  readonly runPart: (
    from: number,
    to: number,
    onProgress?: (done: number, total: number) => void,
  ) => SensitivityPart;
} {
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
  const ranges = options.parameters.map((p) => ({ path: p.path, low: p.low, high: p.high }));
  const header: SensitivityHeader = {
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
    ranges,
    samples: options.samples ?? 256,
    ...(options.bootstrap === undefined ? {} : { bootstrap: options.bootstrap }),
    trajectories: options.trajectories ?? 20,
    ...(options.levels === undefined ? {} : { levels: options.levels }),
  };
  const design = unitDesign(header); // checks the design options before any run
  const f = modelResponse(
    base,
    ranges.map((p) => p.path),
    { outcome, replicates, seed, ...(chosen.description.spec ? {} : { policy: chosen.policy }) },
  );
  const runPart = (
    from: number,
    to: number,
    onProgress?: (done: number, total: number) => void,
  ): SensitivityPart => {
    checkRange(from, to - from);
    if (to > design.points.length)
      throw new RangeError(
        `to must be at most the ${design.points.length} design points, received ${to}`,
      );
    const means: number[] = [];
    const values: number[] = [];
    const every = Math.max(1, Math.ceil((to - from) / 100));
    for (let i = from; i < to; i++) {
      const u = design.points[i] as readonly number[];
      const y = f(
        u.map(
          (v, j) =>
            (ranges[j]?.low as number) +
            v * ((ranges[j]?.high as number) - (ranges[j]?.low as number)),
        ),
      );
      means.push(y.mean);
      for (const v of y.replicates) values.push(v);
      const done = i - from + 1;
      if (onProgress && (done % every === 0 || done === to - from)) onProgress(done, to - from);
    }
    return { means, replicates: values };
  };
  return { header, points: design.points.length, runPart };
}

/**
 * The analysis from its header and the model's values at every design point, in order.
 *
 * @param header - from planSensitivity
 * @param part - the values of all design points (parts concatenated in order)
 * @returns the sensitivity result
 * @throws RangeError when the values do not match the design, or the output does not vary (Sobol)
 * @example
 * const plan = planSensitivity(presets.restraint, { method: 'morris', seed: 1, replicates: 2, trajectories: 4, parameters: [{ path: 'militias.0.baseline', low: 0.05, high: 0.1 }] });
 * finishSensitivity(plan.header, plan.runPart(0, plan.points)).evaluations; // => 8
 */
export function finishSensitivity(
  header: SensitivityHeader,
  part: SensitivityPart,
): SensitivityResult {
  const design = unitDesign(header);
  const perParameter = design.finish(part.means);
  const { means } = part;
  const mean = means.reduce((a, v) => a + v, 0) / means.length;
  const outputVariance =
    means.reduce((a, v) => a + (v - mean) ** 2, 0) / Math.max(1, means.length - 1);
  return {
    library: header.library,
    scenario: header.scenario,
    fingerprint: header.fingerprint,
    policy: header.policy,
    seed: header.seed,
    method: header.method,
    outcome: header.outcome,
    replicates: header.replicates,
    parameters: header.ranges.map((p, i) => ({
      path: p.path,
      low: p.low,
      high: p.high,
      ...perParameter[i],
    })),
    evaluations: means.length,
    runs: means.length * header.replicates,
    outputVariance,
    replicateNoise: separateReplicateNoise(part.replicates, header.replicates, outputVariance),
    ...(header.method === 'sobol' && header.replicates >= 2
      ? { noiseCorrected: correctedIndices(header, part.replicates) }
      : {}),
  };
}

/**
 * Concatenate the parts of consecutive point ranges, in order.
 *
 * @param parts - parts in the order of their ranges
 * @returns the values of the union
 * @throws RangeError for a part without its replicate outcomes
 * @example
 * mergeSensitivityParts([{ means: [1], replicates: [1, 1] }, { means: [2], replicates: [1, 3] }]).means; // => [1, 2]
 */
export function mergeSensitivityParts(parts: readonly SensitivityPart[]): SensitivityPart {
  for (const [i, p] of parts.entries())
    if (!Array.isArray(p.replicates) || p.replicates.length < p.means.length)
      throw new RangeError(
        `parts[${i}] must carry its points' replicate outcomes (replicates); a part without them comes from an earlier version of the library: run it again`,
      );
  return {
    means: parts.flatMap((p) => p.means),
    replicates: parts.flatMap((p) => p.replicates),
  };
}

/**
 * The design of a sensitivity analysis on the unit cube, regenerated from its seed (the same
 * stream as one pass), and the estimator that turns the points' values into indices.
 *
 * Why exported: the model's values can come from anywhere (threads, shards, or a test
 * function with a known answer); finishSensitivity pairs them with these points.
 *
 * @param header - from planSensitivity
 * @returns the points in evaluation order and the estimator of the per-parameter indices
 * @throws RangeError for bad design options
 * @example
 * const plan = planSensitivity(presets.restraint, { method: 'morris', seed: 1, trajectories: 4, parameters: [{ path: 'militias.0.baseline', low: 0.05, high: 0.1 }] });
 * unitDesign(plan.header).points.length; // => 8
 */
export function unitDesign(header: SensitivityHeader): {
  readonly points: readonly (readonly number[])[];
  readonly finish: (values: readonly number[]) => readonly object[];
} {
  const rng = createRng(header.seed).fork('sensitivity-design');
  const k = header.ranges.length;
  if (header.method === 'sobol') {
    const options = {
      dimensions: k,
      samples: header.samples,
      ...(header.bootstrap === undefined ? {} : { bootstrap: header.bootstrap }),
    };
    checkSobolOptions(options);
    const points = sobolDesign(k, header.samples, rng);
    return { points, finish: (values) => sobolFromValues(values, options, rng).indices };
  }
  const design = morrisDesign(
    {
      dimensions: k,
      trajectories: header.trajectories,
      ...(header.levels === undefined ? {} : { levels: header.levels }),
    },
    rng,
  );
  return { points: design.points, finish: (values) => morrisFromValues(design, values).effects };
}

/** Sobol indices without the replicate noise (noiseCorrectedSobol), or why there are none. */
function correctedIndices(
  header: SensitivityHeader,
  replicates: readonly number[],
): NonNullable<SensitivityResult['noiseCorrected']> {
  // A stream of its own, so the uncorrected indices and their intervals stay as they were.
  const rng = createRng(header.seed).fork('sensitivity-noise-corrected');
  try {
    const c = noiseCorrectedSobol(
      replicates,
      header.replicates,
      {
        dimensions: header.ranges.length,
        samples: header.samples,
        ...(header.bootstrap === undefined ? {} : { bootstrap: header.bootstrap }),
      },
      rng,
    );
    return { variance: c.variance, indices: c.indices };
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return { variance: null, indices: null, reason: error.message };
  }
}
