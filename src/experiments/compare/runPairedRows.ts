import { type CompiledScenario, compileScenario } from '../../model/compileScenario.js';
import type { Outcomes } from '../../model/outcomes.js';
import type { Scenario, ScenarioInput } from '../../scenario/Scenario.js';
import { runEnsemble } from '../runEnsemble.js';
import { withPolicy } from '../withPolicy.js';
import type { ResolvedPolicy } from './policyChoice.js';

/** What every policy of a paired experiment runs on. */
export interface PairedRunSettings {
  readonly seed: number | string;
  /** First replicate index. */
  readonly from: number;
  readonly replicates: number;
  /** Replicates per chunk (memory holds one chunk's rows per policy). */
  readonly chunk?: number;
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
 * Why: paired statistics need replicate r of every policy side by side. Rows are made a
 * chunk at a time, so memory stays flat in the replicate count.
 *
 * @param compiled - one compiled scenario per policy (compileForPolicies)
 * @param settings - seed, from, replicates, chunk, onProgress
 * @param visit - called once per replicate, in replicate order
 * @example
 * runPairedRows(compiled, { seed: 1, from: 0, replicates: 10 }, (r, rows) => {}); // => undefined
 */
export function runPairedRows(
  compiled: readonly CompiledScenario[],
  settings: PairedRunSettings,
  visit: (replicate: number, rows: readonly Outcomes[]) => void,
): void {
  const { seed, from, replicates, chunk = 500, onProgress } = settings;
  const total = replicates * compiled.length;
  let done = 0;
  for (let start = from; start < from + replicates; start += chunk) {
    const count = Math.min(chunk, from + replicates - start);
    const rows = compiled.map((c) => {
      const result = runEnsemble(c, { seed, from: start, replicates: count, keepRows: true });
      done += count;
      onProgress?.(done, total);
      return result.rows ?? [];
    });
    for (let i = 0; i < count; i++) {
      visit(
        start + i,
        rows.map((policyRows) => policyRows[i] as Outcomes),
      );
    }
  }
}
