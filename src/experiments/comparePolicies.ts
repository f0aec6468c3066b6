import type { ParameterDraws } from '../calibrate/ParameterDraws.js';
import type { OutcomeName } from '../model/outcomes.js';
import type { Scenario, ScenarioInput } from '../scenario/Scenario.js';
import { checkOptionNames } from '../util/checkOptionNames.js';
import type { LIBRARY } from '../version.js';
import { finishComparison, planComparison } from './compare/comparisonParts.js';
import type { GroupEstimate } from './compare/describeGroup.js';
import type { DifferenceEstimate } from './compare/pairedMeanDifference.js';
import type { PolicyChoice, PolicyDescription } from './compare/policyChoice.js';

/** Options of comparePolicies. */
export interface ComparePoliciesOptions {
  readonly replicates: number;
  readonly seed: number | string;
  /** First replicate index (default 0). */
  readonly from?: number;
  /** The policy the others are compared with: its label or index (default the first). */
  readonly baseline?: string | number;
  /** Outcomes to compare (default DEFAULT_COMPARISON_OUTCOMES). */
  readonly outcomes?: readonly string[];
  /**
   * Integrate over parameter uncertainty: replicate r of every policy runs with the same
   * parameter draw, chosen from the seed and r (as runEnsemble's option).
   */
  readonly posterior?: ParameterDraws;
  /** Interval level in (0, 1), default 0.95. */
  readonly confidence?: number;
  readonly onProgress?: (done: number, total: number) => void;
}

/** One policy against the baseline on one outcome. */
export interface PolicyDifference extends DifferenceEstimate {
  readonly policy: string;
  readonly versus: string;
  /** Holm-adjusted over the policies compared with the baseline on this outcome. */
  readonly pAdjusted: number | null;
}

/** The table of one outcome: every policy's estimate, and the differences to the baseline. */
export interface OutcomeComparison {
  readonly outcome: OutcomeName;
  readonly kind: 'proportion' | 'mean';
  readonly policies: readonly ({ readonly policy: string } & GroupEstimate)[];
  readonly differences: readonly PolicyDifference[];
}

/** A policy comparison with what made it. */
export interface PolicyComparison {
  readonly library: typeof LIBRARY;
  readonly scenario: string;
  /** scenarioFingerprint of the scenario under each policy, by label. */
  readonly fingerprints: Readonly<Record<string, string>>;
  readonly seed: number | string;
  readonly from: number;
  readonly replicates: number;
  readonly confidence: number;
  readonly baseline: string;
  readonly policies: readonly PolicyDescription[];
  /** The parameter draws integrated over, when a posterior was given: paths and count. */
  readonly posterior?: { readonly paths: readonly string[]; readonly draws: number };
  readonly outcomes: readonly OutcomeComparison[];
}

/**
 * Compare retaliation policies on one scenario with common random numbers: replicate r of
 * every policy draws the same militia streams, so until the policies first act differently
 * the runs are identical, and differences are paired replicate by replicate.
 *
 * For each outcome: every policy's mean (Wilson interval for 0/1 outcomes, Student-t
 * otherwise) and each policy's paired difference from the baseline (Newcombe's paired
 * score interval and the exact McNemar test for 0/1 outcomes; the Student-t interval and
 * paired t-test on the differences otherwise), with p-values Holm-adjusted over the
 * policies compared on that outcome. An outcome that can be null (expulsionDay) is compared
 * on the replicates where both policies have a value (`n` says how many).
 * Every policy is described with the parameters it ran with.
 *
 * Cost: policies × replicates runs, plus O(outcomes) per run; memory flat in replicates.
 *
 * @param scenario - the scenario; its own policy is replaced by each of `policies`
 * @param policies - two or more: names (catalogue defaults), specs with params, or Policy objects
 * @param options - replicates, seed, from, baseline, outcomes, posterior, confidence, onProgress
 * @returns the comparison, one table per outcome
 * @throws RangeError for bad options (an unknown outcome or baseline lists the valid ones);
 *   PolicySpecError for an unknown policy; ScenarioError for an invalid scenario
 * @example
 * const c = comparePolicies(presets['iraq-2020'], ['restraint', 'titForTat'], { replicates: 200, seed: 1 });
 * c.outcomes.find((o) => o.outcome === 'strikes')?.differences[0]?.estimate! > 0; // => true
 */
export function comparePolicies(
  scenario: Scenario | ScenarioInput,
  policies: readonly PolicyChoice[],
  options: ComparePoliciesOptions,
): PolicyComparison {
  checkOptionNames('comparePolicies', options, [
    'replicates',
    'seed',
    'from',
    'baseline',
    'outcomes',
    'confidence',
    'onProgress',
    'posterior',
  ]);
  const { onProgress, ...rest } = options;
  const plan = planComparison(scenario, policies, rest);
  const { from, replicates } = plan.header;
  return finishComparison(plan.header, plan.runPart(from, from + replicates, onProgress));
}
