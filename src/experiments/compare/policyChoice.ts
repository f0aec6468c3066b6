import { PolicySpec, type PolicySpecInput, resolvePolicy } from '../../policies/PolicySpec.js';
import type { Policy } from '../../policies/types.js';

/** A policy to run: a catalogue name, a policy spec (with params), or a Policy object. */
export type PolicyChoice = string | PolicySpecInput | Policy;

/** A policy as an experiment ran it: its label, name and the parameters it ran with. */
export interface PolicyDescription {
  /** Unique within the experiment: the name, or `name#i` when a name repeats. */
  readonly label: string;
  readonly name: string;
  /** The complete spec with every default filled in; absent for a TypeScript policy. */
  readonly spec?: PolicySpec;
  /** The policy's own one-line description. */
  readonly description: string;
}

/** A resolved policy choice: the Policy to run and how to describe it. */
export interface ResolvedPolicy {
  readonly policy: Policy;
  readonly description: PolicyDescription;
}

/**
 * Resolve policy choices to runnable policies with complete descriptions.
 *
 * Why: an output must say which parameters a policy ran with, so a reader cannot mistake a
 * preset's tuned policy for the policy's defaults: a bare name runs with the catalogue
 * defaults, and the description lists every one of them.
 *
 * @param choices - names, specs or Policy objects
 * @returns one resolved policy per choice, labels unique
 * @throws PolicySpecError for an unknown name (listing the valid ones) or bad params
 * @example
 * resolvePolicyChoices(['titForTat'])[0]?.description.spec?.params;
 * // => { delayDays: 1, targets: 1, care: 0.5 }
 */
export function resolvePolicyChoices(choices: readonly PolicyChoice[]): ResolvedPolicy[] {
  const resolved = choices.map(
    (
      choice,
    ): Omit<ResolvedPolicy, 'description'> & {
      description: Omit<PolicyDescription, 'label'>;
    } => {
      if (isPolicy(choice))
        return {
          policy: choice,
          description: { name: choice.meta.name, description: choice.meta.description },
        };
      const input = (typeof choice === 'string' ? { name: choice } : choice) as PolicySpecInput;
      const policy = resolvePolicy(input);
      const spec = PolicySpec.parse(input);
      return {
        policy,
        description: { name: policy.meta.name, spec, description: policy.meta.description },
      };
    },
  );
  const counts = new Map<string, number>();
  for (const r of resolved)
    counts.set(r.description.name, (counts.get(r.description.name) ?? 0) + 1);
  const seen = new Map<string, number>();
  return resolved.map((r) => {
    const name = r.description.name;
    const index = (seen.get(name) ?? 0) + 1;
    seen.set(name, index);
    const label = (counts.get(name) ?? 0) > 1 ? `${name}#${index}` : name;
    return { policy: r.policy, description: { label, ...r.description } };
  });
}

/**
 * Whether a value is a Policy object (has `meta` and a `decide` function).
 * @param value - a policy choice
 * @returns true for a Policy
 * @example
 * isPolicy('titForTat'); // => false
 */
export function isPolicy(value: unknown): value is Policy {
  return (
    typeof value === 'object' &&
    value !== null &&
    'decide' in value &&
    typeof (value as Policy).decide === 'function' &&
    'meta' in value
  );
}
