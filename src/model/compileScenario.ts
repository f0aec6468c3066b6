import { resolvePolicy } from '../policies/PolicySpec.js';
import type { Policy } from '../policies/types.js';
import {
  type CategoricalTable,
  createCategoricalTable,
} from '../random/createCategoricalSampler.js';
import { defineScenario } from '../scenario/defineScenario.js';
import type { Scenario, ScenarioInput } from '../scenario/Scenario.js';
import { createSalvoTable, type SalvoTable } from './createSalvoSampler.js';
import { checkImposedStrikes, type ImposedStrike } from './ImposedStrike.js';
import type { RunState } from './RunState.js';

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
  /** `/militia:<id>/` per militia: the part of its streams' seed paths after `seed/replicate`. */
  readonly militiaStreamPaths: readonly string[];
  readonly baseIds: readonly string[];
  readonly baseline: Float64Array;
  readonly decay: Float64Array;
  /**
   * For each militia m, the sources k with n_mk > 0 in increasing order, and n_mk beside
   * them (n_mk: expected attacks by m directly triggered by one attack of k). Sparse, so a
   * scenario of many militias without cross-excitation costs O(M), not O(M²).
   */
  readonly sources: readonly Int32Array[];
  readonly sourceWeights: readonly Float64Array[];
  /** For each source k, the militias m with n_mk > 0 (whose bound an attack of k raises). */
  readonly excites: readonly Int32Array[];
  readonly strikeResponse: Float64Array;
  readonly hostDeathResponse: Float64Array;
  readonly responseDecay: Float64Array;
  readonly lossPerHit: Float64Array;
  readonly recovery: Float64Array;
  /** Each militia's salvo sizes (see createSalvoSampler; drawn by drawSalvo). */
  readonly salvos: readonly SalvoTable[];
  /** Each militia's target weights over the bases (drawn by invertCategorical). */
  readonly targets: readonly CategoricalTable[];
  readonly foreignPersonnel: Int32Array;
  readonly hostPersonnel: Int32Array;
  /** Per base: probability a rocket lands on a populated spot, hitProbability·(1 − protection); 0 where nobody is exposed. */
  readonly hitPerRocket: Float64Array;
  /** Per base: probability a hit falls among foreign personnel, F/(F + hostExposure·H). */
  readonly foreignShareOfHits: Float64Array;
  /** Per base: log(1 − hitPerRocket), so P(no hit in R rockets) = e^{R·log}. */
  readonly logMissPerRocket: Float64Array;
  /**
   * P(no hit in R rockets) = e^{R·logMissPerRocket[b]} at index b·NO_HIT_TABLE + R for
   * R < NO_HIT_TABLE, filled on first use (0 until then: the value is always > 0 where used).
   * A cache: every salvo size is one exponential per scenario instead of one per attack.
   */
  readonly noHitCache: Float64Array;
  /**
   * Strike losses' P(0) = e^{−mean} as pairs [mean, e^{−mean}] at 2k: for the fighters
   * killed on k occupied sites, and for the host killed on k co-located sites (whose mean
   * also varies with care and intelligence, hence the mean beside it). Caches (see
   * handleStrike), filled on use.
   */
  readonly fightersZeroCache: Float64Array;
  readonly hostZeroCache: Float64Array;
  /** Mean and negative-binomial dispersion of the people one hit harms, and the share killed. */
  readonly victimsPerHit: number;
  readonly victimDispersion: number;
  readonly lethality: number;
  /** (k/(k + v))^k: the probability one hit harms nobody; and v/(k + v), the NB ratio. */
  readonly noVictimsPerHit: number;
  readonly victimRatio: number;
  readonly policy: Policy;
  /**
   * True when the policy is deterministic and reads only `trigger` and `attack`: its
   * observation on every daily check is the same, so is its decision, and once it has held
   * the engine skips the remaining daily checks (same results, less work).
   */
  readonly dailyDecisionIsConstant: boolean;
  /**
   * Whether the policy reads the histories (`attacks` or `strikes`); when it does not, runs
   * without an event log skip building them (see createRunState).
   */
  readonly policyReadsHistory: boolean;
  /** Attacks after which the run stops, and whether the scenario asked for it. */
  readonly cap: number;
  readonly capIsExplicit: boolean;
  /** Strikes every run lands at fixed times, whatever the policy decides (calibration's replay). */
  readonly imposedStrikes: readonly ImposedStrike[];
  /**
   * The finished run state runReplicate resets for this scenario's next replicate (none
   * while a run holds it). Held by the scenario itself, not in a WeakMap keyed by it: V8's
   * minor collections keep a WeakMap's values alive whatever becomes of their keys, so the
   * one-replicate states of a sweep's points were promoted to the old generation (15 KB a
   * point) where only a full collection freed them. Here a state dies with its scenario.
   * Internal: the engine's, not part of the scenario.
   *
   * @hidden
   */
  readonly idleRun: { state: RunState | undefined };
}

