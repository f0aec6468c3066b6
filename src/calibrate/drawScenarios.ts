import { scenarioFingerprint } from '../experiments/scenarioFingerprint.js';
import type { CompiledScenario } from '../model/compileScenario.js';
import { createScenarioPatcher } from '../model/createScenarioPatcher.js';
import { createCategoricalSampler } from '../random/createCategoricalSampler.js';
import { createRng } from '../random/createRng.js';
import { setScenarioValues } from '../scenario/paths/setScenarioValues.js';
import { cyrb53 } from '../util/cyrb53.js';
import { checkParameterDraws, type ParameterDraws } from './ParameterDraws.js';

/** The scenario of each replicate when parameters are drawn from a posterior. */
export interface DrawnScenarios {
  /** The draw that replicate r of the ensemble with this seed uses. */
  drawFor(seed: number | string, replicate: number): number;
  /** The compiled scenario of draw i (compiled once, then cached). */
  compiled(draw: number): CompiledScenario;
  /** The base scenario's fingerprint with a hash of the draws: what merged parts must share. */
  readonly fingerprint: string;
}

/**
 * Prepare a scenario to integrate over parameter draws: replicate r draws its parameter set
 * from the stream `${seed}/${r}/parameters`, by weight, so the choice depends only on the
 * seed and the replicate (never on workers, shards or order), and the scenario of each draw
 * is checked (createScenarioPatcher) and compiled once. The compiled policy is kept (a TypeScript policy too)
 * unless a draw sets policy parameters (`foreignForce.policy.params.*`): then the policy is
 * rebuilt from the scenario's policy spec.
 *
 * @param base - the compiled scenario whose parameters the draws replace
 * @param draws - the parameter draws (a posterior)
 * @returns the per-replicate chooser and the compiled scenarios
 * @throws ScenarioPathError for a path that names no numeric field; ScenarioError when a
 *   draw breaks the schema; RangeError for malformed draws
 * @example
 * const drawn = drawScenarios(compileScenario(presets.restraint),
 *   { paths: ['militias.0.baseline'], draws: [[0.1], [0.2]] });
 * drawn.compiled(drawn.drawFor(1, 0)).baseline.length; // => 1
 */
export function drawScenarios(base: CompiledScenario, draws: ParameterDraws): DrawnScenarios {
  const weights = checkParameterDraws(draws);
  const pick = createCategoricalSampler(weights);
  const policyDrawn = draws.paths.some((p) => p.startsWith('foreignForce.policy'));
  const cache = new Map<number, CompiledScenario>();
  // Check every path once, up front, so a misspelt one fails before any replicate runs.
  setScenarioValues(base.scenario, draws.paths, draws.draws[0] as readonly number[]);
  // Drawn policy parameters rebuild the policy from the scenario's spec; otherwise the
  // compiled policy (perhaps a TypeScript one) is kept.
  const patcher = createScenarioPatcher(
    base.scenario,
    draws.paths,
    policyDrawn ? {} : { policy: base.policy },
  );
  return {
    fingerprint: `${scenarioFingerprint(base)}+${cyrb53(JSON.stringify([draws.paths, draws.draws, weights]))}`,
    drawFor: (seed, replicate) => pick(createRng(`${seed}/${replicate}/parameters`)),
    compiled(i) {
      let compiled = cache.get(i);
      if (compiled === undefined) {
        compiled = patcher.compile(draws.draws[i] ?? []);
        cache.set(i, compiled);
      }
      return compiled;
    },
  };
}
