import { toDays } from '../data/toDays.js';
import { createScenarioPatcher } from '../model/createScenarioPatcher.js';
import type { ImposedStrike } from '../model/ImposedStrike.js';
import { resolvePolicy } from '../policies/PolicySpec.js';
import type { Policy } from '../policies/types.js';
import { defineScenario } from '../scenario/defineScenario.js';
import { getScenarioValue } from '../scenario/paths/getScenarioValue.js';
import type { Scenario, ScenarioInput } from '../scenario/Scenario.js';
import type { AbcOutcome } from './abc/abcTypes.js';
import { holdUntil } from './holdUntil.js';
import type { ObservedRecord } from './observed/ObservedRecord.js';
import { checkPriorSupport } from './priors/checkPriorSupport.js';
import { Prior } from './priors/Prior.js';
import { simulateRecord } from './simulateRecord.js';
import { defaultStatistics } from './statistics/defaultStatistics.js';
import type { SummaryStatistic } from './statistics/SummaryStatistic.js';

/** A window of days from the scenario's start: (from, to]. */
export interface DayWindow {
  readonly from: number;
  readonly to: number;
}

/** What a calibration needs besides the ABC settings. */
export interface CalibrationProblem {
  /** Priors by scenario path, e.g. `{ 'militias.0.baseline': { type: 'logUniform', min: 0.01, max: 1 } }`. */
  readonly parameters: Readonly<Record<string, Prior>>;
  /** `replay` (default): impose the record's strikes; `generative`: the policy decides. */
  readonly mode?: 'replay' | 'generative';
  /** The window to calibrate on, in days from the record's start (default: the record's window). */
  readonly window?: DayWindow;
  /** Windows to predict (days from the record's start), e.g. the weeks after the record. */
  readonly predict?: readonly DayWindow[];
  /** Summary statistics (default: defaultStatistics of the record and mode). */
  readonly statistics?: readonly SummaryStatistic[];
}

/** A calibration problem made ready to simulate. */
export interface PreparedCalibration {
  /** The scenario with fixed priors applied and its horizon cut to what the windows need. */
  readonly scenario: Scenario;
  /** The record on the scenario's time axis, its window the calibration window. */
  readonly observed: ObservedRecord;
  readonly mode: 'replay' | 'generative';
  /** Free parameters (θ) and their priors, in order. */
  readonly paths: readonly string[];
  readonly priors: readonly Prior[];
  /** Fixed parameters and their values. */
  readonly fixed: readonly { readonly path: string; readonly value: number }[];
  readonly statistics: readonly SummaryStatistic[];
  readonly observedStatistics: readonly number[];
  /** Prediction windows on the scenario's time axis, with their observed statistics where the record covers them. */
  readonly predict: readonly {
    readonly window: DayWindow;
    readonly observed: readonly number[] | null;
  }[];
  /** Simulate one parameter set on a named random stream. */
  simulate(theta: readonly number[], stream: string): AbcOutcome;
}

/**
 * Check a calibration problem and build its simulator: the record is moved onto the
 * scenario's time axis, priors are checked by path, fixed ones applied, and each simulation
 * sets θ in a compiled copy of the scenario (createScenarioPatcher: only the changed fields
 * and the rules that read them are checked), runs it to the end of the last window without
 * an event log (simulateRecord), and computes the statistics of the calibration window (and
 * of each prediction window, kept as extras).
 *
 * In replay mode the record's strikes land at their times with the host deaths the record
 * gives (their sites, delay and care from the record, else from the policy's parameters),
 * and the scenario's own policy holds until the record ends (deciding after it, for
 * prediction windows beyond the record).
 *
 * @param scenario - the scenario (a preset, a file, defineScenario's output)
 * @param observed - the observed record
 * @param problem - priors by path, mode, windows, statistics
 * @returns the prepared problem
 * @throws RangeError (ScenarioPathError for a path) naming what is wrong and the valid choices
 * @example
 * const prepared = prepareCalibration(presets['iraq-2020'], observedFromReading('wire'),
 *   { parameters: { 'militias.0.baseline': { type: 'logUniform', min: 0.01, max: 1 } } });
 * prepared.statistics[0]?.name; // => 'attacks'
 */