/** Salvo sizes per base whose probability of no hit compiled scenarios cache. */
export const NO_HIT_TABLE = 64;

/** Sites struck per strike up to which strike losses' P(0) is cached. */
export const STRIKE_ZERO_TABLE = 32;

/** Every object compileScenario made: a JSON file cannot forge membership. */
const compiledScenarios = new WeakSet<object>();

/**
 * Whether a value is a scenario compiled by `compileScenario` (not a look-alike object with
 * the same keys, which is validated as a scenario like any other input).
 *
 * @param value - any value
 * @returns true only for objects `compileScenario` returned
 * @example
 * isCompiledScenario({ ...compileScenario(presets.restraint) }); // => false
 */
export function isCompiledScenario(value: unknown): value is CompiledScenario {
  return typeof value === 'object' && value !== null && compiledScenarios.has(value);
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
  options: CompileOptions = {},
): CompiledScenario {
  return compileValidScenario(defineScenario(scenario), options);
}

/** Options of compileScenario: a Policy object instead of the spec, and imposed strikes. */
export interface CompileOptions {
  readonly policy?: Policy;
  readonly imposedStrikes?: readonly ImposedStrike[];
}

/**
 * compileScenario without validating again: for a scenario that `defineScenario` returned,
 * or one that createScenarioPatcher checked field by field after setting numbers in one.
 * Only library code calls it; user input always goes through compileScenario.
 *
 * @param s - a complete scenario that obeys every rule of the schema
 * @param options - as for compileScenario
 * @param previous - a scenario compiled with the same options whose parts (salvo and target
 *   samplers, the resolved policy) are reused where `s` shares the objects they were made from
 * @returns the compiled scenario (marked as compiled)
 * @example
 * compileValidScenario(defineScenario(presets.restraint)).horizon; // => 365
 */
