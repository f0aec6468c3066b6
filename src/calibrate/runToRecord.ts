import type { SimEvent } from '../model/SimEvent.js';
import type { ObservedRecord } from './observed/ObservedRecord.js';

/**
 * A simulated run as a record in the observed format (every mark known), so that summary
 * statistics are computed the same way from simulations and from data.
 *
 * @param events - the run's event log
 * @param template - the observed record whose label, start and window the result takes
 * @returns the record
 * @example
 * runToRecord(runScenario(presets.restraint, { seed: 1 }).events, observed).strikes.length; // => 0
 */
export function runToRecord(events: readonly SimEvent[], template: ObservedRecord): ObservedRecord {
  const attacks: ObservedRecord['attacks'][number][] = [];
  const strikes: ObservedRecord['strikes'][number][] = [];
  const political: ObservedRecord['political'][number][] = [];
  for (const e of events) {
    if (e.type === 'attack') {
      attacks.push({
        time: e.time,
        rockets: e.rockets,
        killed: e.foreignKilled + e.hostKilled,
        wounded: e.foreignWounded + e.hostWounded,
        hostKilled: e.hostKilled,
        target: e.base,
      });
    } else if (e.type === 'strike') {
      strikes.push({
        time: e.time,
        targets: e.targets,
        hostKilled: e.hostKilled,
        delayDays: e.time - e.decidedAt,
      });
    } else if (e.type === 'political') {
      political.push({ level: e.level, time: e.time });
    }
  }
  return {
    label: 'simulated',
    start: template.start,
    window: template.window,
    attacks,
    strikes,
    political,
  };
}