export function prepareCalibration(
  scenario: Scenario | ScenarioInput,
  observed: ObservedRecord,
  problem: CalibrationProblem,
): PreparedCalibration {
  const complete = defineScenario(scenario);
  const mode = problem.mode ?? 'replay';
  if (mode !== 'replay' && mode !== 'generative')
    throw new RangeError(`mode must be replay or generative, received ${JSON.stringify(mode)}`);
  const offset = toDays(observed.start, complete.start);
  const shift = (w: DayWindow, label: string): DayWindow => {
    if (!(Number.isFinite(w?.from) && Number.isFinite(w?.to) && w.from < w.to))
      throw new RangeError(
        `${label} must be { from, to } with finite from < to, received ${JSON.stringify(w)}`,
      );
    const moved = { from: w.from + offset, to: w.to + offset };
    if (moved.from < 0 || moved.to > complete.horizonDays)
      throw new RangeError(
        `${label} (${moved.from.toFixed(2)}, ${moved.to.toFixed(2)}] in days from the scenario's start ${complete.start} lies outside the scenario's [0, ${complete.horizonDays}]`,
      );
    return moved;
  };
  const window = shift(
    problem.window ?? observed.window,
    problem.window === undefined ? 'the record’s window' : 'window',
  );
  const recordWindow = shift(observed.window, 'the record’s window');
  if (window.from < recordWindow.from || window.to > recordWindow.to)
    throw new RangeError(
      'window must lie within the record’s window: outside it the record says nothing',
    );
  const aligned: ObservedRecord = {
    ...observed,
    start: complete.start,
    window,
    attacks: observed.attacks.map((a) => ({
      ...a,
      time: a.time === null ? null : a.time + offset,
    })),
    strikes: observed.strikes.map((s) => ({ ...s, time: s.time + offset })),
    political: observed.political.map((p) => ({
      ...p,
      time: p.time === null ? null : p.time + offset,
    })),
  };
  if (!aligned.attacks.some((a) => a.time !== null && a.time >= window.from && a.time <= window.to))
    throw new RangeError(
      `observed: the record ${observed.label} has no attacks in its window (${window.from - offset}, ${window.to - offset}] (days from ${observed.start}; ${observed.attacks.length} attacks in all, ${observed.attacks.filter((a) => a.time === null).length} undated): calibration needs at least one dated attack there`,
    );

  const entries = Object.entries(problem.parameters ?? {});
  if (entries.length === 0)
    throw new RangeError('parameters must name at least one scenario path with its prior');
  const parsed = entries.map(([path, prior]) => {
    getScenarioValue(complete, path, 'parameters');
    const result = Prior.safeParse(prior);
    if (!result.success) {
      const issue = result.error.issues[0];
      const at = issue && issue.path.length > 0 ? `.${issue.path.join('.')}` : '';
      throw new RangeError(`parameters["${path}"]${at}: ${issue?.message ?? 'is not a prior'}`);
    }
    return { path, prior: result.data };
  });
  const fixed = parsed.flatMap(({ path, prior }) =>
    prior.type === 'fixed' ? [{ path, value: prior.value }] : [],
  );
  const free = parsed.filter(({ prior }) => prior.type !== 'fixed');
  if (free.length === 0)
    throw new RangeError('parameters must include at least one prior that is not fixed');

  const predict = (problem.predict ?? []).map((w, i) => shift(w, `predict[${i}]`));
  const end = Math.max(window.to, ...predict.map((w) => w.to));
  const base = withValues(
    { ...complete, horizonDays: end },
    fixed.map((f) => f.path),
    fixed.map((f) => f.value),
  );
  checkPriorSupport(
    base,
    free.map((f) => f.path),
    free.map((f) => f.prior),
  );
  const statistics = problem.statistics ?? defaultStatistics(aligned, mode);
  if (statistics.length === 0) throw new RangeError('statistics must not be empty');
  const observedStatistics = statistics.map((s) => finiteStatistic(s, aligned));
  const predictions = predict.map((w) => ({
    window: w,
    observed:
      w.from >= recordWindow.from && w.to <= recordWindow.to
        ? statistics.map((s) => finiteStatistic(s, { ...aligned, window: w }))
        : null,
  }));
  const paths = free.map((f) => f.path);
  const policyDrawn = paths.some((p) => p.startsWith('foreignForce.policy'));
  // Over the whole record its strikes are what the force did, also in held-out windows the
  // calibration does not see; the policy decides only after the record.
  const replayPolicy = (s: Scenario): Policy =>
    holdUntil(resolvePolicy(s.foreignForce.policy), recordWindow.to);
  const imposedStrikes = mode === 'replay' ? imposed(aligned, base, end) : [];
  // Replay holds the scenario's policy until the record ends (rebuilt per draw when drawn).
  const patcher = createScenarioPatcher(base, paths, {
    imposedStrikes,
    ...(mode === 'generative' ? {} : { policy: policyDrawn ? replayPolicy : replayPolicy(base) }),
  });

  return {
    scenario: base,
    observed: aligned,
    mode,
    paths,
    priors: free.map((f) => f.prior),
    fixed,
    statistics,
    observedStatistics,
    predict: predictions,
    simulate(theta, stream) {
      // Checked by the patcher; a draw that breaks a rule is refused, not run.
      const compiled = patcher.tryCompile(theta);
      if ('refused' in compiled) return { refused: oneLine(compiled.refused) };
      const record = simulateRecord(compiled, stream, aligned);
      const values = statistics.map((st) => finiteStatistic(st, record));
      const extra = predict.flatMap((w) =>
        statistics.map((st) => finiteStatistic(st, { ...record, window: w })),
      );
      return { statistics: values, extra };
    },
  };
}

