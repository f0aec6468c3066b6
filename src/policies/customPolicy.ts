import type { RandomSource } from '../random/createRng.js';
import { requireFunction, requireObject } from '../util/requireArgument.js';
import { actionProblem } from './actions.js';
import {
  OBSERVATION_FIELDS,
  type Policy,
  type PolicyAction,
  type PolicyMeta,
  type PolicyObservation,
} from './types.js';

/**
 * Wrap a TypeScript decision function as a policy.
 *
 * Why: researchers test their own rules. Unless told otherwise the metadata is conservative —
 * unbounded memory, stochastic, reads everything — so the test battery and the engine assume
 * nothing false about it. Each action it returns is checked (finite delay >= 0, whole number
 * of targets >= 1, care in [0, 1]): a bug in user code fails loudly at the decision that made
 * it, not as a NaN in the results. The function must be stateless — the same policy object
 * serves every replicate — and draw only from the `rng` it is given.
 *
 * @param decide - the rule: (observation, rng) → action
 * @param meta - metadata overrides (name, description, memoryDepth, stochastic, reads, references)
 * @returns the policy
 * @throws RangeError from decide when the function returns an invalid action, naming the
 *   policy, the field and the time
 * @example
 * const p = customPolicy((o) => (o.ownKilled > 5 ? { strike: true, delayDays: 2, targets: 3, care: 0.7 } : { strike: false }), { name: 'afterFive' });
 * p.meta.memoryDepth; // => Infinity
 */
export function customPolicy(
  decide: (observation: PolicyObservation, rng: RandomSource) => PolicyAction,
  meta: Partial<PolicyMeta> = {},
): Policy {
  requireFunction('decide', decide, 'a function (observation, rng) => action');
  requireObject('meta', meta, 'an object of policy metadata (name, memoryDepth, …)');
  const full: PolicyMeta = Object.freeze({
    name: meta.name ?? 'custom',
    description: meta.description ?? 'A user-supplied decision function.',
    memoryDepth: meta.memoryDepth ?? Number.POSITIVE_INFINITY,
    stochastic: meta.stochastic ?? true,
    reads: Object.freeze([...(meta.reads ?? OBSERVATION_FIELDS)]),
    references: Object.freeze([...(meta.references ?? [])]),
  });
  return {
    meta: full,
    decide(o, rng) {
      const action = decide(o, rng);
      const problem =
        action === null || typeof action !== 'object'
          ? 'action must be an object'
          : actionProblem(action);
      if (problem !== undefined)
        throw new RangeError(`${problem} (policy ${full.name} at time ${o.time})`);
      return action;
    },
  };
}
