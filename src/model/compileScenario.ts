import { resolvePolicy } from '../policies/PolicySpec.js';
import type { Policy } from '../policies/types.js';
import {
  type CategoricalSampler,
  createCategoricalSampler,
} from '../random/createCategoricalSampler.js';
import { defineScenario } from '../scenario/defineScenario.js';
import type { Scenario, ScenarioInput } from '../scenario/Scenario.js';
import { checkImposedStrikes, type ImposedStrike } from './ImposedStrike.js';

/** Attacks after which a run without `maxEvents` stops anyway (a policy feedback loop can explode). */
export const SAFETY_EVENT_CAP = 100_000;

/**
 * A scenario prepared for many fast runs: validated once, parameters in typed arrays (index
 * = militia or base in scenario order), target samplers built and the policy resolved.
 * Treat it as read-only; it holds no per-run state, so one compiled scenario serves any
 * number of replicates.
 */
export interface CompiledScenario {
  readonly scenario: Scenario;
  readonly horizon: number;
  /** `start` in milliseconds since the epoch (UTC). */
  readonly startMs: number;
  readonly militiaIds: readonly string[];
  readonly baseIds: readonly string[];
  readonly baseline: Float64Array;
  readonly decay: Float64Array;
  /** n_mk at [m·M + k]: expected attacks by militia m directly triggered by one attack of k. */
  readonly branching: Float64Array;
  /** For each source k, the militias m with n_mk > 0 (whose bound an attack of k raises). */
  readonly excites: readonly Int32Array[];
  readonly strikeResponse: Float64Array;
  readonly hostDeathResponse: Float64Array;
  readonly responseDecay: Float64Array;
  readonly lossPerHit: Float64Array;
  readonly recovery: Float64Array;
  /** Rockets beyond the first: mean − 1 (an attack fires 1 + NB(mean − 1, dispersion)). */
  readonly extraRocketMean: Float64Array;
  readonly rocketDispersion: Float64Array;
  readonly pickTarget: readonly CategoricalSampler[];
  readonly foreignPersonnel: Int32Array;
  readonly hostPersonnel: Int32Array;
  /** Per base: probability a rocket kills one person there, after protection. */
  readonly killPerRocket: Float64Array;
  /** Per base: probability a rocket that did not kill wounds one person, after protection. */
  readonly woundPerSurvivingRocket: Float64Array;
  /** Per base: share of the personnel present who are foreign. */
  readonly foreignShare: Float64Array;
  readonly policy: Policy;
  /**
   * True when the policy is deterministic and reads only `trigger` and `attack`: its
   * observation on every daily check is the same, so is its decision, and once it has held
   * the engine skips the remaining daily checks (same results, less work).
   */
  readonly dailyDecisionIsConstant: boolean;
  /** Attacks after which the run stops, and whether the scenario asked for it. */
  readonly cap: number;
  readonly capIsExplicit: boolean;
  /** Strikes every run lands at fixed times, whatever the policy decides (calibration's replay). */
  readonly imposedStrikes: readonly ImposedStrike[];
}

/**
 * Validate a scenario and prepare it for fast repeated runs.
 *
 * Why: `runReplicate` is called millions of times in ensembles; parsing, policy
 * resolution and sampler set-up happen here once instead.
 *
 * @param scenario - a scenario (parsed or not; it is validated again)
 * @param options - `policy`: a Policy object (e.g. from `customPolicy`, a TypeScript
 *   function) used instead of the scenario's policy spec; `imposedStrikes`: strikes every run
 *   lands at fixed times besides the policy's own (how calibration replays a record)
 * @returns the compiled scenario
 * @throws ScenarioError when the scenario is invalid (every problem with its path)
 * @example
 * const compiled = compileScenario(presets['iraq-2020']);
 * compiled.militiaIds; // => ['kataib-hezbollah']
 */
export function compileScenario(
  scenario: Scenario | ScenarioInput,
  options: { readonly policy?: Policy; readonly imposedStrikes?: readonly ImposedStrike[] } = {},
): CompiledScenario {
  const s = defineScenario(scenario);
  const imposedStrikes = options.imposedStrikes ?? [];
  checkImposedStrikes(imposedStrikes, s.horizonDays, s.militias.length);
  const militias = s.militias;
  const bases = s.foreignForce.bases;
  const size = militias.length;
  const branching = new Float64Array(size * size);
  militias.forEach((m, i) => {
    for (let k = 0; k < size; k++) {
      branching[i * size + k] = i === k ? m.branchingRatio : (s.crossExcitation?.[i]?.[k] ?? 0);
    }
  });
  const excites = militias.map((_, k) =>
    Int32Array.from(militias.keys()).filter((i) => (branching[i * size + k] as number) > 0),
  );
  const column = (f: (m: (typeof militias)[number]) => number) => Float64Array.from(militias, f);
  const { killProbability: kill, woundProbability: wound } = s.foreignForce;
  const policy = options.policy ?? resolvePolicy(s.foreignForce.policy);
  return {
    scenario: s,
    horizon: s.horizonDays,
    startMs: Date.parse(s.start),
    militiaIds: militias.map((m) => m.id),
    baseIds: bases.map((b) => b.id),
    baseline: column((m) => m.baseline),
    decay: column((m) => m.decay),
    branching,
    excites,
    strikeResponse: column((m) => m.strikeResponse),
    hostDeathResponse: column((m) => m.hostDeathResponse),
    responseDecay: column((m) => m.strikeResponseDecay),
    lossPerHit: column((m) => m.capabilityLossPerHit),
    recovery: column((m) => m.recoveryRate),
    extraRocketMean: column((m) => m.rockets.mean - 1),
    rocketDispersion: column((m) => m.rockets.dispersion),
    pickTarget: militias.map((m) =>
      createCategoricalSampler(
        bases.map((b) => (m.targetWeights ? (m.targetWeights[b.id] ?? 0) : 1)),
      ),
    ),
    foreignPersonnel: Int32Array.from(bases, (b) => b.foreignPersonnel),
    hostPersonnel: Int32Array.from(bases, (b) => b.hostPersonnel),
    // Nobody present, nobody hurt: zero rates avoid a 0/0 share.
    killPerRocket: Float64Array.from(bases, (b) => (present(b) ? kill * (1 - b.protection) : 0)),
    woundPerSurvivingRocket: Float64Array.from(bases, (b) => {
      const killed = kill * (1 - b.protection);
      return present(b) && killed < 1 ? (wound * (1 - b.protection)) / (1 - killed) : 0;
    }),
    foreignShare: Float64Array.from(bases, (b) =>
      present(b) ? b.foreignPersonnel / (b.foreignPersonnel + b.hostPersonnel) : 0,
    ),
    policy,
    dailyDecisionIsConstant:
      !policy.meta.stochastic && policy.meta.reads.every((f) => f === 'attack' || f === 'trigger'),
    cap: s.maxEvents ?? SAFETY_EVENT_CAP,
    capIsExplicit: s.maxEvents !== undefined,
    imposedStrikes,
  };
}

function present(base: { foreignPersonnel: number; hostPersonnel: number }): boolean {
  return base.foreignPersonnel + base.hostPersonnel > 0;
}
