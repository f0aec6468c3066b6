import type { ParameterDraws } from '../calibrate/ParameterDraws.js';
import type { OutcomeName } from '../model/outcomes.js';
import type { Scenario, ScenarioInput } from '../scenario/Scenario.js';
import { holmAdjust } from '../stats/holmAdjust.js';
import { checkOptionNames } from '../util/checkOptionNames.js';
import { LIBRARY } from '../version.js';
import { describeGroup, type GroupEstimate } from './compare/describeGroup.js';
import {
  checkOutcomeNames,
  DEFAULT_COMPARISON_OUTCOMES,
  PROPORTION_OUTCOMES,
} from './compare/outcomeKinds.js';
import { type DifferenceEstimate, pairedMeanDifference } from './compare/pairedMeanDifference.js';
import {
  type PairedCounts,
  pairedProportionDifference,
} from './compare/pairedProportionDifference.js';
import {
  type PolicyChoice,
  type PolicyDescription,
  resolvePolicyChoices,
} from './compare/policyChoice.js';
import { compileForPolicies, runPairedRows } from './compare/runPairedRows.js';
import { checkRange } from './runEnsemble.js';
import { scenarioFingerprint } from './scenarioFingerprint.js';
import { describeSummary } from './summaries/describeSummary.js';
import { Summary } from './summaries/Summary.js';

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
  const { replicates, seed, from = 0, confidence = 0.95 } = options;
  checkRange(from, replicates);
  if (replicates < 2)
    throw new RangeError(`replicates must be at least 2 to compare, received ${replicates}`);
  if (!(confidence > 0 && confidence < 1))
    throw new RangeError(`confidence must be in (0, 1), received ${confidence}`);
  if (policies.length < 2)
    throw new RangeError(`policies must list at least two policies, received ${policies.length}`);
  const outcomes = checkOutcomeNames(options.outcomes ?? DEFAULT_COMPARISON_OUTCOMES, 'outcomes');
  const resolved = resolvePolicyChoices(policies);
  const labels = resolved.map((r) => r.description.label);
  const base = baselineIndex(options.baseline ?? 0, labels);
  const compiled = compileForPolicies(scenario, resolved);

  const cells = outcomes.map((outcome) => ({
    outcome,
    policies: labels.map(() => ({
      values: new Summary(),
      differences: new Summary(),
      counts: { both: 0, onlyTreatment: 0, onlyControl: 0, neither: 0 } as MutableCounts,
    })),
  }));
  const extra = {
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.posterior ? { posterior: options.posterior } : {}),
  };
  runPairedRows(compiled, { seed, from, replicates, ...extra }, (_r, rows) => {
    for (const { outcome, policies: row } of cells) {
      const b = (rows[base] as (typeof rows)[number])[outcome];
      row.forEach((cell, p) => {
        const x = (rows[p] as (typeof rows)[number])[outcome];
        cell.values.add(x);
        if (p === base || x === null || b === null) return;
        cell.differences.add(x - b);
        const t = cell.counts;
        if (x === 1 && b === 1) t.both++;
        else if (x === 1) t.onlyTreatment++;
        else if (b === 1) t.onlyControl++;
        else t.neither++;
      });
    }
  });

  return {
    library: LIBRARY,
    scenario: compiled[0]?.scenario.name ?? '',
    fingerprints: Object.fromEntries(compiled.map((c, p) => [labels[p], scenarioFingerprint(c)])),
    seed,
    from,
    replicates,
    confidence,
    baseline: labels[base] as string,
    policies: resolved.map((r) => r.description),
    ...(options.posterior
      ? { posterior: { paths: options.posterior.paths, draws: options.posterior.draws.length } }
      : {}),
    outcomes: cells.map(({ outcome, policies: row }): OutcomeComparison => {
      const proportion = PROPORTION_OUTCOMES.includes(outcome);
      const raw = row.flatMap((cell, p): Omit<PolicyDifference, 'pAdjusted'>[] => {
        if (p === base) return [];
        const d = describeSummary(cell.differences.toState());
        const estimate =
          proportion && d.n > 0
            ? pairedProportionDifference(cell.counts, confidence)
            : pairedMeanDifference(d.n, d.mean, d.sd, confidence);
        return [{ policy: labels[p] as string, versus: labels[base] as string, ...estimate }];
      });
      const tested = raw.filter((d) => d.pValue !== null);
      const adjusted = holmAdjust(tested.map((d) => d.pValue as number));
      return {
        outcome,
        kind: proportion ? 'proportion' : 'mean',
        policies: row.map((cell, p) => ({
          policy: labels[p] as string,
          ...describeGroup(cell.values.toState(), proportion, confidence),
        })),
        differences: raw.map((d) => ({
          ...d,
          pAdjusted: d.pValue === null ? null : (adjusted[tested.indexOf(d)] as number),
        })),
      };
    }),
  };
}

type MutableCounts = { -readonly [K in keyof PairedCounts]: number };

function baselineIndex(baseline: string | number, labels: readonly string[]): number {
  const index = typeof baseline === 'number' ? baseline : labels.indexOf(baseline);
  if (!(Number.isInteger(index) && index >= 0 && index < labels.length))
    throw new RangeError(
      `baseline must be one of the policies (${labels.join(', ')}) or an index below ${labels.length}, received ${JSON.stringify(baseline)}`,
    );
  return index;
}
