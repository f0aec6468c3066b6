import type { ObservedRecord } from '../calibrate/observed/ObservedRecord.js';
import type { EnsembleResult } from '../experiments/runEnsemble.js';
import type { RunResult } from '../model/runScenario.js';
import { defineScenario } from '../scenario/defineScenario.js';
import type { Scenario, ScenarioInput } from '../scenario/Scenario.js';
import { requireObject, SCENARIO_EXPECTED } from '../util/requireArgument.js';
import {
  type ChartSpec,
  dayToIso,
  isoToMs,
  msToDays,
  requireList,
  requireResult,
  VEGA_LITE_SCHEMA,
} from './chartSupport.js';
import { sampleQuantile } from './sampleQuantile.js';

/** One day of the fan: cumulative simulated attacks at its end, as quantiles over the runs. */
export interface FanPoint {
  /** Days from the scenario's start. */
  readonly day: number;
  readonly date: string;
  readonly q05: number;
  readonly q25: number;
  readonly median: number;
  readonly q75: number;
  readonly q95: number;
}

/**
 * Cumulative attacks in (from, day] for each whole day of [from, to], as quantiles (R type
 * 7) over the runs: the data of the fan chart.
 *
 * Why: apart from the spec so that it can be checked against a direct computation.
 *
 * @param runs - runs with their event logs
 * @param from - the first day (scenario days), attacks at or before it are not counted
 * @param to - the last day
 * @param startMs - the scenario's start, for the dates
 * @returns one point per day from `from` to `to`
 */
export function fanPoints(
  runs: readonly RunResult[],
  from: number,
  to: number,
  startMs: number,
): FanPoint[] {
  const times = runs.map((run) =>
    run.events.filter((e) => e.type === 'attack' && e.time > from).map((e) => e.time),
  );
  const days: number[] = [];
  for (let d = from; d < to; d += 1) days.push(d);
  days.push(to);
  const next = times.map(() => 0);
  return days.map((day) => {
    const counts = times.map((t, r) => {
      let i = next[r] as number;
      while (i < t.length && (t[i] as number) <= day) i++;
      next[r] = i;
      return i;
    });
    counts.sort((a, b) => a - b);
    return {
      day,
      date: dayToIso(startMs, day),
      q05: sampleQuantile(counts, 0.05),
      q25: sampleQuantile(counts, 0.25),
      median: sampleQuantile(counts, 0.5),
      q75: sampleQuantile(counts, 0.75),
      q95: sampleQuantile(counts, 0.95),
    };
  });
}

/**
 * The observed sequence against a simulated fan chart: cumulative attacks over time, the
 * median of the runs and their 50% and 90% bands, with the observed record's count as a
 * step line. With a record the counts run over its window (from, to] so that both count the
 * same attacks; without one, over the whole horizon.
 *
 * Why: the first question of a calibrated model is whether the record looks like one of its
 * runs; the fan shows where in the spread of the runs the record falls, day by day.
 *
 * Cost: O(runs × (days + attacks)).
 *
 * @param ensemble - runEnsemble(…, { keepEvents: true }): its runs with their event logs
 * @param scenario - the scenario that ran (its start and horizon)
 * @param observed - an observed record (observedFromReading, observedFromEvents) to overlay
 * @returns a Vega-Lite spec
 * @throws RangeError naming ensemble.runs when the event logs were not kept, scenario when it is
 *   not the one the ensemble ran, or observed.window when the record's window lies outside the
 *   scenario's horizon
 * @example
 * const scenario = presets['iraq-2020'];
 * const ensemble = runEnsemble(scenario, { replicates: 20, seed: 1, keepEvents: true });
 * fanChart(ensemble, scenario, observedFromReading('wire')).layer.length; // => 5
 */
