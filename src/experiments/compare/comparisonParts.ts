import type { ParameterDraws } from '../../calibrate/ParameterDraws.js';
import type { CompiledScenario } from '../../model/compileScenario.js';
import type { OutcomeName } from '../../model/outcomes.js';
import type { Scenario, ScenarioInput } from '../../scenario/Scenario.js';
import { holmAdjust } from '../../stats/holmAdjust.js';
import { LIBRARY } from '../../version.js';
import type { OutcomeComparison, PolicyComparison, PolicyDifference } from '../comparePolicies.js';
import { checkRange } from '../runEnsemble.js';
import { scenarioFingerprint } from '../scenarioFingerprint.js';
import { describeSummary } from '../summaries/describeSummary.js';
import { Summary, type SummaryState } from '../summaries/Summary.js';
import { checkDrawnPolicyParameters } from './checkDrawnPolicyParameters.js';
import { describeGroup } from './describeGroup.js';
import {
  checkOutcomeNames,
  DEFAULT_COMPARISON_OUTCOMES,
  PROPORTION_OUTCOMES,
} from './outcomeKinds.js';
import { pairedMeanDifference } from './pairedMeanDifference.js';
import { type PairedCounts, pairedProportionDifference } from './pairedProportionDifference.js';
import { type PolicyChoice, resolvePolicyChoices } from './policyChoice.js';
import { compileForPolicies, runPairedRows } from './runPairedRows.js';

/** What a comparison needs besides its runs: everything in PolicyComparison but the tables. */
export interface ComparisonHeader extends Omit<PolicyComparison, 'outcomes' | 'baseline'> {
  readonly baseline: string;
  readonly baselineIndex: number;
  readonly compared: readonly OutcomeName[];
}

/** One outcome under one policy over a replicate range: mergeable summary states. */
export interface ComparisonCell {
  readonly values: SummaryState;
  readonly differences: SummaryState;
  readonly counts: PairedCounts;
}

/** The mergeable state of a comparison over a replicate range: cells[outcome][policy]. */
export interface ComparisonPart {
  readonly cells: readonly (readonly ComparisonCell[])[];
}

/** Options of planComparison (as comparePolicies, without onProgress). */
export interface ComparisonPlanOptions {
  readonly replicates: number;
  readonly seed: number | string;
  readonly from?: number;
  readonly baseline?: string | number;
  readonly outcomes?: readonly string[];
  readonly posterior?: ParameterDraws;
  readonly confidence?: number;
}

/**
 * Check a policy comparison and prepare it to run in parts: its header and a function that
 * runs any replicate range [from, to) into a mergeable part.
 *
 * Why: comparePolicies, its shards and the worker pool run the same parts; parts merge
 * exactly (mergeComparisonParts), so the table never depends on the split.
 *
 * @param scenario - the scenario
 * @param policies - two or more policy choices
 * @param options - replicates, seed, from, baseline, outcomes, posterior, confidence
 * @returns the header and the part runner
 * @throws RangeError for bad options; PolicySpecError; ScenarioError
 * @example
 * const plan = planComparison(presets.restraint, ['restraint', 'titForTat'], { replicates: 4, seed: 1 });
 * plan.header.baseline; // => 'restraint'
 */
