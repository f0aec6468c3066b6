import { isCompiledScenario } from '../../model/compileScenario.js';

/**
 * Refuse a compiled scenario before it is sent to worker threads: it may carry a TypeScript
 * policy (a function), which cannot cross to another thread.
 *
 * @param scenario - what the caller passed as the scenario
 * @throws RangeError saying what to do instead
 * @example
 * requireScenarioData(presets.restraint); // => undefined
 */
export function requireScenarioData(scenario: unknown): void {
  if (isCompiledScenario(scenario)) {
    throw new RangeError(
      'scenario must be a scenario (JSON data), not a compiled one: a compiled scenario may carry a TypeScript policy, which cannot be sent to a worker thread; run it with runEnsemble, or describe the policy as an expression policy',
    );
  }
}
