// Every function of the public surface, given undefined, null or a value of the wrong kind
// for its arguments, fails with a message that names the argument and what was expected,
// never with the engine's own "Cannot read properties of undefined" (issue: a misspelt preset
// key, presets['iraq2020'], must not surface as "Cannot use 'in' operator…").
import { describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';

const ENGINE_MESSAGE =
  /Cannot (read|use|convert|destructure|set)|is not a function|is not iterable|undefined is not|null is not|Maximum call stack|Invalid array length/;

const BAD_ARGUMENTS: unknown[][] = [
  [],
  [undefined],
  [null],
  [42],
  ['x'],
  [{}],
  [[1, 2, 3], undefined],
  [[1, 2, 3], null],
  [[1, 2, 3], 'x'],
  [{}, {}],
];

const functions = (Object.entries(lib) as [string, unknown][]).filter(
  (entry): entry is [string, (...args: unknown[]) => unknown] =>
    typeof entry[1] === 'function' && /^[a-z]/.test(entry[0]),
);

describe('argument checks on the public surface', () => {
  it('covers the public functions', () => {
    expect(functions.length).toBeGreaterThan(40);
  });

  it.each(functions)('%s names the argument it cannot use', (_, fn) => {
    for (const args of BAD_ARGUMENTS) {
      try {
        fn(...args);
      } catch (error) {
        expect(error).toBeInstanceOf(Error);
        expect({ args, message: (error as Error).message }).not.toEqual({
          args,
          message: expect.stringMatching(ENGINE_MESSAGE),
        });
      }
    }
  });

  it('says what a scenario may be when a preset key is misspelt', () => {
    const presets = lib.presets as Record<string, lib.Scenario>;
    expect(() =>
      lib.runEnsemble(presets.iraq2020 as lib.Scenario, { replicates: 2, seed: 1 }),
    ).toThrow(
      "scenario must be a scenario: a preset such as presets['iraq-2020'], an object for defineScenario, or a compiled scenario, received undefined",
    );
  });

  it('asks fitHawkes for its options and the horizon', () => {
    expect(() => (lib.fitHawkes as unknown as (t: number[]) => unknown)([1, 2, 3])).toThrow(
      'options must be an object with at least { horizon } (the end of observation in days), received undefined',
    );
  });
});
