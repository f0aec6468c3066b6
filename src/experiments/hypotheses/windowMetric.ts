import type { SimEvent } from '../../model/SimEvent.js';

/** Metrics that can be counted over a window of days from the event log. */
export const WINDOW_METRICS = Object.freeze([
  'attacks',
  'rockets',
  'foreignKilled',
  'foreignWounded',
  'hostKilledByMilitia',
  'strikes',
  'hostKilledByStrikes',
  'militiaLosses',
] as const);

/** A metric counted over a window from the event log. */
export type WindowMetric = (typeof WINDOW_METRICS)[number];

/**
 * Count a metric over the events with time in (start, end]: attacks, their rockets and
 * casualties, or strikes that landed with their host and militia deaths.
 *
 * @param events - a run's event log
 * @param metric - the metric
 * @param start - window start (days from the scenario start; excluded)
 * @param end - window end (included)
 * @returns the count
 * @example
 * const run = runScenario(presets.restraint, { seed: 1 });
 * windowMetric(run.events, 'attacks', 0, 365) === run.outcomes.attacks; // => true
 */
export function windowMetric(
  events: readonly SimEvent[],
  metric: WindowMetric,
  start: number,
  end: number,
): number {
  let total = 0;
  for (const e of events) {
    if (e.time <= start || e.time > end) continue;
    if (e.type === 'attack') {
      if (metric === 'attacks') total += 1;
      else if (metric === 'rockets') total += e.rockets;
      else if (metric === 'foreignKilled') total += e.foreignKilled;
      else if (metric === 'foreignWounded') total += e.foreignWounded;
      else if (metric === 'hostKilledByMilitia') total += e.hostKilled;
    } else if (e.type === 'strike') {
      if (metric === 'strikes') total += 1;
      else if (metric === 'hostKilledByStrikes') total += e.hostKilled;
      else if (metric === 'militiaLosses') total += e.militiaKilled;
    }
  }
  return total;
}
