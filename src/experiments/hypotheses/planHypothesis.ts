import { type CompiledScenario, compileScenario } from '../../model/compileScenario.js';
import { OUTCOME_NAMES, type OutcomeName } from '../../model/outcomes.js';
import { LIBRARY } from '../../version.js';
import { checkDrawnPolicyParameters } from '../compare/checkDrawnPolicyParameters.js';
import { PROPORTION_OUTCOMES } from '../compare/outcomeKinds.js';
import { type PolicyDescription, resolvePolicyChoices } from '../compare/policyChoice.js';
import { compileForPolicies } from '../compare/runPairedRows.js';
import { scenarioFingerprint } from '../scenarioFingerprint.js';
import { checkWindow } from './checkWindow.js';
import type { HypothesisHeader, HypothesisPart } from './HypothesisPart.js';
import type { HypothesisSpec } from './HypothesisSpec.js';
import { hypothesisPairs } from './hypothesisPairs.js';
import { describePolicy, excludedReason, modelConditions } from './hypothesisWords.js';
import { WINDOW_METRICS } from './windowMetric.js';
import { withholdStrike } from './withholdStrike.js';

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
  checkDrawnPolicyParameters(
    [
      { ...treatment.description, label: `the treatment ${treatment.description.label}` },
      ...(typeof control === 'string'
        ? []
        : [{ ...control, label: `the control ${control.label}` }]),
    ],
    spec.posterior,
  );
  if (counterfactual) compiledC = compileScenario(compiledT.scenario, { policy: counterfactual });
  const keepEvents = window !== undefined || anchor !== 'start';

  const runPart = hypothesisPairs({
    compiledT,
    compiledC,
    counterfactual,
    posterior: spec.posterior,
    seed,
    metric,
    window,
    controlWindow,
    anchor,
    keepEvents,
    horizon,
  });

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

function checkMetric(metric: string, windowed: boolean): string {
  const valid: readonly string[] = windowed ? WINDOW_METRICS : OUTCOME_NAMES;
  if (!valid.includes(metric))
    throw new RangeError(
      `metric ${JSON.stringify(metric)} is not ${windowed ? 'countable over a window' : 'an outcome'}; valid metrics: ${valid.join(', ')}`,
    );
  return metric;
}
