import { HOLD } from '../../policies/actions.js';
import type { Policy } from '../../policies/types.js';
import { requireFunction, requireObject } from '../../util/requireArgument.js';

/** A policy that acts as another except for one strike decision, which it withholds. */
export interface WithholdingPolicy extends Policy {
  /** Withhold the strike the inner policy decides at this time (days) in the next run; NaN for none. */
  target(decidedAt: number): void;
}

/**
 * Wrap a policy so that, in a run, the strike it decides at a given time is withheld: the
 * counterfactual "the same replicate with that strike withheld".
 *
 * Why: with common random numbers the militia's streams do not depend on the policy, so the
 * run with the strike withheld is identical to the factual one until that decision, and the
 * difference afterwards is the strike's effect in that replicate — not a comparison of
 * different runs. Working at the policy layer leaves the engine alone. The inner policy still
 * makes (and draws for) the decision; only its strike is replaced by a hold. Later decisions
 * are the inner policy's own, given what happened since.
 *
 * The wrapper holds one target at a time: set it before each run and run replicates one
 * after another (it is not for sharing across threads).
 *
 * @param inner - the policy
 * @returns the wrapper, with `target(decidedAt)` to choose the decision to withhold
 * @example
 * const p = withholdStrike(policies.titForTat.create());
 * p.target(3.5); // the strike titForTat decides at day 3.5 is withheld in the next run
 * p.meta.name; // => 'titForTat (one strike withheld)'
 */
export function withholdStrike(inner: Policy): WithholdingPolicy {
  requireObject('inner', inner, 'a policy { meta, decide } (policies.titForTat(), say)');
  requireObject('inner.meta', inner.meta, 'a policy with its meta');
  requireFunction('inner.decide', inner.decide, 'a policy with a decide function');
  let decidedAt = Number.NaN;
  return {
    meta: Object.freeze({ ...inner.meta, name: `${inner.meta.name} (one strike withheld)` }),
    target(time: number) {
      decidedAt = time;
    },
    decide(o, rng) {
      const action = inner.decide(o, rng);
      return action.strike && o.time === decidedAt ? HOLD : action;
    },
  };
}
