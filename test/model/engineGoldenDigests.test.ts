import { describe, expect, it } from 'vitest';
import { DIGEST_SCENARIOS, engineDigests } from '../helpers/engineDigests.js';

/**
 * Golden digests of the engine's output: 1,000 outcome rows, 40 event logs and 8 traced runs
 * per scenario (seed `golden`), taken before the engine's speed work of issue 7. Work that
 * makes the engine faster must leave every draw, event and float as it was; a change to the
 * model itself changes these on purpose, and the new values are read off the failure. The
 * slow suite checks 20,000 / 300 / 50 (engineGoldenDigests.slow.test.ts).
 */
const GOLDEN = new Map<string, { rows: string; logs: string; traced: string }>([
  ['iraq-2020', { rows: 'e41be67f29957400', logs: '28bcca4d153b32b1', traced: 'e34649798d5edfe1' }],
  ['restraint', { rows: '81d265c9607fab58', logs: '11154cfaa93e5e5f', traced: '582948e2c8030405' }],
  [
    'tit-for-tat-spiral',
    { rows: '4291e82118455067', logs: 'e718fd9564510a28', traced: '6960947795a14cd1' },
  ],
  [
    'deterrence-by-denial',
    { rows: '4143db3fb832b778', logs: 'f50ba4a687185e11', traced: '80a8700c56b571c6' },
  ],
  [
    'massive-retaliation',
    { rows: '8fd45ff33328ae9f', logs: 'a7567850b9c70a0c', traced: 'dd70ca7803c0db6d' },
  ],
  ['graduated', { rows: '2741af5dd62ed441', logs: '8c1d560a2f4b3c4e', traced: 'e5792d5f3c67ca9a' }],
  [
    'generousTitForTat',
    { rows: '8bf2ef6bfaa2f688', logs: '8feb09fe4637bf53', traced: 'd728f68903aaf63b' },
  ],
  [
    'pressureAware',
    { rows: '5e9beb334374a1b3', logs: 'b6ff6d50ccec2dbc', traced: '9578d0a2cb5b3450' },
  ],
]);

describe('engine output (golden digests)', () => {
  it.each(DIGEST_SCENARIOS)('%s: the same rows, logs and traces as before', (name, scenario) => {
    expect(engineDigests(scenario, { rows: 1000, logs: 40, traced: 8 })).toEqual(GOLDEN.get(name));
  });
});