export function fanChart(
  ensemble: EnsembleResult,
  scenario: Scenario | ScenarioInput,
  observed?: ObservedRecord,
): ChartSpec & { layer: unknown[] } {
  requireResult('ensemble', ensemble, 'an ensemble result (runEnsemble(…, { keepEvents: true }))');
  requireObject('scenario', scenario, SCENARIO_EXPECTED);
  const runs = requireList<RunResult>(
    'ensemble.runs',
    ensemble.runs,
    'a fan chart needs every run’s cumulative attacks: run the ensemble with keepEvents: true',
  );
  if (runs.length === 0) throw new RangeError('ensemble.runs must hold at least one run');
  const parsed = defineScenario(scenario);
  // The dates come from the scenario: another scenario's start would shift the whole fan.
  if (ensemble.scenario !== undefined && ensemble.scenario !== parsed.name)
    throw new RangeError(
      `scenario must be the one the ensemble ran (${ensemble.scenario}), received ${parsed.name}`,
    );
  const startMs = isoToMs(parsed.start);
  let from = 0;
  let to = parsed.horizonDays;
  let observedRows: { date: string; attacks: number }[] = [];
  if (observed !== undefined) {
    requireResult('observed', observed, 'an observed record (observedFromReading(…))');
    const shift = msToDays(isoToMs(observed.start) - startMs);
    from = observed.window.from + shift;
    to = Math.min(observed.window.to + shift, parsed.horizonDays);
    if (!(from >= 0 && from < to))
      throw new RangeError(
        `observed.window must overlap the scenario's days [0, ${parsed.horizonDays}] from ${parsed.start}, received (${observed.window.from}, ${observed.window.to}] from ${observed.start}`,
      );
    const times = observed.attacks
      .map((a) => a.time)
      .filter((t): t is number => t !== null && t + shift > from && t + shift <= to)
      .sort((a, b) => a - b);
    observedRows = [
      { date: dayToIso(startMs, from), attacks: 0 },
      ...times.map((t, i) => ({ date: dayToIso(startMs, t + shift), attacks: i + 1 })),
      { date: dayToIso(startMs, to), attacks: times.length },
    ];
  }
  const fan = fanPoints(runs, from, to, startMs);
  const x = {
    field: 'date',
    type: 'temporal' as const,
    title: null,
    scale: { type: 'utc' as const },
    axis: { format: '%d %b %Y' },
  };
  const y = { type: 'quantitative' as const, title: `attacks since ${fan[0]?.date.slice(0, 10)}` };
  const legend = {
    scale: {
      domain: ['90% of runs', '50% of runs', 'median run', 'observed'],
      range: ['#c6dbef', '#6baed6', '#08519c', '#d62728'],
    },
    title: null,
  };
  const label = observed === undefined ? '' : ` against ${observed.label}`;
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: `Cumulative attacks: ${runs.length} simulated runs of ${parsed.name}${label}`,
    width: 640,
    height: 300,
    layer: [
      {
        data: { values: fan },
        mark: { type: 'area' },
        encoding: {
          x,
          y: { field: 'q05', ...y },
          y2: { field: 'q95' },
          color: { datum: '90% of runs', ...legend },
        },
      },
      {
        data: { values: fan },
        mark: { type: 'area' },
        encoding: {
          x,
          y: { field: 'q25', ...y },
          y2: { field: 'q75' },
          color: { datum: '50% of runs' },
        },
      },
      {
        data: { values: fan },
        mark: { type: 'line' },
        encoding: { x, y: { field: 'median', ...y }, color: { datum: 'median run' } },
      },
      {
        data: { values: observedRows },
        mark: { type: 'line', interpolate: 'step-after', strokeWidth: 2 },
        encoding: { x, y: { field: 'attacks', ...y }, color: { datum: 'observed' } },
      },
      {
        data: { values: observedRows.slice(1, -1) },
        mark: { type: 'point', filled: true },
        encoding: { x, y: { field: 'attacks', ...y }, color: { datum: 'observed' } },
      },
    ],
  };
}
