import type { CompiledScenario } from './compileScenario.js';
import { collectOutcomes, type Outcomes } from './outcomes.js';
import { createRunState } from './RunState.js';
import { replicateStreamSeed } from './replicateStreamSeed.js';
import { resetRunState } from './resetRunState.js';
import { simulateRun } from './simulateRun.js';

/**
 * Run one replicate and return its outcomes only, without building the event log: the
 * fast path for ensembles.
 *
 * Why: an ensemble needs millions of outcome rows and no logs. With the same seed and
 * replicate it gives exactly the outcomes `runScenario` gives, whatever order replicates
 * are run in, on whichever worker.
 *
 * Cost: O(attacks + strikes + daily checks), each O(militias) for the thinning step; on
 * `iraq-2020` under twice the cost of a bare loop of attacks plus tit-for-tat, from the
 * built package or the sources (`npm run bench -- model model-dist` measures both against
 * the bare loop in one run). One militia without a trace runs the specialised loop
 * (simulateOneMilitia), and the run state is reset for the next replicate, not rebuilt (the
 * compiled scenario keeps it: its `idleRun`). Replicates run in order are cheaper: the
 * next few replicates' streams are seeded together (seedFromAhead).
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
  const streamSeed = replicateStreamSeed(seed, replicate);
  // The state is taken from the scenario while it runs: a policy that itself runs the same
  // scenario (a custom function may) gets a fresh one, and a run that throws leaves none.
  const idle = compiled.idleRun;
  const reused = idle.state;
  idle.state = undefined;
  const state =
    reused === undefined
      ? createRunState(compiled, streamSeed, false, [])
      : resetRunState(reused, streamSeed, seed, replicate);
  const outcomes = collectOutcomes(state, simulateRun(state));
  idle.state = state;
  return outcomes;
}
