import type { CompiledScenario } from '../model/compileScenario.js';
import { requireObject } from '../util/requireArgument.js';
import { LIBRARY_VERSION } from '../version.js';
import { scenarioFingerprint } from './scenarioFingerprint.js';

/** What made a result: enough to reproduce it, and to tell an edited scenario from a preset. */
export interface RunProvenance {
  readonly software: 'escalation-sim';
  /** The library version (`LIBRARY_VERSION`). */
  readonly version: string;
  /** The scenario's name as written (an edited copy of a preset keeps the preset's name). */
  readonly scenario: string;
  /** Hash of the scenario as run and its policy (`scenarioFingerprint`): differs after any edit. */
  readonly fingerprint: string;
  /** The policy that ran, with the specification it was built from (null for a TypeScript policy). */
  readonly policy: { readonly name: string; readonly spec: unknown };
  readonly seed: number | string;
  /** Replicates run, and the first replicate index. */
  readonly replicates: number;
  readonly from: number;
}

/**
 * The provenance record of an ensemble (or of one run: replicates 1).
 *
 * Why: every output says what made it, so a table found in a folder months later can be
 * reproduced and is never mistaken for another scenario's.
 *
 * @param compiled - the compiled scenario that ran
 * @param seed - the master seed
 * @param from - the first replicate index
 * @param replicates - how many replicates
 * @param fingerprint - the ensemble state's fingerprint (differs from the scenario's own when
 *   parameters were drawn from a posterior); by default the compiled scenario's
 * @returns the provenance record
 * @example
 * ensembleProvenance(compileScenario(presets.restraint), 1, 0, 10).policy.name; // => 'restraint'
 */
export function ensembleProvenance(
  compiled: CompiledScenario,
  seed: number | string,
  from: number,
  replicates: number,
  fingerprint?: string,
): RunProvenance {
  requireObject('compiled', compiled, 'a compiled scenario (compileScenario(scenario))');
  requireObject('compiled.policy', compiled.policy, 'a compiled scenario with its policy');
  const name = compiled.policy.meta.name;
  const spec = compiled.scenario.foreignForce.policy;
  return {
    software: 'escalation-sim',
    version: LIBRARY_VERSION,
    scenario: compiled.scenario.name,
    fingerprint: fingerprint ?? scenarioFingerprint(compiled),
    policy: { name, spec: (spec as { name?: string }).name === name ? spec : null },
    seed,
    replicates,
    from,
  };
}

/**
 * The policy of a provenance record as one cell of text: its name, then its specification's
 * parameters as JSON when it has any.
 *
 * @param provenance - a provenance record
 * @returns e.g. `titForTat {"respondTo":"every","delayDays":1,"targets":3,"care":0.1}`
 * @example
 * policyText(ensembleProvenance(compileScenario(presets.restraint), 1, 0, 1)); // => 'restraint'
 */
export function policyText(provenance: RunProvenance): string {
  requireObject('provenance', provenance, 'a provenance record (runEnsemble(…).provenance)');
  requireObject('provenance.policy', provenance.policy, 'a provenance record with its policy');
  const { spec, name } = provenance.policy;
  const { name: _, ...rest } = (spec ?? {}) as Record<string, unknown>;
  const params = 'params' in rest ? rest.params : rest;
  const text = JSON.stringify(params ?? {});
  return text === '{}' ? name : `${name} ${text}`;
}