/** A complete scenario with values set at paths, validated once. */
function withValues(
  complete: Scenario,
  paths: readonly string[],
  values: readonly number[],
): Scenario {
  return defineScenario(withPaths(complete, paths, values));
}

/**
 * The scenario with values set at paths, not yet validated. Only the objects along the
 * paths are copied; the rest is shared, which is safe as validation never mutates its input.
 */
function withPaths(
  complete: Scenario,
  paths: readonly string[],
  values: readonly number[],
): Scenario {
  const root: Record<string, unknown> = { ...complete };
  paths.forEach((path, i) => {
    const keys = path.split('.');
    let holder = root;
    for (const key of keys.slice(0, -1)) {
      const child = holder[key] as Record<string, unknown>;
      const copy = (Array.isArray(child) ? [...child] : { ...child }) as Record<string, unknown>;
      holder[key] = copy;
      holder = copy;
    }
    holder[keys[keys.length - 1] as string] = values[i];
  });
  return root as unknown as Scenario;
}

function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, ' ');
}

function finiteStatistic(statistic: SummaryStatistic, record: ObservedRecord): number {
  const value = statistic.compute(record);
  if (!Number.isFinite(value))
    throw new RangeError(`statistic ${statistic.name} must be a finite number, received ${value}`);
  return value;
}

/** The record's strikes in [0, end] as imposed strikes; missing details from the policy's parameters. */
function imposed(record: ObservedRecord, scenario: Scenario, end: number): ImposedStrike[] {
  const params = (
    'params' in scenario.foreignForce.policy ? scenario.foreignForce.policy.params : {}
  ) as Record<string, unknown>;
  const num = (key: string, fallback: number) =>
    typeof params[key] === 'number' ? (params[key] as number) : fallback;
  return record.strikes
    .filter((s) => s.time >= 0 && s.time <= end)
    .map((s) => ({
      time: s.time,
      targets: Math.max(1, Math.round(s.targets ?? num('targets', 1))),
      care: num('care', 0),
      delayDays: s.delayDays ?? num('delayDays', 1),
      militia: 0,
      ...(s.hostKilled === null ? {} : { hostKilled: Math.round(s.hostKilled) }),
    }));
}
