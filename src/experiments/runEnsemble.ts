import { drawScenarios } from '../calibrate/drawScenarios.js';
import type { ParameterDraws } from '../calibrate/ParameterDraws.js';
import {
  type CompiledScenario,
  compileScenario,
  isCompiledScenario,
} from '../model/compileScenario.js';
import type { Outcomes } from '../model/outcomes.js';
import { runReplicate } from '../model/runReplicate.js';
import { type RunResult, runScenario } from '../model/runScenario.js';
import type { Scenario, ScenarioInput } from '../scenario/Scenario.js';
import { checkOptionNames } from '../util/checkOptionNames.js';
import { requireObject, SCENARIO_EXPECTED } from '../util/requireArgument.js';
import { EnsembleAccumulator } from './EnsembleAccumulator.js';
import type { EnsembleState } from './EnsembleState.js';
import { ensembleProvenance, type RunProvenance } from './ensembleProvenance.js';
import { ReplicateError } from './ReplicateError.js';
import { scenarioFingerprint } from './scenarioFingerprint.js';
import { type EnsembleSummary, summarizeEnsemble } from './summarizeEnsemble.js';

/** Options of an ensemble. */
export interface EnsembleOptions {
  /** Number of replicates (an integer ≥ 0). */
  readonly replicates: number;
  /** The master seed: replicate r uses the streams of (seed, r). */
  readonly seed: number | string;
  /** First replicate index (default 0): runs [from, from + replicates), e.g. one shard. */
  readonly from?: number;
  /** Keep every run with its event log (memory grows with replicates × events). */
  readonly keepEvents?: boolean;
  /** Keep every outcome row, with its seed and replicate (memory grows with replicates). */
  readonly keepRows?: boolean;
  /** Called with (done, total) about every 1% of the replicates and at the end. */
  readonly onProgress?: (done: number, total: number) => void;
  /**
   * Integrate over parameter uncertainty: replicate r runs with a parameter set drawn by
   * weight from these draws (a posterior from `calibrate`), chosen from the seed and r alone.
   */
  readonly posterior?: ParameterDraws;
  /** Threads: only 1 here (this thread); runEnsembleParallel (Node entry) takes more. */
  readonly workers?: number;
}

/** One replicate's outcomes with the seed and replicate that made them. */
export type OutcomeRow = { readonly seed: number | string; readonly replicate: number } & Outcomes;

/** An ensemble's summaries, its mergeable state, and the rows or runs when asked for. */
export interface EnsembleResult extends EnsembleSummary {
  /** Merge with other parts of the same ensemble with mergeEnsembleStates. */
  readonly state: EnsembleState;
  /** What made it: library version, scenario fingerprint, policy, seed, replicates. */
  readonly provenance: RunProvenance;
  /** With `keepRows`: one row per replicate, in replicate order. */
  readonly rows?: readonly OutcomeRow[];
  /** With `keepEvents`: every run with its event log, in replicate order. */
  readonly runs?: readonly RunResult[];
}

/**
 * Run replicates [from, from + replicates) of a scenario and summarise every outcome as it
 * streams: memory stays flat with the replicate count unless rows or event logs are kept.
 *
 * Why: the unit of every experiment. Replicate r draws from streams forked from (seed, r),
 * so a replicate's result never depends on which other replicates ran, in which order or
 * where: ranges run apart (shards, workers) merge to exactly this result
 * (mergeEnsembleStates), and policies compared on the same seed see the same militia draws.
 * Sequential and browser-safe; `runEnsembleParallel` (Node entry) spreads it over threads.
 *
 * Cost: replicates × one run (about 35–100 µs per simulated year for the presets) plus
 * ~3 µs per replicate for the summaries.
 *
 * @param scenario - a scenario (validated here) or a compiled one (e.g. with a TypeScript policy)
 * @param options - replicates, seed, from, keepEvents, keepRows, onProgress, posterior
 * @returns summaries per outcome, warnings, the mergeable state, provenance, and rows or runs if asked
 * @throws ScenarioError for an invalid scenario; RangeError for invalid options;
 *   ReplicateError naming the replicate when one fails
 * @example
 * const result = runEnsemble(presets.restraint, { replicates: 100, seed: 1 });
 * result.summaries.strikes.mean; // => 0
 */
export function runEnsemble(
  scenario: Scenario | ScenarioInput | CompiledScenario,
  options: EnsembleOptions,
): EnsembleResult {
  checkOptionNames('runEnsemble', options, [
    'replicates',
    'seed',
    'from',
    'keepEvents',
    'keepRows',
    'onProgress',
    'workers',
    'posterior',
  ]);
  if (options.workers !== undefined && options.workers !== 1) {
    throw new RangeError(
      `workers must be 1 in runEnsemble, which runs in this thread (and in a browser); for ${options.workers} use runEnsembleParallel from 'escalation-sim/node', which gives the same result`,
    );
  }
  requireObject('scenario', scenario, SCENARIO_EXPECTED);
  const compiled = isCompiledScenario(scenario) ? scenario : compileScenario(scenario);
  const { replicates, seed, from = 0, keepEvents = false, keepRows = false, onProgress } = options;
  checkRange(from, replicates);
  const drawn =
    options.posterior === undefined ? undefined : drawScenarios(compiled, options.posterior);
  const accumulator = new EnsembleAccumulator(
    {
      scenario: compiled.scenario.name,
      fingerprint: drawn?.fingerprint ?? scenarioFingerprint(compiled),
      seed,
    },
    from,
    from + replicates,
  );
  const rows: OutcomeRow[] = [];
  const runs: RunResult[] = [];
  const every = Math.max(1, Math.ceil(replicates / 100));
  for (let r = from; r < from + replicates; r++) {
    try {
      const scenarioOfRun = drawn === undefined ? compiled : drawn.compiled(drawn.drawFor(seed, r));
      let outcomes: Outcomes;
      if (keepEvents) {
        const run = runScenario(scenarioOfRun, { seed, replicate: r });
        runs.push(run);
        outcomes = run.outcomes;
      } else outcomes = runReplicate(scenarioOfRun, seed, r);
      accumulator.add(outcomes);
      if (keepRows) rows.push({ seed, replicate: r, ...outcomes });
    } catch (error) {
      throw new ReplicateError(seed, r, error);
    }
    const done = r - from + 1;
    if (onProgress && (done % every === 0 || done === replicates)) onProgress(done, replicates);
  }
  const state = accumulator.toState();
  return {
    ...summarizeEnsemble(state),
    state,
    provenance: ensembleProvenance(compiled, seed, from, replicates, state.fingerprint),
    ...(keepRows ? { rows } : {}),
    ...(keepEvents ? { runs } : {}),
  };
}

/**
 * Check a replicate range.
 * @param from - first replicate index
 * @param replicates - count
 * @throws RangeError naming the bad one
 */
export function checkRange(from: number, replicates: number): void {
  if (!(Number.isSafeInteger(replicates) && replicates >= 0))
    throw new RangeError(`replicates must be an integer >= 0, received ${replicates}`);
  if (!(Number.isSafeInteger(from) && from >= 0 && Number.isSafeInteger(from + replicates)))
    throw new RangeError(`from must be an integer >= 0, received ${from}`);
}
