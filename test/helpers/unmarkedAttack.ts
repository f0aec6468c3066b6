import type { ObservedRecord } from '../../src/calibrate/observed/ObservedRecord.js';

/** An observed attack at `time` (days) with no marks: rockets, casualties and target unknown. */
export function unmarkedAttack(time: number): ObservedRecord['attacks'][number] {
  return { time, rockets: null, killed: null, wounded: null, hostKilled: null, target: null };
}
