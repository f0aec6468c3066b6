import { type DrawnScenarios, drawScenarios } from '../../calibrate/drawScenarios.js';
import type { ParameterDraws } from '../../calibrate/ParameterDraws.js';
import { type CompiledScenario, compileScenario } from '../../model/compileScenario.js';
import type { Outcomes } from '../../model/outcomes.js';
import { runReplicate } from '../../model/runReplicate.js';
import type { Scenario, ScenarioInput } from '../../scenario/Scenario.js';
import { ReplicateError } from '../ReplicateError.js';
import { withPolicy } from '../withPolicy.js';
import type { ResolvedPolicy } from './policyChoice.js';

/** What every policy of a paired experiment runs on. */
export interface PairedRunSettings {
  readonly seed: number | string;
  /** First replicate index. */
  readonly from: number;
  readonly replicates: number;
  /** Integrate over these parameter draws (see runEnsemble's `posterior`). */
  readonly posterior?: ParameterDraws;
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * Compile a scenario once per policy: the scenario's own fields with each policy swapped in.
 *
 * @param scenario - the scenario
 * @param policies - the resolved policies
 * @returns one compiled scenario per policy, in order
 * @example
 * compileForPolicies(presets.restraint, resolvePolicyChoices(['titForTat'])).length; // => 1
 */
export function compileForPolicies(
  scenario: Scenario | ScenarioInput,
  policies: readonly ResolvedPolicy[],
): CompiledScenario[] {
  return policies.map(({ policy, description }) =>
    description.spec === undefined
      ? compileScenario(scenario, { policy })
      : compileScenario(withPolicy(scenario, description.spec)),
  );
}

/**
 * Run replicates [from, from + replicates) under every policy on common random numbers and
 * hand each replicate's outcome rows (one per policy, in policy order) to `visit`.
 *
 * Why: paired statistics need replicate r of every policy side by side; memory stays flat
 * in the replicate count. With a posterior, replicate r of every policy runs with the same
 * parameter draw (chosen from the seed and r, as runEnsemble does), whose index `visit` gets.
 *
 * @param compiled - one compiled scenario per policy (compileForPolicies)
 * @param settings - seed, from, replicates, posterior, onProgress
 * @param visit - called once per replicate, in replicate order
 * @throws ReplicateError naming the replicate when a run fails
 * @example
 * const compiled = compileForPolicies(presets.restraint, resolvePolicyChoices(['restraint', 'titForTat']));
 * runPairedRows(compiled, { seed: 1, from: 0, replicates: 2 }, () => {}); // => undefined
 */
export function runPairedRows(
  compiled: readonly CompiledScenario[],
  settings: PairedRunSettings,
  visit: (replicate: number, rows: readonly Outcomes[], draw: number) => void,
): void {
  const { seed, from, replicates, posterior, onProgress } = settings;
  const drawn = posterior === undefined ? null : compiled.map((c) => drawScenarios(c, posterior));
  const every = Math.max(1, Math.ceil(replicates / 100));
  for (let r = from; r < from + replicates; r++) {
    const draw = drawn === null ? -1 : (drawn[0] as DrawnScenarios).drawFor(seed, r);
    const rows = compiled.map((c, p) => {
      try {
        return runReplicate(
          drawn === null ? c : (drawn[p] as DrawnScenarios).compiled(draw),
          seed,
          r,
        );
      } catch (error) {
        throw new ReplicateError(seed, r, error);
      }
    });
    visit(r, rows, draw);
    const done = r - from + 1;
    if (onProgress && (done % every === 0 || done === replicates)) onProgress(done, replicates);
  }
}
