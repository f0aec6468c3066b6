import type { RunResult } from '../model/runScenario.js';
import type { AttackEvent, PoliticalEvent, StrikeEvent, TracePoint } from '../model/SimEvent.js';
import { defineScenario } from '../scenario/defineScenario.js';
import type { Scenario, ScenarioInput } from '../scenario/Scenario.js';
import { requireObject, SCENARIO_EXPECTED } from '../util/requireArgument.js';
import {
  type ChartSpec,
  dayToIso,
  isoToMs,
  requireList,
  requireResult,
  VEGA_LITE_SCHEMA,
} from './chartSupport.js';

const CASUALTY_KINDS = [
  'foreign killed',
  'foreign wounded',
  'host killed by militia',
  'host wounded by militia',
  'host killed by strikes',
  'host wounded by strikes',
] as const;

/**
 * One run as a dated timeline: attacks sized by their rockets and strikes by their sites, the
 * casualties of each day by whom they struck, the host government's reactions, and its
 * sovereignty pressure against the thresholds that turn it into condemnation, summons and
 * an expulsion demand.
 *
 * Why: the story of a run (the 2020 sequence in one picture) is read off a timeline faster
 * than off an event table; the pressure panel shows how close the run came to expulsion.
 *
 * @param run - a run from runScenario with its event log and a trace (`trace: [0, 1, …]`)
 * @param scenario - the scenario that ran (its start date and host thresholds)
 * @returns a Vega-Lite spec: three panels on one date axis
 * @throws TypeError for a run or scenario that is not one; RangeError naming run.trace when
 *   the run has no trace, or run.events when its log was not kept
 * @example
 * const scenario = presets['iraq-2020'];
 * const run = runScenario(scenario, { seed: 1, trace: [0, 100, 200, 300] });
 * timelineChart(run, scenario).vconcat.length; // => 3
 */
export function timelineChart(
  run: RunResult,
  scenario: Scenario | ScenarioInput,
): ChartSpec & { vconcat: unknown[] } {
  requireResult('run', run, 'a run result (runScenario(scenario, { seed, trace }))');
  requireObject('scenario', scenario, SCENARIO_EXPECTED);
  const events = requireList<RunResult['events'][number]>(
    'run.events',
    run.events,
    'the timeline needs the event log: run with keepEvents (the default)',
  );
  const trace = requireList<TracePoint>(
    'run.trace',
    run.trace,
    'the host-pressure panel needs a trace: runScenario(scenario, { seed, trace: [0, 1, 2, …] })',
  );
  if (events.length === 0 && (run.outcomes?.attacks ?? 0) > 0)
    throw new RangeError(
      `run.events is empty although the run had ${run.outcomes.attacks} attacks: run with keepEvents: true`,
    );
  const parsed = defineScenario(scenario);
  const startMs = isoToMs(parsed.start);
  const domain = [startMs, isoToMs(dayToIso(startMs, parsed.horizonDays))];
  const x = {
    field: 'date',
    type: 'temporal' as const,
    title: null,
    scale: { type: 'utc' as const, domain },
    axis: { format: '%d %b %Y' },
  };
  const attacks = events.filter((e): e is AttackEvent => e.type === 'attack');
  const strikes = events.filter((e): e is StrikeEvent => e.type === 'strike');
  const political = events.filter((e): e is PoliticalEvent => e.type === 'political');
  const withdrawals = events.filter((e) => e.type === 'withdrawal');
  const lanes = [
    ...attacks.map((a) => ({ date: a.date, lane: 'attack', size: a.rockets, label: a.base })),
    ...strikes.map((s) => ({ date: s.date, lane: 'strike', size: s.targets, label: s.militia })),
    ...political.map((p) => ({ date: p.date, lane: 'political', size: 1, label: p.level })),
    ...withdrawals.map((w) => ({ date: w.date, lane: 'withdrawal', size: 1, label: 'withdrawal' })),
  ];
  const casualties = [
    ...attacks.flatMap((a) => [
      { date: a.date, who: CASUALTY_KINDS[0], count: a.foreignKilled },
      { date: a.date, who: CASUALTY_KINDS[1], count: a.foreignWounded },
      { date: a.date, who: CASUALTY_KINDS[2], count: a.hostKilled },
      { date: a.date, who: CASUALTY_KINDS[3], count: a.hostWounded },
    ]),
    ...strikes.flatMap((s) => [
      { date: s.date, who: CASUALTY_KINDS[4], count: s.hostKilled },
      { date: s.date, who: CASUALTY_KINDS[5], count: s.hostWounded },
    ]),
  ].filter((c) => c.count > 0);
  const { condemnation, summon, expulsion } = parsed.hostGovernment.thresholds;
  const thresholds = [
    { level: 'condemnation', pressure: condemnation },
    { level: 'summon', pressure: summon },
    { level: 'expulsion', pressure: expulsion },
  ];
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: `${parsed.name}: one run (seed ${String(run.seed)}, replicate ${run.replicate})`,
    resolve: { scale: { x: 'shared', color: 'independent', size: 'independent' } },
    vconcat: [
      {
        width: 640,
        height: 120,
        title: 'Events (attacks sized by rockets, strikes by sites struck)',
        data: { values: lanes },
        mark: { type: 'point', filled: true, opacity: 0.8 },
        encoding: {
          x,
          y: {
            field: 'lane',
            type: 'nominal',
            title: null,
            scale: { domain: ['attack', 'strike', 'political', 'withdrawal'] },
          },
          size: { field: 'size', type: 'quantitative', title: 'rockets / sites' },
          color: { field: 'lane', type: 'nominal', legend: null },
          tooltip: [
            { field: 'date', type: 'nominal', title: 'date (UTC)' },
            { field: 'lane', type: 'nominal' },
            { field: 'label', type: 'nominal' },
            { field: 'size', type: 'quantitative' },
          ],
        },
      },
      {
        width: 640,
        height: 120,
        title: 'Casualties per day',
        data: { values: casualties },
        mark: { type: 'bar' },
        encoding: {
          x: { ...x, timeUnit: 'utcyearmonthdate' },
          y: { aggregate: 'sum', field: 'count', type: 'quantitative', title: 'people' },
          color: {
            field: 'who',
            type: 'nominal',
            scale: { domain: [...CASUALTY_KINDS] },
            title: null,
            legend: { labelLimit: 200 },
          },
        },
      },
      {
        width: 640,
        height: 140,
        title: 'Host sovereignty pressure and its thresholds',
        layer: [
          {
            data: { values: trace.map((t) => ({ date: t.date, pressure: t.hostPressure })) },
            mark: { type: 'line' },
            encoding: {
              x,
              y: { field: 'pressure', type: 'quantitative', title: 'host pressure' },
            },
          },
          {
            data: { values: thresholds },
            mark: { type: 'rule', strokeDash: [4, 3], color: 'firebrick' },
            encoding: { y: { field: 'pressure', type: 'quantitative' } },
          },
          {
            data: { values: thresholds },
            mark: { type: 'text', align: 'left', dx: 4, dy: -6, x: 0, color: 'firebrick' },
            encoding: { y: { field: 'pressure', type: 'quantitative' }, text: { field: 'level' } },
          },
        ],
      },
    ],
  };
}
