import type { CompiledScenario } from '../model/compileScenario.js';
import { createRunState } from '../model/RunState.js';
import { replicateStreamSeed } from '../model/replicateStreamSeed.js';
import { simulateRun } from '../model/simulateRun.js';
import type { ObservedRecord } from './observed/ObservedRecord.js';

/**
 * Simulate one run and return it as a record in the observed format: the same record as
 * `runToRecord(runScenario(compiled, { seed: stream }).events, template)`, built from the
 * run's own histories of attacks, strikes and political reactions instead of its event log.
 *
 * Why: a calibration simulates hundreds of thousands of runs and needs only their records;
 * the event log's objects and calendar dates cost more than the run itself.
 *
 * @param compiled - the compiled scenario
 * @param stream - the run's seed (replicate 0 of it, as runScenario's default)
 * @param template - the observed record whose label, start and window the result takes
 * @returns the simulated record
 * @example
 * simulateRecord(compileScenario(presets.restraint), 1, observed).strikes.length; // => 0
 */
export function simulateRecord(
  compiled: CompiledScenario,
  stream: number | string,
  template: ObservedRecord,
): ObservedRecord {
  const state = createRunState(compiled, replicateStreamSeed(stream, 0), false, [], true);
  simulateRun(state);
  return {
    label: 'simulated',
    start: template.start,
    window: template.window,
    attacks: state.attackHistory.map((a) => ({
      time: a.time,
      rockets: a.rockets,
      killed: a.foreignKilled + a.hostKilled,
      wounded: a.foreignWounded + a.hostWounded,
      hostKilled: a.hostKilled,
      target: a.base,
    })),
    strikes: state.strikeHistory.map((s) => ({
      time: s.time,
      targets: s.targets,
      hostKilled: s.hostKilled,
      delayDays: s.time - s.decidedAt,
    })),
    political: state.politicalHistory.map((p) => ({ level: p.level, time: p.time })),
  };
}
