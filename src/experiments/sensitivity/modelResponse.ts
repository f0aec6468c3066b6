import { createScenarioPatcher } from '../../model/createScenarioPatcher.js';
import type { OutcomeName } from '../../model/outcomes.js';
import { runReplicate } from '../../model/runReplicate.js';
import type { Policy } from '../../policies/types.js';
import type { Scenario } from '../../scenario/Scenario.js';
import { ReplicateError } from '../ReplicateError.js';

/** The model as a function of parameter values, with the replicate values behind it. */
export type ModelResponse = (values: readonly number[]) => {
  /** The mean outcome over the replicates at these parameter values. */
  readonly mean: number;
  /** The outcome of replicates 0…R − 1, from which replicate noise is measured. */
  readonly replicates: Float64Array;
};

/**
 * Wrap the model as a deterministic function of parameter values for sweeps and sensitivity:
 * the mean of an outcome over replicates 0…R − 1 of one seed at every point — common random
 * numbers, so much of the replicate noise is shared by all points and cancels from the
 * differences the Morris and Jansen estimators are built on. The replicate values are
 * returned too, so that what remains can be measured (separateReplicateNoise).
 *
 * @param scenario - the parsed scenario
 * @param paths - the paths the values set, in order
 * @param options - outcome, replicates per point, seed, and a TypeScript policy if any
 * @returns the response function
 * @throws ScenarioPathError for a path that names no numeric field; ScenarioError when values
 *   break the schema (named by path); ReplicateError when a run fails
 * @example
 * const f = modelResponse(presets.restraint, ['militias.0.baseline'], { outcome: 'attacks', replicates: 10, seed: 1 });
 * f([0.05]).mean < f([0.1]).mean; // => true
 */
export function modelResponse(
  scenario: Scenario,
  paths: readonly string[],
  options: {
    readonly outcome: OutcomeName;
    readonly replicates: number;
    readonly seed: number | string;
    readonly policy?: Policy;
  },
): ModelResponse {
  const { outcome, replicates, seed, policy } = options;
  // Each point checks only the numbers it sets (see createScenarioPatcher).
  const patcher = createScenarioPatcher(scenario, paths, policy ? { policy } : {});
  return (values: readonly number[]) => {
    const compiled = patcher.compile(values);
    const ys = new Float64Array(replicates);
    let sum = 0;
    for (let r = 0; r < replicates; r++) {
      try {
        ys[r] = runReplicate(compiled, seed, r)[outcome] as number;
      } catch (error) {
        throw new ReplicateError(seed, r, error);
      }
      sum += ys[r] as number;
    }
    return { mean: sum / replicates, replicates: ys };
  };
}
