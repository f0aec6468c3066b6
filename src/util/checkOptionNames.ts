import { requireObject } from './requireArgument.js';

/**
 * Refuse an options object with a key the function does not know, so a misspelt option
 * (`bootstrapp`, `keepEvent`) is an error rather than silently ignored.
 *
 * @param fn - the function's name, for the message
 * @param options - the options object as given
 * @param allowed - the option names the function reads
 * @throws RangeError naming the unknown option and listing the valid ones
 * @throws TypeError when options is not an object
 * @example
 * checkOptionNames('runScenario', { seed: 1 }, ['seed', 'replicate']); // => undefined
 */
export function checkOptionNames(fn: string, options: object, allowed: readonly string[]): void {
  requireObject('options', options, `an object of options of ${fn} (${allowed.join(', ')})`);
  for (const key of Object.keys(options)) {
    if (!allowed.includes(key)) {
      throw new RangeError(
        `options.${key} is not an option of ${fn}; valid options: ${allowed.join(', ')}`,
      );
    }
  }
}
