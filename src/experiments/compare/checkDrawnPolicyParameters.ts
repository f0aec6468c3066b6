import type { ParameterDraws } from '../../calibrate/ParameterDraws.js';
import type { PolicyDescription } from './policyChoice.js';

const POLICY_PREFIX = 'foreignForce.policy.';

/** The value at a dotted path inside a policy spec, or undefined. */
function valueAt(spec: unknown, keys: readonly string[]): unknown {
  let value = spec;
  for (const key of keys)
    value =
      typeof value === 'object' && value !== null
        ? (value as Record<string, unknown>)[key]
        : undefined;
  return value;
}

/**
 * Refuse a posterior that draws a policy parameter the compared policies set differently.
 *
 * Why: a draw that sets a policy parameter (`foreignForce.policy.params.x`) gives every arm
 * the drawn x, so a comparison whose arms differ in x (H2's 6-hour and 5-day delays, say)
 * would compare a policy with itself and report an effect of exactly 0. A drawn parameter
 * the arms share, or one only a single policy runs with, is the posterior's to set. A
 * TypeScript policy has no spec a draw could set, so drawing policy parameters with one is
 * refused too.
 *
 * @param policies - the compared policies, as resolved
 * @param draws - the posterior, if any
 * @throws RangeError naming the path and each policy's value, or the TypeScript policy
 * @example
 * const [a, b] = resolvePolicyChoices([
 *   { name: 'casualtyThreshold', params: { delayDays: 0.25 } },
 *   { name: 'casualtyThreshold', params: { delayDays: 5 } },
 * ]);
 * checkDrawnPolicyParameters([a.description, b.description],
 *   { paths: ['militias.0.baseline'], draws: [[0.1]] }); // => undefined
 */
export function checkDrawnPolicyParameters(
  policies: readonly PolicyDescription[],
  draws: ParameterDraws | undefined,
): void {
  if (draws === undefined) return;
  for (const path of draws.paths) {
    if (!path.startsWith(POLICY_PREFIX)) continue;
    const keys = path.slice(POLICY_PREFIX.length).split('.');
    const coded = policies.find((p) => p.spec === undefined);
    if (coded)
      throw new RangeError(
        `posterior path ${path} draws a policy parameter, but ${coded.label} is a TypeScript policy, whose parameters a draw cannot set (the policy would be rebuilt from the scenario's policy spec instead). Give the policy as a spec ({ name, params }), or leave policy parameters out of the posterior`,
      );
    const values = policies.map((p) => valueAt(p.spec, keys));
    if (values.every((v) => JSON.stringify(v) === JSON.stringify(values[0]))) continue;
    const each = policies
      .map(
        (p, i) => `${p.label} ${values[i] === undefined ? 'has none' : JSON.stringify(values[i])}`,
      )
      .join(', ');
    throw new RangeError(
      `posterior path ${path} draws a policy parameter the compared policies set differently (${each}): every policy would run with the drawn value, so the comparison would lose the difference it tests. Leave policy parameters out of the posterior, or compare policies that share this one`,
    );
  }
}
