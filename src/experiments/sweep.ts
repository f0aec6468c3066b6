import { compileScenario } from '../model/compileScenario.js';
import { createScenarioPatcher, type ScenarioPatcher } from '../model/createScenarioPatcher.js';
import type { OutcomeName, Outcomes } from '../model/outcomes.js';
import { runReplicate } from '../model/runReplicate.js';
import { createRng } from '../random/createRng.js';
import { defineScenario } from '../scenario/defineScenario.js';
import { setScenarioValues } from '../scenario/paths/setScenarioValues.js';
import type { Scenario, ScenarioInput } from '../scenario/Scenario.js';
import { checkOptionNames } from '../util/checkOptionNames.js';
import { describeGroup } from './compare/describeGroup.js';
import { checkOutcomeNames, PROPORTION_OUTCOMES } from './compare/outcomeKinds.js';
import { type PolicyChoice, resolvePolicyChoices } from './compare/policyChoice.js';
import { ReplicateError } from './ReplicateError.js';
import { checkParameterRanges, type ParameterRange } from './sensitivity/ParameterRange.js';
import { Summary } from './summaries/Summary.js';
import { designPoints } from './sweep/designPoints.js';
import { withPolicy } from './withPolicy.js';

/** Options of sweep. */
export interface SweepOptions {
  readonly parameters: readonly ParameterRange[];
  readonly design: 'grid' | 'latinHypercube';
  /** Grid: levels per parameter (≥ 2); Latin hypercube: points (≥ 1). */
  readonly points: number;
  /** Policies crossed with every point (default: the scenario's own). */
  readonly policies?: readonly PolicyChoice[];
  /** Replicates per point and policy, the same replicate indices everywhere. */
  readonly replicates: number;
  readonly seed: number | string;
  /** Outcomes summarised (default attacks, strikes, hostKilledByStrikes, expulsionDemanded). */
  readonly outcomes?: readonly string[];
  /** One row per replicate with the raw outcomes instead of one summary row per point. */
  readonly perReplicate?: boolean;
  /** Only design points [from, to) (default all): a shard; shards concatenate to the whole. */
  readonly pointRange?: readonly [number, number];
}

/** One tidy row: the design point, the policy, the parameter values by path, and outcomes. */
export type SweepRow = Readonly<Record<string, number | string | null>>;

/**
 * Sweep numeric scenario parameters (and policies) over a grid or a Latin hypercube, as a
 * stream of tidy rows: per design point and policy, the parameter values and, for each
 * outcome, its mean with a 95% interval (Wilson for 0/1 outcomes, Student t otherwise) —
 * or, with `perReplicate`, one row per replicate with the raw outcomes.
 *
 * Rows are generated lazily (memory flat in the number of points). Every point runs
 * replicates 0…R − 1 of the same seed (common random numbers across points and policies),
 * and the design depends only on the seed, so a row depends on nothing but (seed, point,
 * policy): shards by `pointRange` concatenate to the single-pass result, on any number of
 * workers.
 *
 * Cost: points × policies × replicates runs, and one scenario compile per point and policy.
 *
 * @param scenario - the scenario
 * @param options - parameters, design, points, policies, replicates, seed, outcomes, perReplicate, pointRange
 * @returns an iterable of rows (iterate once)
 * @throws ScenarioPathError for an unknown path (listing the valid ones); RangeError for
 *   low ≥ high, zero points, an unknown outcome; PolicySpecError; ScenarioError when a value leaves a field's bounds
 * @example
 * const rows = [...sweep(presets.restraint, { parameters: [{ path: 'militias.0.baseline', low: 0.05, high: 0.1 }], design: 'grid', points: 3, replicates: 10, seed: 1 })];
 * rows.map((r) => r['militias.0.baseline']); // => [0.05, 0.07500000000000001, 0.1]
 */
