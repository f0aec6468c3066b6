import type { Scenario, ScenarioInput } from '../scenario/Scenario.js';
import type { PolicyChoice } from './compare/policyChoice.js';
import type { ParameterRange } from './sensitivity/ParameterRange.js';
import { prepareSweep } from './sweep/prepareSweep.js';

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
  const prepared = prepareSweep(scenario, options);
  const [from, to] = options.pointRange ?? [0, prepared.points];
  return prepared.rows(from, to);
}
