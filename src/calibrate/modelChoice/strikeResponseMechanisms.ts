import { requireObject } from '../../util/requireArgument.js';
import type { Prior } from '../priors/Prior.js';
import type { Mechanism } from './Mechanism.js';

/**
 * The three standard mechanisms of retaliation for ABC model choice: "retaliation deters"
 * (a militia's strike response uniform on [−max, 0)), "retaliation provokes" (uniform on
 * (0, max]) and "no effect" (fixed at 0), each with the same priors on the other parameters.
 *
 * Why: whether strikes deter or provoke is the question hypotheses H1 and H4 ask; the sign
 * of the response is the mechanism, its size a nuisance parameter.
 *
 * @param shared - priors by path common to all three (e.g. the baseline)
 * @param options - `militia` index (default 0) and `maxResponse`, in attacks per strike (default 3)
 * @returns the three mechanisms
 * @throws RangeError when maxResponse is not a finite number > 0 or militia not an index
 * @example
 * strikeResponseMechanisms({}).map((m) => m.name);
 * // => ['retaliation deters', 'retaliation provokes', 'no effect']
 */
export function strikeResponseMechanisms(
  shared: Readonly<Record<string, Prior>>,
  options: { readonly militia?: number; readonly maxResponse?: number } = {},
): Mechanism[] {
  requireObject(
    'shared',
    shared,
    'an object of priors by scenario path, shared by every mechanism',
  );
  requireObject('options', options, 'an object { militia?, maxResponse? }');
  const militia = options.militia ?? 0;
  const max = options.maxResponse ?? 3;
  if (!(Number.isInteger(militia) && militia >= 0))
    throw new RangeError(`militia must be an integer index ≥ 0, received ${militia}`);
  if (!(Number.isFinite(max) && max > 0))
    throw new RangeError(`maxResponse must be a finite number > 0, received ${max}`);
  const path = `militias.${militia}.strikeResponse`;
  const mechanism = (name: string, prior: Prior): Mechanism => ({
    name,
    parameters: { ...shared, [path]: prior },
  });
  return [
    mechanism('retaliation deters', { type: 'uniform', min: -max, max: 0 }),
    mechanism('retaliation provokes', { type: 'uniform', min: 0, max }),
    mechanism('no effect', { type: 'fixed', value: 0 }),
  ];
}
