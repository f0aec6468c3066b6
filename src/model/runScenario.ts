import type { Scenario, ScenarioInput } from '../scenario/Scenario.js';
import { checkOptionNames } from '../util/checkOptionNames.js';
import { requireObject, SCENARIO_EXPECTED } from '../util/requireArgument.js';
import { type CompiledScenario, compileScenario, isCompiledScenario } from './compileScenario.js';
import { collectOutcomes, OUTCOME_NAMES, type Outcomes } from './outcomes.js';
import { createRunState } from './RunState.js';
import { replicateStreamSeed } from './replicateStreamSeed.js';
import type { RunWarning, SimEvent, TracePoint } from './SimEvent.js';
import { simulateRun } from './simulateRun.js';

/** Options of one run. */
export interface RunOptions {
  readonly seed: number | string;
  /** Replicate index (default 0): runs with the same seed and replicate are identical. */
  readonly replicate?: number;
  /** Build the event log (default true). */
  readonly keepEvents?: boolean;
  /** Days (sorted, within [0, horizon]) at which to record intensities and pressures. */
  readonly trace?: readonly number[];
}

/** One run: what made it, what happened, and what came of it. */
export interface RunResult {
  readonly seed: number | string;
  readonly replicate: number;
  /** The event log in time order (empty when `keepEvents` is false). */
  readonly events: readonly SimEvent[];
  readonly outcomes: Outcomes;
  readonly warnings: readonly RunWarning[];
  readonly trace?: readonly TracePoint[];
}

/**
 * Run a scenario once: the agent-based escalation model from day 0 to the horizon.
 *
 * Why: the unit of everything else — an ensemble is many runs, an experiment compares
 * ensembles. The run is reproducible: the same scenario, seed and replicate give
 * deep-equal results, with or without the log or the trace.
 *
 * Reference: the model of DESIGN.md (militia Hawkes intensities with strike response and
 * capability, policy-driven strikes, host sovereignty pressure), simulated exactly by
 * Ogata (1981) thinning in an event-driven engine.
 *
 * @param scenario - a scenario (validated here) or a compiled one
 * @param options - seed, replicate, keepEvents, trace
 * @returns seed, replicate, events, outcomes, warnings (e.g. the event cap) and the trace
 * @throws ScenarioError for an invalid scenario; RangeError for invalid options, or (never
 *   for a valid scenario) an outcome that is not finite
 * @example
 * const run = runScenario(presets['iraq-2020'], { seed: 42 });
 * run.events[0]?.type; // => 'attack'
 */
export function runScenario(
  scenario: Scenario | ScenarioInput | CompiledScenario,
  options: RunOptions,
): RunResult {
  checkOptionNames('runScenario', options, ['seed', 'replicate', 'keepEvents', 'trace']);
  requireObject('scenario', scenario, SCENARIO_EXPECTED);
  const compiled = isCompiledScenario(scenario) ? scenario : compileScenario(scenario);
  const replicate = options.replicate ?? 0;
  const streamSeed = replicateStreamSeed(options.seed, replicate);
  const trace = options.trace ?? [];
  checkTrace(trace, compiled.horizon);
  const state = createRunState(compiled, streamSeed, options.keepEvents ?? true, trace);
  const outcomes = collectOutcomes(state, simulateRun(state));
  checkFinite(outcomes);
  const result = {
    seed: options.seed,
    replicate,
    events: state.log ?? [],
    outcomes,
    warnings: state.warnings,
  };
  return state.trace ? { ...result, trace: state.trace } : result;
}

/**
 * One rule for single runs and ensembles: a run never returns a non-finite outcome. The
 * schema's bounds make this unreachable for a valid scenario; a custom TypeScript policy is
 * the remaining way in, and its run is refused rather than reported.
 */
function checkFinite(outcomes: Outcomes): void {
  for (const name of OUTCOME_NAMES) {
    const value = outcomes[name];
    if (value !== null && !Number.isFinite(value))
      throw new RangeError(`outcome ${name} must be a finite number or null, received ${value}`);
  }
}

function checkTrace(trace: readonly number[], horizon: number): void {
  let previous = 0;
  trace.forEach((t, i) => {
    if (!(Number.isFinite(t) && t >= previous && t <= horizon)) {
      throw new RangeError(
        `trace[${i}] must be a number in [${previous}, ${horizon}] (sorted, within the horizon), received ${t}`,
      );
    }
    previous = t;
  });
}
