import { compileScenario } from '../../model/compileScenario.js';
import { createScenarioPatcher, type ScenarioPatcher } from '../../model/createScenarioPatcher.js';
import type { Outcomes } from '../../model/outcomes.js';
import { runReplicate } from '../../model/runReplicate.js';
import { createRng } from '../../random/createRng.js';
import { defineScenario } from '../../scenario/defineScenario.js';
import { setScenarioValues } from '../../scenario/paths/setScenarioValues.js';
import type { Scenario, ScenarioInput } from '../../scenario/Scenario.js';
import { checkOptionNames } from '../../util/checkOptionNames.js';
import { describeGroup } from '../compare/describeGroup.js';
import { checkOutcomeNames, PROPORTION_OUTCOMES } from '../compare/outcomeKinds.js';
import { resolvePolicyChoices } from '../compare/policyChoice.js';
import { ReplicateError } from '../ReplicateError.js';
import { checkParameterRanges } from '../sensitivity/ParameterRange.js';
import { Summary } from '../summaries/Summary.js';
import type { SweepOptions, SweepRow } from '../sweep.js';
import { withPolicy } from '../withPolicy.js';
import { designPoints } from './designPoints.js';
import { DEFAULT_SWEEP_OUTCOMES } from './sweepColumns.js';

/** A sweep checked and ready to run any range of its design points. */
export interface PreparedSweep {
  /** Design points in the whole sweep. */
  readonly points: number;
  /**
   * The rows of design points [from, to), in order (iterate once).
   * @throws RangeError for a range outside [0, points]
   */
  rows(from: number, to: number): Generator<SweepRow>;
}

/**
 * Check a sweep and prepare it to run ranges of design points: the design, the checks and
 * the compiled scenario of each policy are made once, however many ranges run.
 *
 * Why: a worker thread runs many parts of one sweep; making the design (O(points)) and the
 * scenario patchers again for each part would cost more than small parts themselves.
 *
 * @param scenario - the scenario
 * @param options - as sweep's (pointRange is ignored here)
 * @returns the number of design points and the range runner
 * @throws as sweep
 * @example
 * const prepared = prepareSweep(presets.restraint, { parameters: [{ path: 'militias.0.baseline', low: 0.05, high: 0.1 }], design: 'grid', points: 3, replicates: 2, seed: 1 });
 * [...prepared.rows(1, 3)].map((r) => r.point); // => [1, 2]
 */
export function prepareSweep(
  scenario: Scenario | ScenarioInput,
  options: SweepOptions,
): PreparedSweep {
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
  const outcomes = checkOutcomeNames(options.outcomes ?? DEFAULT_SWEEP_OUTCOMES, 'outcomes');
  const resolved = resolvePolicyChoices(options.policies ?? [parsed.foreignForce.policy as never]);
  const paths = options.parameters.map((p) => p.path);
  const design = designPoints(
    options.parameters,
    options.design,
    options.points,
    createRng(seed).fork('sweep-design'),
  );
  const seedText = String(seed);
  const summaryColumns = outcomes.map((o) => [`${o}.mean`, `${o}.low`, `${o}.high`] as const);
  // Check the ends of every range against the schema before any run.
  for (const values of [
    options.parameters.map((p) => p.low),
    options.parameters.map((p) => p.high),
  ])
    setScenarioValues(parsed, paths, values);
  // Each point checks only the numbers it sets (see createScenarioPatcher); a policy
  // parameter among the paths is set before the policy is chosen, so it takes the slow route.
  // Made on first use, once for every range.
  let patchers: (ScenarioPatcher | undefined)[] | null | undefined;
  const patcher = (k: number): ScenarioPatcher | null => {
    patchers ??= paths.some((p) => p.startsWith('foreignForce.policy'))
      ? null
      : resolved.map(() => undefined);
    if (patchers === null) return null;
    const { policy, description } = resolved[k] as (typeof resolved)[number];
    patchers[k] ??= description.spec
      ? createScenarioPatcher(withPolicy(parsed, description.spec), paths)
      : createScenarioPatcher(parsed, paths, { policy });
    return patchers[k] as ScenarioPatcher;
  };
  return { points: design.count, rows };

  function rows(from: number, to: number): Generator<SweepRow> {
    if (
      !(
        Number.isSafeInteger(from) &&
        Number.isSafeInteger(to) &&
        from >= 0 &&
        from <= to &&
        to <= design.count
      )
    )
      throw new RangeError(
        `pointRange must be [from, to] with 0 <= from <= to <= ${design.count}, received [${from}, ${to}]`,
      );
    return generate(from, to);
  }

  // A row starts with the point, the policy, the values and the seed, and is filled key by
  // key in one order. Why not `{ ...head, seed, ... }`: V8 then leaves about 2 KB per row in
  // the old generation, which only a full collection frees, so the heap grew with the points.
  function startRow(
    point: number,
    policy: string,
    values: readonly number[],
  ): Record<string, number | string | null> {
    const row: Record<string, number | string | null> = { point, policy };
    for (const [i, p] of paths.entries()) row[p] = values[i] as number;
    row.seed = seedText;
    return row;
  }

  function* generate(from: number, to: number): Generator<SweepRow> {
    for (let point = from; point < to; point++) {
      const values = design.at(point);
      const fast = patcher(0) !== null;
      const atPoint = fast ? parsed : setScenarioValues(parsed, paths, values);
      for (const [k, { policy, description }] of resolved.entries()) {
        const compiled = fast
          ? (patcher(k) as ScenarioPatcher).compile(values)
          : description.spec
            ? compileScenario(withPolicy(atPoint, description.spec))
            : compileScenario(atPoint, { policy });
        const summaries = outcomes.map(() => new Summary());
        for (let r = 0; r < replicates; r++) {
          let outcome: Outcomes;
          try {
            outcome = runReplicate(compiled, seed, r);
          } catch (error) {
            throw new ReplicateError(seed, r, error);
          }
          if (perReplicate) {
            const row = startRow(point, description.label, values);
            row.replicate = r;
            for (const o of outcomes) row[o] = outcome[o];
            yield row;
          } else for (const [i, o] of outcomes.entries()) (summaries[i] as Summary).add(outcome[o]);
        }
        if (perReplicate) continue;
        const row = startRow(point, description.label, values);
        row.replicates = replicates;
        for (const [i, o] of outcomes.entries()) {
          const g = describeGroup(
            (summaries[i] as Summary).toState(),
            PROPORTION_OUTCOMES.includes(o),
            0.95,
          );
          const [mean, low, high] = summaryColumns[i] as (typeof summaryColumns)[number];
          row[mean] = g.estimate;
          row[low] = g.low;
          row[high] = g.high;
        }
        yield row;
      }
    }
  }
}
