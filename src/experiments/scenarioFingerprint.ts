import type { CompiledScenario } from '../model/compileScenario.js';
import { cyrb53 } from '../util/cyrb53.js';

/**
 * A short hash of a compiled scenario (its parsed JSON and its policy's name), recorded in
 * ensemble states so that shards of different scenarios are never merged by mistake.
 *
 * Reference: cyrb53 (see util/cyrb53); not cryptographic, only a guard against accidents.
 *
 * @param compiled - the compiled scenario
 * @returns 14 hex digits
 * @example
 * scenarioFingerprint(compileScenario(presets.restraint)).length; // => 14
 */
export function scenarioFingerprint(compiled: CompiledScenario): string {
  return cyrb53(`${JSON.stringify(compiled.scenario)}|${compiled.policy.meta.name}`);
}