export function compileValidScenario(
  s: Scenario,
  options: CompileOptions = {},
  previous?: CompiledScenario,
): CompiledScenario {
  const before = previous?.scenario;
  const imposedStrikes = options.imposedStrikes ?? [];
  checkImposedStrikes(imposedStrikes, s.horizonDays, s.militias.length);
  const militias = s.militias;
  const bases = s.foreignForce.bases;
  const { sources, sourceWeights, excites } = excitation(s);
  const column = (f: (m: (typeof militias)[number]) => number) => Float64Array.from(militias, f);
  const force = s.foreignForce;
  const policy =
    options.policy ??
    (previous !== undefined && before?.foreignForce.policy === s.foreignForce.policy
      ? previous.policy
      : resolvePolicy(s.foreignForce.policy));
  const compiled: CompiledScenario = Object.freeze({
    scenario: s,
    horizon: s.horizonDays,
    startMs: Date.parse(s.start),
    militiaIds: militias.map((m) => m.id),
    militiaStreamPaths: militias.map((m) => `/militia:${m.id}/`),
    baseIds: bases.map((b) => b.id),
    baseline: column((m) => m.baseline),
    decay: column((m) => m.decay),
    sources,
    sourceWeights,
    excites,
    strikeResponse: column((m) => m.strikeResponse),
    hostDeathResponse: column((m) => m.hostDeathResponse),
    responseDecay: column((m) => m.strikeResponseDecay),
    lossPerHit: column((m) => m.capabilityLossPerHit),
    recovery: column((m) => m.recoveryRate),
    // Samplers hold no per-run state: one made from the same objects serves both.
    salvos: militias.map((m, i) =>
      before?.militias[i]?.rockets === m.rockets
        ? (previous?.salvos[i] as SalvoTable)
        : createSalvoTable(m.rockets),
    ),
    targets: militias.map((m, i) =>
      before?.foreignForce.bases === bases &&
      before.militias[i]?.targetWeights === m.targetWeights &&
      before.militias[i] !== undefined
        ? (previous?.targets[i] as CategoricalTable)
        : createCategoricalTable(
            bases.map((b) => (m.targetWeights ? (m.targetWeights[b.id] ?? 0) : 1)),
          ),
    ),
    foreignPersonnel: Int32Array.from(bases, (b) => b.foreignPersonnel),
    hostPersonnel: Int32Array.from(bases, (b) => b.hostPersonnel),
    // Nobody exposed, nobody hurt: a zero hit rate avoids a 0/0 share.
    hitPerRocket: Float64Array.from(bases, (b) =>
      exposed(b) > 0 ? force.hitProbability * (1 - b.protection) : 0,
    ),
    foreignShareOfHits: Float64Array.from(bases, (b) =>
      exposed(b) > 0 ? b.foreignPersonnel / exposed(b) : 0,
    ),
    logMissPerRocket: Float64Array.from(bases, (b) =>
      exposed(b) > 0 ? Math.log1p(-force.hitProbability * (1 - b.protection)) : 0,
    ),
    noHitCache: new Float64Array(bases.length * NO_HIT_TABLE),
    fightersZeroCache: new Float64Array(2 * STRIKE_ZERO_TABLE),
    hostZeroCache: new Float64Array(2 * STRIKE_ZERO_TABLE),
    victimsPerHit: force.victimsPerHit,
    noVictimsPerHit: Math.exp(
      -force.victimDispersion * Math.log1p(force.victimsPerHit / force.victimDispersion),
    ),
    victimRatio: force.victimsPerHit / (force.victimDispersion + force.victimsPerHit),
    victimDispersion: force.victimDispersion,
    lethality: force.lethality,
    policy,
    dailyDecisionIsConstant:
      !policy.meta.stochastic && policy.meta.reads.every((f) => f === 'attack' || f === 'trigger'),
    policyReadsHistory: policy.meta.reads.some((f) => f === 'attacks' || f === 'strikes'),
    cap: s.maxEvents ?? SAFETY_EVENT_CAP,
    capIsExplicit: s.maxEvents !== undefined,
    imposedStrikes,
    idleRun: { state: undefined },
  });
  compiledScenarios.add(compiled);
  return compiled;
}

/** F + hostExposure·H: the exposure-weighted people a hit can fall among. */
function exposed(base: {
  foreignPersonnel: number;
  hostPersonnel: number;
  hostExposure: number;
}): number {
  return base.foreignPersonnel + base.hostExposure * base.hostPersonnel;
}

/** The branching structure as sparse lists, in one pass over the diagonal or the matrix. */
function excitation(s: Scenario): {
  sources: Int32Array[];
  sourceWeights: Float64Array[];
  excites: Int32Array[];
} {
  const size = s.militias.length;
  const sources: Int32Array[] = [];
  const sourceWeights: Float64Array[] = [];
  const targets: number[][] = Array.from({ length: size }, () => []);
  s.militias.forEach((m, i) => {
    const ks: number[] = [];
    const ws: number[] = [];
    const add = (k: number, n: number) => {
      if (!(n > 0)) return;
      ks.push(k);
      ws.push(n);
      (targets[k] as number[]).push(i);
    };
    // Without a cross-excitation matrix only the diagonal can be non-zero.
    const row = s.crossExcitation?.[i];
    if (row === undefined) add(i, m.branchingRatio);
    else for (let k = 0; k < size; k++) add(k, i === k ? m.branchingRatio : (row[k] ?? 0));
    sources.push(Int32Array.from(ks));
    sourceWeights.push(Float64Array.from(ws));
  });
  return { sources, sourceWeights, excites: targets.map((t) => Int32Array.from(t)) };
}
