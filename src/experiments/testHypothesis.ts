import { drawScenarios } from '../calibrate/drawScenarios.js';
import { type CompiledScenario, compileScenario } from '../model/compileScenario.js';
import { OUTCOME_NAMES, type OutcomeName } from '../model/outcomes.js';
import { type RunResult, runScenario } from '../model/runScenario.js';
import type { StrikeEvent } from '../model/SimEvent.js';
import { createRng } from '../random/createRng.js';
import { checkOptionNames } from '../util/checkOptionNames.js';
import { LIBRARY } from '../version.js';
import { PROPORTION_OUTCOMES } from './compare/outcomeKinds.js';
import { pairedMeanDifference } from './compare/pairedMeanDifference.js';
import { pairedProportionDifference } from './compare/pairedProportionDifference.js';
import { type PolicyDescription, resolvePolicyChoices } from './compare/policyChoice.js';
import { compileForPolicies } from './compare/runPairedRows.js';
import { checkWindow } from './hypotheses/checkWindow.js';
import { formatVerdict } from './hypotheses/formatVerdict.js';
import {
  HYPOTHESIS_KEYS,
  type HypothesisSpec,
  type HypothesisWindow,
} from './hypotheses/HypothesisSpec.js';
import { type Direction, signFlipTest } from './hypotheses/signFlipTest.js';
import { WINDOW_METRICS, type WindowMetric, windowMetric } from './hypotheses/windowMetric.js';
import { withholdStrike } from './hypotheses/withholdStrike.js';
import { scenarioFingerprint } from './scenarioFingerprint.js';

/** The result of a hypothesis test, with its verdict in plain words. */
export interface HypothesisOutcome {
  readonly library: typeof LIBRARY;
  readonly name: string;
  readonly question: string;
  readonly scenario: string;
  readonly fingerprint: string;
  readonly seed: number | string;
  readonly replicates: number;
  readonly treatment: PolicyDescription;
  readonly treatmentLabel: string;
  /** The control policy, or 'withheld' / 'same-run'. */
  readonly control: PolicyDescription | 'withheld' | 'same-run';
  readonly controlLabel: string;
  readonly metric: string;
  readonly window?: HypothesisWindow;
  readonly controlWindow?: HypothesisWindow;
  readonly direction: Direction;
  /** Replicates that entered the test. */
  readonly pairs: number;
  /** Replicates left out, and why (no anchor strike, window past the horizon, metric null). */
  readonly excluded: number;
  readonly excludedReason: string;
  readonly treatmentMean: number | null;
  readonly controlMean: number | null;
  /** Mean paired difference treatment − control. */
  readonly estimate: number | null;
  readonly low: number | null;
  readonly high: number | null;
  readonly confidence: number;
  readonly method: string;
  /** Permutation p-value in the hypothesis's direction. */
  readonly pValue: number | null;
  readonly testMethod: string;
  readonly alpha: number;
  readonly verdict: 'supported' | 'contradicted' | 'inconclusive';
  readonly conditions: string;
  readonly drivers: string;
  /**
   * With a posterior: the share of posterior draws in which the effect holds. Replicate r ran
   * with draw j(r) (chosen by weight from the seed and r, as runEnsemble does); for each draw
   * used, the mean paired difference over its replicates is in the hypothesis's direction
   * (> 0 for greater, < 0 for less, the sign of the overall estimate for two-sided) or not;
   * `share` is the fraction of paired replicates whose draw has the effect, i.e. the draws
   * weighted by how often the posterior picked them. With few replicates per draw, replicate
   * noise enters each draw's mean and pulls the share towards 1/2: read it with
   * `replicatesPerDraw`.
   */
  readonly posterior?: {
    readonly share: number;
    readonly drawsUsed: number;
    readonly replicatesPerDraw: number;
  };
  /** The verdict as one paragraph. */
  readonly text: string;
}

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

/** What a hypothesis test needs besides its pairs: its settings and the verdict's words. */
export interface HypothesisHeader
  extends Omit<
    HypothesisOutcome,
    | 'pairs'
    | 'excluded'
    | 'treatmentMean'
    | 'controlMean'
    | 'estimate'
    | 'low'
    | 'high'
    | 'method'
    | 'pValue'
    | 'verdict'
    | 'posterior'
    | 'text'
  > {
  readonly from: number;
  readonly permutations: number;
  /** Whether the metric is a 0/1 outcome (Newcombe's interval). */
  readonly proportion: boolean;
  /** Whether parameters were drawn from a posterior (then the share of draws is reported). */
  readonly withPosterior: boolean;
}

/**
 * The paired values of a hypothesis test over a replicate range, in replicate order:
 * [treatment, control, posterior draw (−1 without)] per replicate that entered the test.
 */
export interface HypothesisPart {
  readonly pairs: readonly (readonly [number, number, number])[];
  readonly excluded: number;
}

