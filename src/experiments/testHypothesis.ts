import { checkOptionNames } from '../util/checkOptionNames.js';
import { finishHypothesis } from './hypotheses/finishHypothesis.js';
import type { HypothesisOutcome } from './hypotheses/HypothesisOutcome.js';
import { HYPOTHESIS_KEYS, type HypothesisSpec } from './hypotheses/HypothesisSpec.js';
import { planHypothesis } from './hypotheses/planHypothesis.js';

export { finishHypothesis } from './hypotheses/finishHypothesis.js';
export type { HypothesisOutcome } from './hypotheses/HypothesisOutcome.js';
export type { HypothesisHeader, HypothesisPart } from './hypotheses/HypothesisPart.js';
export { mergeHypothesisParts } from './hypotheses/HypothesisPart.js';
export { planHypothesis } from './hypotheses/planHypothesis.js';

/**
 * Test a hypothesis about a retaliation policy on a scenario: treatment against control on
 * common random numbers, with an estimate, an interval, a permutation p-value and a
 * plain-language verdict that states its conditions and what in the model drives it.
 *
 * The control is another policy on the same replicates, the same replicate with the anchor
 * strike withheld (`'withheld'`: identical until that decision, see withholdStrike), or the
 * treatment run itself over another window (`'same-run'`, e.g. before the first strike
 * against after it). A window (from, to] is counted from the start or from a strike of the
 * treatment run; replicates without that strike, whose window passes the horizon, or whose
 * metric is null are left out and counted.
 *
 * Statistics: d_r = treatment − control per replicate. The p-value is the paired sign-flip
 * permutation test in the stated direction (exactly valid, never 0); the interval is
 * Newcombe's paired score interval for a 0/1 outcome, else the Student-t interval for the
 * mean of d. The verdict is `supported` when p < alpha, `contradicted` when the test in the
 * opposite direction has p < alpha, else `inconclusive`.
 *
 * Cost: 2 runs per replicate (1 for same-run) with event logs, plus permutations × pairs draws.
 *
 * @param spec - scenario, treatment, control, metric, window, direction, replicates, seed…
 * @returns the result with its verdict
 * @throws RangeError for an unknown metric (listing the valid ones), a window outside the
 *   horizon, bad counts or levels; PolicySpecError for an unknown policy
 * @example
 * const h = testHypothesis({ scenario: presets['iraq-2020'], control: 'restraint', metric: 'expulsionDemanded', direction: 'greater', replicates: 300, seed: 1 });
 * h.verdict; // => 'supported'
 */
export function testHypothesis(spec: HypothesisSpec): HypothesisOutcome {
  checkOptionNames('testHypothesis', spec, HYPOTHESIS_KEYS);
  const { onProgress, ...rest } = spec;
  const plan = planHypothesis(rest);
  const { from, replicates } = plan.header;
  return finishHypothesis(plan.header, plan.runPart(from, from + replicates, onProgress));
}
