import { HOLD } from '../policies/actions.js';
import type { Policy } from '../policies/types.js';

/**
 * A policy that holds until a time and then decides as another policy does: in replay mode
 * the record's strikes are imposed up to the end of its window, and the scenario's policy
 * decides after it (for predictions of later weeks).
 *
 * @param policy - the policy that decides after `until`
 * @param until - the last day on which it holds
 * @returns the policy
 * @example
 * holdUntil(policies.titForTat.create(), 10).meta.name; // => 'titForTat after day 10'
 */
export function holdUntil(policy: Policy, until: number): Policy {
  const reads = policy.meta.reads.includes('time')
    ? policy.meta.reads
    : [...policy.meta.reads, 'time' as const];
  return {
    meta: { ...policy.meta, name: `${policy.meta.name} after day ${until}`, reads },
    decide: (observation, rng) =>
      observation.time <= until ? HOLD : policy.decide(observation, rng),
  };
}
