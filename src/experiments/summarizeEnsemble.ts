import { OUTCOME_NAMES, type OutcomeName } from '../model/outcomes.js';
import { requireArrayLike, requireObject } from '../util/requireArgument.js';
import { PROPORTION_OUTCOMES } from './compare/outcomeKinds.js';
import type { EnsembleState } from './EnsembleState.js';
import { describeSummary, type OutcomeSummary } from './summaries/describeSummary.js';
import { parseDyadic } from './summaries/dyadic.js';

/** A warning about an ensemble, returned as data. */
export interface EnsembleWarning {
  readonly code: 'event-cap';
  /** Replicates it concerns. */
  readonly replicates: number;
  readonly message: string;
}

/** What people read about an ensemble: per outcome statistics, and warnings. */
export interface EnsembleSummary {
  /** The scenario's name. */
  readonly scenario: string;
  readonly seed: number | string;
  /** Number of replicates summarised. */
  readonly replicates: number;
  /** The replicate index ranges [from, to) summarised. */
  readonly ranges: readonly (readonly [number, number])[];
  readonly summaries: { readonly [K in OutcomeName]: OutcomeSummary };
  readonly warnings: readonly EnsembleWarning[];
}

/**
 * Read an ensemble state: statistics per outcome (n, mean, sd, SE, 95% interval for the
 * mean as mean ± 1.96·SE or, for 0/1 outcomes, Wilson's score interval; quantiles, min, max,
 * nulls) and warnings (replicates that the
 * event cap stopped early).
 *
 * @param state - an ensemble state (from runEnsemble, the pool, or mergeEnsembleStates)
 * @returns the summary
 * @example
 * const { state } = runEnsemble(presets.restraint, { seed: 1, replicates: 10 });
 * summarizeEnsemble(state).summaries.strikes.max; // => 0
 */
export function summarizeEnsemble(state: EnsembleState): EnsembleSummary {
  requireObject('state', state, 'an ensemble state (runEnsemble(…).state)');
  requireArrayLike('state.ranges', state.ranges, 'an array of replicate ranges');
  const replicates = state.ranges.reduce((total, [from, to]) => total + (to - from), 0);
  const capped = state.outcomes.eventCapReached;
  const stopped = Number(parseDyadic(capped.sum, 0, 'eventCapReached.sum'));
  const warnings: EnsembleWarning[] =
    stopped > 0
      ? [
          {
            code: 'event-cap',
            replicates: stopped,
            message: `the event cap (or the engine's step cap) stopped ${stopped} of ${replicates} replicates before the horizon: their counts cover only the days simulated (see daysSimulated), so totals are truncated; the attack process is explosive or near it — lower its branching ratios, or raise maxEvents`,
          },
        ]
      : [];
  return {
    scenario: state.scenario,
    seed: state.seed,
    replicates,
    ranges: state.ranges,
    summaries: Object.fromEntries(
      OUTCOME_NAMES.map((name) => [
        name,
        describeSummary(state.outcomes[name], { proportion: PROPORTION_OUTCOMES.includes(name) }),
      ]),
    ) as EnsembleSummary['summaries'],
    warnings,
  };
}