/**
 * Check a hypothesis test and prepare it to run in parts: its header and a function that
 * runs any replicate range into its pairs.
 *
 * Why: testHypothesis and the worker pool run the same parts; pairs of consecutive ranges
 * concatenate (mergeHypothesisParts) to those of one pass, so the verdict never depends on
 * the split.
 *
 * @param spec - as testHypothesis's, without onProgress
 * @returns the header and the part runner
 * @throws as testHypothesis
 * @example
 * planHypothesis({ scenario: presets['iraq-2020'], control: 'restraint', metric: 'strikes', direction: 'greater', replicates: 4, seed: 1 }).header.metric; // => 'strikes'
 */
export function planHypothesis(spec: Omit<HypothesisSpec, 'onProgress'>): {
  readonly header: HypothesisHeader;
  readonly runPart: (
    from: number,
    to: number,
    onProgress?: (done: number, total: number) => void,
  ) => HypothesisPart;
} {
  const { replicates, seed, from = 0, alpha = 0.05, confidence = 0.95, permutations = 1999 } = spec;
  if (!(Number.isSafeInteger(replicates) && replicates >= 2))
    throw new RangeError(`replicates must be an integer >= 2, received ${replicates}`);
  if (!(Number.isSafeInteger(from) && from >= 0))
    throw new RangeError(`from must be an integer >= 0, received ${from}`);
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must be in (0, 1), received ${alpha}`);
  if (!(confidence > 0 && confidence < 1))
    throw new RangeError(`confidence must be in (0, 1), received ${confidence}`);
  if (!['greater', 'less', 'two-sided'].includes(spec.direction))
    throw new RangeError(
      `direction must be greater, less or two-sided, received ${JSON.stringify(spec.direction)}`,
    );
  const base = compileScenario(spec.scenario);
  const horizon = base.horizon;
  const window = spec.window;
  const controlWindow = spec.controlWindow ?? window;
  if (window) checkWindow(window, 'window', horizon);
  if (spec.controlWindow) checkWindow(spec.controlWindow, 'controlWindow', horizon);
  const metric = checkMetric(spec.metric, window !== undefined);
  const anchor = window?.anchor ?? 'start';
  if (controlWindow && (controlWindow.anchor ?? 'start') !== anchor)
    throw new RangeError(`controlWindow.anchor must equal window.anchor (${anchor})`);
  if (spec.control === 'withheld' && anchor === 'start')
    throw new RangeError(
      "control 'withheld' withholds the anchor strike: give a window anchored on firstStrike or firstStrikeKillingHost",
    );
  if (spec.control === 'same-run' && spec.controlWindow === undefined)
    throw new RangeError("control 'same-run' compares two windows of one run: give controlWindow");

  const [treated] = resolvePolicyChoices([
    spec.treatment ?? (base.scenario.foreignForce.policy as never),
  ]);
  const treatment = treated as NonNullable<typeof treated>;
  const [compiledT] = compileForPolicies(spec.scenario, [treatment]) as [CompiledScenario];
  const counterfactual = spec.control === 'withheld' ? withholdStrike(treatment.policy) : null;
  let control: PolicyDescription | 'withheld' | 'same-run';
  let compiledC: CompiledScenario | null = null;
  if (spec.control === 'withheld' || spec.control === 'same-run') control = spec.control;
  else {
    const [c] = resolvePolicyChoices([spec.control]);
    control = (c as NonNullable<typeof c>).description;
    compiledC = compileForPolicies(spec.scenario, [
      c as NonNullable<typeof c>,
    ])[0] as CompiledScenario;
  }
  if (counterfactual) compiledC = compileScenario(compiledT.scenario, { policy: counterfactual });
  const keepEvents = window !== undefined || anchor !== 'start';

  const value = (run: RunResult, w: HypothesisWindow | undefined, at: number): number | null =>
    w === undefined
      ? (run.outcomes[metric as OutcomeName] as number | null)
      : windowMetric(run.events, metric as WindowMetric, at + w.from, at + w.to);
  const drawnT = spec.posterior ? drawScenarios(compiledT, spec.posterior) : null;
  const drawnC = spec.posterior && compiledC ? drawScenarios(compiledC, spec.posterior) : null;
  const runPart = (
    start: number,
    end: number,
    onProgress?: (done: number, total: number) => void,
  ): HypothesisPart => {
    if (!(Number.isSafeInteger(start) && Number.isSafeInteger(end) && 0 <= start && start <= end))
      throw new RangeError(`from must be an integer in [0, to], received ${start} (to ${end})`);
    const pairs: [number, number, number][] = [];
    let excluded = 0;
    const total = end - start;
    for (let r = start; r < end; r++) {
      onProgress?.(r - start, total);
      const draw = drawnT ? drawnT.drawFor(seed, r) : -1;
      const runT = runScenario(drawnT ? drawnT.compiled(draw) : compiledT, {
        seed,
        replicate: r,
        keepEvents,
      });
      const strike = anchor === 'start' ? null : anchorStrike(runT, anchor);
      if (anchor !== 'start' && strike === null) {
        excluded++;
        continue;
      }
      const at = strike?.time ?? 0;
      if (
        (window && outside(window, at, horizon)) ||
        (controlWindow && outside(controlWindow, at, horizon))
      ) {
        excluded++;
        continue;
      }
      let runC = runT;
      if (compiledC) {
        counterfactual?.target((strike as StrikeEvent).decidedAt);
        runC = runScenario(drawnC ? drawnC.compiled(draw) : compiledC, {
          seed,
          replicate: r,
          keepEvents,
        });
      }
      const t = value(runT, window, at);
      const c = value(runC, controlWindow, at);
      if (t === null || c === null) {
        excluded++;
        continue;
      }
      pairs.push([t, c, draw]);
    }
    onProgress?.(total, total);
    return { pairs, excluded };
  };

  const scenario = compiledT.scenario;
  const header: HypothesisHeader = {
    library: LIBRARY,
    name: spec.name ?? 'Hypothesis',
    question:
      spec.question ??
      `is ${metric} ${spec.direction === 'greater' ? 'higher' : spec.direction === 'less' ? 'lower' : 'different'} under the treatment than under the control?`,
    scenario: scenario.name,
    fingerprint: scenarioFingerprint(compiledT),
    seed,
    from,
    replicates,
    treatment: treatment.description,
    treatmentLabel: describePolicy(treatment.description),
    control,
    controlLabel:
      control === 'withheld'
        ? 'the same replicates with that strike withheld'
        : control === 'same-run'
          ? 'the same runs'
          : describePolicy(control),
    metric,
    ...(window ? { window } : {}),
    ...(controlWindow ? { controlWindow } : {}),
    direction: spec.direction,
    excludedReason: excludedReason(anchor),
    confidence,
    testMethod: `paired sign-flip permutation test, ${permutations} permutations`,
    permutations,
    alpha,
    proportion: window === undefined && PROPORTION_OUTCOMES.includes(metric as OutcomeName),
    withPosterior: spec.posterior !== undefined,
    conditions:
      modelConditions(scenario) +
      (spec.posterior
        ? `; parameters ${spec.posterior.paths.join(', ')} drawn from a posterior of ${spec.posterior.draws.length} draws`
        : ''),
    drivers:
      spec.drivers ??
      'the strike-response sign (strikeResponse, hostDeathResponse), intelligence decay (intelligenceDays) and the host pressure thresholds.',
  };
  return { header, runPart };
}

/**
 * Concatenate the parts of consecutive replicate ranges, in order.
 *
 * @param parts - parts in the order of their ranges
 * @returns the part of their union
 * @example
 * mergeHypothesisParts([{ pairs: [[1, 0, -1]], excluded: 0 }, { pairs: [], excluded: 2 }]).excluded; // => 2
 */
export function mergeHypothesisParts(parts: readonly HypothesisPart[]): HypothesisPart {
  return {
    pairs: parts.flatMap((p) => p.pairs),
    excluded: parts.reduce((a, p) => a + p.excluded, 0),
  };
}

/**
 * The test's estimate, interval, p-values and verdict from its header and all its pairs.
 *
 * @param header - from planHypothesis
 * @param part - the pairs of every replicate, in replicate order
 * @returns the result with its verdict
 * @example
 * const plan = planHypothesis({ scenario: presets['iraq-2020'], control: 'restraint', metric: 'strikes', direction: 'greater', replicates: 20, seed: 1 });
 * finishHypothesis(plan.header, plan.runPart(0, 20)).verdict; // => 'supported'
 */
export function finishHypothesis(
  header: HypothesisHeader,
  part: HypothesisPart,
): HypothesisOutcome {
  const { seed, confidence, permutations, alpha, direction, proportion } = header;
  const differences: number[] = [];
  let sumT = 0;
  let sumC = 0;
  const counts = { both: 0, onlyTreatment: 0, onlyControl: 0, neither: 0 };
  const byDraw = new Map<number, { sum: number; n: number }>();
  for (const [t, c, draw] of part.pairs) {
    differences.push(t - c);
    const cell = byDraw.get(draw) ?? { sum: 0, n: 0 };
    cell.sum += t - c;
    cell.n++;
    byDraw.set(draw, cell);
    sumT += t;
    sumC += c;
    if (t === 1 && c === 1) counts.both++;
    else if (t === 1) counts.onlyTreatment++;
    else if (c === 1) counts.onlyControl++;
    else counts.neither++;
  }
  const n = differences.length;
  const mean = n > 0 ? (sumT - sumC) / n : null;
  const sd =
    n > 1 && mean !== null
      ? Math.sqrt(differences.reduce((a, d) => a + (d - mean) ** 2, 0) / (n - 1))
      : null;
  const estimate =
    proportion && n > 0
      ? pairedProportionDifference(counts, confidence)
      : pairedMeanDifference(n, mean, sd, confidence);
  const rng = createRng(seed).fork('hypothesis-permutations');
  const test = (d: Direction) =>
    n > 0 ? signFlipTest(differences, d, permutations, rng.fork(d)) : null;
  const pValue = test(direction);
  const opposite = direction === 'greater' ? 'less' : direction === 'less' ? 'greater' : null;
  const pOpposite = opposite ? test(opposite) : null;
  const verdict =
    pValue !== null && pValue < alpha
      ? 'supported'
      : pOpposite !== null && pOpposite < alpha
        ? 'contradicted'
        : 'inconclusive';
  const result: Omit<HypothesisOutcome, 'text'> = {
    library: header.library,
    name: header.name,
    question: header.question,
    scenario: header.scenario,
    fingerprint: header.fingerprint,
    seed,
    replicates: header.replicates,
    treatment: header.treatment,
    treatmentLabel: header.treatmentLabel,
    control: header.control,
    controlLabel: header.controlLabel,
    metric: header.metric,
    ...(header.window ? { window: header.window } : {}),
    ...(header.controlWindow ? { controlWindow: header.controlWindow } : {}),
    direction,
    pairs: n,
    excluded: part.excluded,
    excludedReason: header.excludedReason,
    treatmentMean: n > 0 ? sumT / n : null,
    controlMean: n > 0 ? sumC / n : null,
    estimate: estimate.estimate,
    low: estimate.low,
    high: estimate.high,
    confidence,
    method: estimate.method.split(';')[0] as string,
    pValue,
    testMethod: header.testMethod,
    alpha,
    verdict,
    conditions: header.conditions,
    ...(header.withPosterior ? { posterior: posteriorShare(byDraw, direction, mean ?? 0) } : {}),
    drivers: header.drivers,
  };
  return { ...result, text: formatVerdict(result) };
}

function posteriorShare(
  byDraw: ReadonlyMap<number, { sum: number; n: number }>,
  direction: Direction,
  overall: number,
): NonNullable<HypothesisOutcome['posterior']> {
  const sign = direction === 'greater' ? 1 : direction === 'less' ? -1 : Math.sign(overall);
  let holds = 0;
  let total = 0;
  for (const { sum, n } of byDraw.values()) {
    total += n;
    if (sign !== 0 && Math.sign(sum) === sign) holds += n;
  }
  return {
    share: total > 0 ? holds / total : 0,
    drawsUsed: byDraw.size,
    replicatesPerDraw: byDraw.size > 0 ? total / byDraw.size : 0,
  };
}

function checkMetric(metric: string, windowed: boolean): string {
  const valid: readonly string[] = windowed ? WINDOW_METRICS : OUTCOME_NAMES;
  if (!valid.includes(metric))
    throw new RangeError(
      `metric ${JSON.stringify(metric)} is not ${windowed ? 'countable over a window' : 'an outcome'}; valid metrics: ${valid.join(', ')}`,
    );
  return metric;
}

function anchorStrike(run: RunResult, anchor: string): StrikeEvent | null {
  for (const e of run.events) {
    if (e.type !== 'strike') continue;
    if (anchor === 'firstStrike' || e.hostKilled > 0) return e;
  }
  return null;
}

function outside(w: HypothesisWindow, at: number, horizon: number): boolean {
  return at + w.from < 0 || at + w.to > horizon;
}

function excludedReason(anchor: string): string {
  const strike = anchor === 'firstStrike' ? 'no strike' : 'no strike that killed host forces';
  return anchor === 'start'
    ? 'metric does not apply'
    : `${strike}, or a window past the start or the horizon`;
}

function describePolicy(p: PolicyDescription): string {
  const params = p.spec && 'params' in p.spec ? p.spec.params : undefined;
  const text = params
    ? Object.entries(params)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')
    : '';
  return text ? `${p.name} (${text})` : p.name;
}

function modelConditions(s: CompiledScenario['scenario']): string {
  const militias = s.militias
    .map(
      (m) =>
        `${m.id}: strikeResponse ${m.strikeResponse}, hostDeathResponse ${m.hostDeathResponse} attacks, decay ${Number(m.strikeResponseDecay.toPrecision(3))}/day`,
    )
    .join('; ');
  const t = s.hostGovernment.thresholds;
  return `${militias}; intelligenceDays ${s.foreignForce.intelligenceDays}; host thresholds condemnation ${t.condemnation}, summon ${t.summon}, expulsion ${t.expulsion}`;
}
