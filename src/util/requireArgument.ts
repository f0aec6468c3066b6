/**
 * Checks of a public function's arguments for the mistakes a type checker does not catch in
 * JavaScript or notebooks: `undefined` (a misspelt key, `presets['iraq2020']`), `null`, or a
 * value of the wrong kind. Each throws a TypeError whose message starts with the argument's
 * name, says what was expected and what was received, instead of the engine's
 * "Cannot read properties of undefined".
 */

/** What a scenario argument may be, for messages. */
export const SCENARIO_EXPECTED =
  "a scenario: a preset such as presets['iraq-2020'], an object for defineScenario, or a compiled scenario";

/**
 * A short description of a value for an error message.
 *
 * @param value - anything
 * @returns e.g. `undefined`, `null`, `an array`, `the number 42`, `the string "x"`
 * @example
 * describeValue([1]); // => 'an array'
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'string')
    return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return `a ${typeof value}`;
}

/**
 * Require a plain object (not null, not an array).
 *
 * @param name - the argument's name, e.g. `params`
 * @param value - the argument
 * @param expected - what it should be, e.g. `an object { baseline, branchingRatio, decay }`
 * @throws TypeError `name must be expected, received …`
 * @example
 * requireObject('params', { baseline: 1 }, 'an object'); // => undefined
 */
export function requireObject(
  name: string,
  value: unknown,
  expected: string,
): asserts value is object {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new TypeError(`${name} must be ${expected}, received ${describeValue(value)}`);
}

/**
 * Require an array or a typed array (anything with a length and number indices but a string).
 *
 * @param name - the argument's name, e.g. `times`
 * @param value - the argument
 * @param expected - what it should be, e.g. `an array of event times in days`
 * @throws TypeError `name must be expected, received …`
 * @example
 * requireArrayLike('times', new Float64Array(2), 'an array'); // => undefined
 */
export function requireArrayLike(
  name: string,
  value: unknown,
  expected: string,
): asserts value is ArrayLike<unknown> {
  if (!(Array.isArray(value) || ArrayBuffer.isView(value)))
    throw new TypeError(`${name} must be ${expected}, received ${describeValue(value)}`);
}

/**
 * Require a function.
 *
 * @param name - the argument's name, e.g. `rng`
 * @param value - the argument
 * @param expected - what it should be, e.g. `a random source (createRng(seed))`
 * @throws TypeError `name must be expected, received …`
 * @example
 * requireFunction('rng', () => 0.5, 'a random source'); // => undefined
 */
export function requireFunction(
  name: string,
  value: unknown,
  expected: string,
): asserts value is (...args: never[]) => unknown {
  if (typeof value !== 'function')
    throw new TypeError(`${name} must be ${expected}, received ${describeValue(value)}`);
}

/**
 * Require a string.
 *
 * @param name - the argument's name, e.g. `text`
 * @param value - the argument
 * @param expected - what it should be, e.g. `CSV text`
 * @throws TypeError `name must be expected, received …`
 * @example
 * requireString('text', 'a,b', 'CSV text'); // => undefined
 */
export function requireString(
  name: string,
  value: unknown,
  expected: string,
): asserts value is string {
  if (typeof value !== 'string')
    throw new TypeError(`${name} must be ${expected}, received ${describeValue(value)}`);
}