export function planComparison(
  scenario: Scenario | ScenarioInput,
  policies: readonly PolicyChoice[],
  options: ComparisonPlanOptions,
): {
  readonly header: ComparisonHeader;
  readonly runPart: (
    from: number,
    to: number,
    onProgress?: (done: number, total: number) => void,
  ) => ComparisonPart;
} {
  const { replicates, seed, from = 0, confidence = 0.95 } = options;
  checkRange(from, replicates);
  if (replicates < 2)
    throw new RangeError(`replicates must be at least 2 to compare, received ${replicates}`);
  if (!(confidence > 0 && confidence < 1))
    throw new RangeError(`confidence must be in (0, 1), received ${confidence}`);
  if (!Array.isArray(policies) || policies.length < 2)
    throw new RangeError(
      `policies must list at least two policies, received ${Array.isArray(policies) ? policies.length : String(policies)}`,
    );
  const compared = checkOutcomeNames(options.outcomes ?? DEFAULT_COMPARISON_OUTCOMES, 'outcomes');
  const resolved = resolvePolicyChoices(policies);
  checkDrawnPolicyParameters(
    resolved.map((r) => r.description),
    options.posterior,
  );
  const labels = resolved.map((r) => r.description.label);
  const base = baselineIndex(options.baseline ?? 0, labels);
  const compiled: CompiledScenario[] = compileForPolicies(scenario, resolved);
  const { posterior } = options;
  const header: ComparisonHeader = {
    library: LIBRARY,
    scenario: compiled[0]?.scenario.name ?? '',
    fingerprints: Object.fromEntries(compiled.map((c, p) => [labels[p], scenarioFingerprint(c)])),
    seed,
    from,
    replicates,
    confidence,
    baseline: labels[base] as string,
    baselineIndex: base,
    compared,
    policies: resolved.map((r) => r.description),
    ...(posterior ? { posterior: { paths: posterior.paths, draws: posterior.draws.length } } : {}),
  };
  const runPart = (
    start: number,
    end: number,
    onProgress?: (done: number, total: number) => void,
  ): ComparisonPart => {
    checkRange(start, end - start);
    const cells = compared.map(() =>
      labels.map(() => ({
        values: new Summary(),
        differences: new Summary(),
        counts: { both: 0, onlyTreatment: 0, onlyControl: 0, neither: 0 },
      })),
    );
    const settings = {
      seed,
      from: start,
      replicates: end - start,
      ...(onProgress ? { onProgress } : {}),
      ...(posterior ? { posterior } : {}),
    };
    runPairedRows(compiled, settings, (_r, rows) => {
      compared.forEach((outcome, o) => {
        const b = (rows[base] as (typeof rows)[number])[outcome];
        (cells[o] as (typeof cells)[number]).forEach((cell, p) => {
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
      });
    });
    return {
      cells: cells.map((row) =>
        row.map((c) => ({
          values: c.values.toState(),
          differences: c.differences.toState(),
          counts: { ...c.counts },
        })),
      ),
    };
  };
  return { header, runPart };
}

/**
 * Merge the parts of one comparison over disjoint replicate ranges (exact, any order).
 *
 * @param parts - at least one part, all of the same comparison
 * @returns the part of their union
 * @throws RangeError when there is no part or their shapes differ
 * @example
 * const plan = planComparison(presets.restraint, ['restraint', 'titForTat'], { replicates: 4, seed: 1 });
 * mergeComparisonParts([plan.runPart(0, 2), plan.runPart(2, 4)]).cells.length; // => 10
 */
export function mergeComparisonParts(parts: readonly ComparisonPart[]): ComparisonPart {
  const [first] = parts;
  if (first === undefined) throw new RangeError('parts must hold at least one comparison part');
  const shape = (p: ComparisonPart) => p.cells.map((row) => row.length).join(',');
  for (const p of parts)
    if (shape(p) !== shape(first))
      throw new RangeError(
        'parts must come from the same comparison (their tables differ in shape)',
      );
  return {
    cells: first.cells.map((row, o) =>
      row.map((_, p): ComparisonCell => {
        const cells = parts.map((part) => part.cells[o]?.[p] as ComparisonCell);
        const values = Summary.fromState(cells[0]?.values as SummaryState);
        const differences = Summary.fromState(cells[0]?.differences as SummaryState);
        const counts = { both: 0, onlyTreatment: 0, onlyControl: 0, neither: 0 };
        cells.forEach((c, i) => {
          if (i > 0) {
            values.merge(Summary.fromState(c.values));
            differences.merge(Summary.fromState(c.differences));
          }
          counts.both += c.counts.both;
          counts.onlyTreatment += c.counts.onlyTreatment;
          counts.onlyControl += c.counts.onlyControl;
          counts.neither += c.counts.neither;
        });
        return { values: values.toState(), differences: differences.toState(), counts };
      }),
    ),
  };
}

/**
 * The comparison's tables from its header and the part covering all its replicates.
 *
 * @param header - from planComparison
 * @param part - the merged part
 * @returns the comparison
 * @example
 * const plan = planComparison(presets.restraint, ['restraint', 'titForTat'], { replicates: 4, seed: 1 });
 * finishComparison(plan.header, plan.runPart(0, 4)).baseline; // => 'restraint'
 */
export function finishComparison(header: ComparisonHeader, part: ComparisonPart): PolicyComparison {
  const { baselineIndex: base, compared, confidence } = header;
  const labels = header.policies.map((p) => p.label);
  return {
    library: header.library,
    scenario: header.scenario,
    fingerprints: header.fingerprints,
    seed: header.seed,
    from: header.from,
    replicates: header.replicates,
    confidence,
    baseline: header.baseline,
    policies: header.policies,
    ...(header.posterior ? { posterior: header.posterior } : {}),
    outcomes: compared.map((outcome, o): OutcomeComparison => {
      const row = part.cells[o] as readonly ComparisonCell[];
      const proportion = PROPORTION_OUTCOMES.includes(outcome);
      const raw = row.flatMap((cell, p): Omit<PolicyDifference, 'pAdjusted'>[] => {
        if (p === base) return [];
        const d = describeSummary(cell.differences);
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
          ...describeGroup(cell.values, proportion, confidence),
        })),
        differences: raw.map((d) => ({
          ...d,
          pAdjusted: d.pValue === null ? null : (adjusted[tested.indexOf(d)] as number),
        })),
      };
    }),
  };
}

function baselineIndex(baseline: string | number, labels: readonly string[]): number {
  const index = typeof baseline === 'number' ? baseline : labels.indexOf(baseline);
  if (!(Number.isInteger(index) && index >= 0 && index < labels.length))
    throw new RangeError(
      `baseline must be one of the policies (${labels.join(', ')}) or an index below ${labels.length}, received ${JSON.stringify(baseline)}`,
    );
  return index;
}