export function sweep(
  scenario: Scenario | ScenarioInput,
  options: SweepOptions,
): Iterable<SweepRow> {
  checkOptionNames('sweep', options, [
    'parameters',
    'design',
    'points',
    'policies',
    'replicates',
    'seed',
    'outcomes',
    'perReplicate',
    'pointRange',
  ]);
  const { replicates, seed, perReplicate = false } = options;
  if (!(Number.isSafeInteger(replicates) && replicates >= 1))
    throw new RangeError(`replicates must be an integer >= 1, received ${replicates}`);
  const parsed = defineScenario(scenario);
  checkParameterRanges(parsed, options.parameters);
  const outcomes = checkOutcomeNames(
    options.outcomes ?? ['attacks', 'strikes', 'hostKilledByStrikes', 'expulsionDemanded'],
    'outcomes',
  );
  const resolved = resolvePolicyChoices(options.policies ?? [parsed.foreignForce.policy as never]);
  const paths = options.parameters.map((p) => p.path);
  const points = designPoints(
    options.parameters,
    options.design,
    options.points,
    createRng(seed).fork('sweep-design'),
  );
  const [from, to] = options.pointRange ?? [0, points.length];
  if (
    !(
      Number.isSafeInteger(from) &&
      Number.isSafeInteger(to) &&
      from >= 0 &&
      from <= to &&
      to <= points.length
    )
  )
    throw new RangeError(
      `pointRange must be [from, to] with 0 <= from <= to <= ${points.length}, received [${from}, ${to}]`,
    );
  // Check the ends of every range against the schema before any run.
  for (const values of [
    options.parameters.map((p) => p.low),
    options.parameters.map((p) => p.high),
  ])
    setScenarioValues(parsed, paths, values);
  return rows();

  function* rows(): Generator<SweepRow> {
    // Each point checks only the numbers it sets (see createScenarioPatcher); a policy
    // parameter among the paths is set before the policy is chosen, so it takes the slow route.
    const patchers = paths.some((p) => p.startsWith('foreignForce.policy'))
      ? null
      : resolved.map(({ policy, description }) =>
          description.spec
            ? createScenarioPatcher(withPolicy(parsed, description.spec), paths)
            : createScenarioPatcher(parsed, paths, { policy }),
        );
    for (let point = from; point < to; point++) {
      const values = points[point] as number[];
      const atPoint = patchers === null ? setScenarioValues(parsed, paths, values) : parsed;
      for (const [k, { policy, description }] of resolved.entries()) {
        const compiled =
          patchers !== null
            ? (patchers[k] as ScenarioPatcher).compile(values)
            : description.spec
              ? compileScenario(withPolicy(atPoint, description.spec))
              : compileScenario(atPoint, { policy });
        const head: Record<string, number | string | null> = { point, policy: description.label };
        paths.forEach((p, i) => {
          head[p] = values[i] as number;
        });
        const summaries = outcomes.map(() => new Summary());
        for (let r = 0; r < replicates; r++) {
          let row: Outcomes;
          try {
            row = runReplicate(compiled, seed, r);
          } catch (error) {
            throw new ReplicateError(seed, r, error);
          }
          if (perReplicate) {
            yield {
              ...head,
              seed: String(seed),
              replicate: r,
              ...Object.fromEntries(outcomes.map((o) => [o, row[o]])),
            };
          } else for (const [i, o] of outcomes.entries()) (summaries[i] as Summary).add(row[o]);
        }
        if (perReplicate) continue;
        const out: Record<string, number | string | null> = {
          ...head,
          seed: String(seed),
          replicates,
        };
        outcomes.forEach((o: OutcomeName, i) => {
          const g = describeGroup(
            (summaries[i] as Summary).toState(),
            PROPORTION_OUTCOMES.includes(o),
            0.95,
          );
          out[`${o}.mean`] = g.estimate;
          out[`${o}.low`] = g.low;
          out[`${o}.high`] = g.high;
        });
        yield out;
      }
    }
  }
}
