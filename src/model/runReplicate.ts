import type { CompiledScenario } from './compileScenario.js';
import { collectOutcomes, type Outcomes } from './outcomes.js';
import { createRunState } from './RunState.js';
import { replicateStreamSeed } from './replicateStreamSeed.js';
import { simulateRun } from './simulateRun.js';

/**
 * Run one replicate and return its outcomes only, without building the event log: the
 * fast path for ensembles.
 *
 * Why: an ensemble needs millions of outcome rows and no logs. With the same seed and
 * replicate it gives exactly the outcomes `runScenario` gives, whatever order replicates
 * are run in, on whichever worker.
 *
 * Cost: O(attacks + strikes + daily checks), each O(militias) for the thinning step; about
 * 2.9 times the cost of a bare loop of attacks plus tit-for-tat on `iraq-2020`
 * (bench/modelBench.ts measures both in one run).
 *
 * @param compiled - from compileScenario
 * @param seed - the master seed
 * @param replicate - the replicate index (an integer ≥ 0)
 * @returns the outcome row
 * @throws RangeError for an invalid seed or replicate, or an invalid action from the policy
 * @example
 * const compiled = compileScenario(presets['iraq-2020']);
 * runReplicate(compiled, 42, 0).attacks; // => 46 (≈ 40 on average: expulsions end some years early)
 */
export function runReplicate(
  compiled: CompiledScenario,
  seed: number | string,
  replicate: number,
): Outcomes {
  const state = createRunState(compiled, replicateStreamSeed(seed, replicate), false, []);
  return collectOutcomes(state, simulateRun(state));
}
