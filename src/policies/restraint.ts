import { z } from 'zod';
import type {
  RestraintParamsFields,
  RestraintParamsInputFields,
} from '../scenario/scenarioTypes.js';
import { HOLD } from './actions.js';
import { parseParams } from './parseParams.js';
import type { Policy } from './types.js';

/** restraint takes no parameters. */
export const RestraintParams = z.strictObject({});
/**
 * Parameters of the `restraint` policy (`policies.restraint`).
 * Each field's unit, default, bounds and source are in its documentation.
 */
export interface RestraintParams extends RestraintParamsFields {}
/** `RestraintParams` as written: fields with defaults may be left out. */
export interface RestraintParamsInput extends RestraintParamsInputFields {}

const META = Object.freeze({
  name: 'restraint',
  description:
    'Never strikes: the control against which retaliation is judged (unconditional cooperation).',
  memoryDepth: 0,
  stochastic: false,
  reads: Object.freeze([]),
  references: Object.freeze([
    'Axelrod, R. (1984). The Evolution of Cooperation. Basic Books (the Cooperator strategy).',
  ]),
});

/**
 * The policy that never strikes.
 *
 * Why: every hypothesis about retaliation (provocation, haste, expulsion, resolve) needs the
 * counterfactual of no retaliation at all; with common random numbers it isolates the effect
 * of striking.
 *
 * @param params - none (an empty object is accepted, for uniformity with the catalogue)
 * @returns a policy whose decide always returns the shared HOLD action
 * @throws RangeError when params has any key
 * @example
 * restraint().decide(observation, rng).strike; // => false
 */
export function restraint(params: RestraintParamsInput = {}): Policy {
  parseParams(RestraintParams, params, 'restraint');
  return { meta: META, decide: () => HOLD };
}
