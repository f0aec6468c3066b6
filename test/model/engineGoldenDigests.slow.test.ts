import { describe, expect, it } from 'vitest';
import { DIGEST_SCENARIOS, engineDigests, FULL_DIGEST } from '../helpers/engineDigests.js';

/**
 * Golden digests of 20,000 outcome rows, 300 event logs and 50 traced runs per scenario (seed
 * `golden`), taken before the engine's speed work of issue 7 (see engineGoldenDigests.test.ts
 * for the quick version). About 40 s on one loaded core.
 */
const GOLDEN = new Map<string, { rows: string; logs: string; traced: string }>([
  ['iraq-2020', { rows: '4751458990295e1b', logs: 'f813cc4ac378d1bc', traced: 'c68baa6b9c86c6dc' }],
  ['restraint', { rows: '5c060fac7d577410', logs: 'e334f9b9f7abde83', traced: 'cc09fee1f37a4ac3' }],
  [
    'tit-for-tat-spiral',
    { rows: '09df726966286c09', logs: 'a0d8c8254f35329a', traced: '515a1bf2656ad746' },
  ],
  [
    'deterrence-by-denial',
    { rows: 'd9b767a6619c0355', logs: '74f61156fb41f369', traced: 'd79671dc5c486784' },
  ],
  [
    'massive-retaliation',
    { rows: '9381b9060814363a', logs: '5976cba2413f08b3', traced: '5d8d1399e4c88520' },
  ],
  ['graduated', { rows: '45a9d3a68b15335c', logs: '815af86070650a88', traced: '011345e4c0cdb8db' }],
  [
    'generousTitForTat',
    { rows: '26c8e4cc9a022275', logs: '7b32f56ed2c3d8b9', traced: 'd8e4169823912ea4' },
  ],
  [
    'pressureAware',
    { rows: 'f95d9cbe72fbdb49', logs: '86fce593acf1334b', traced: 'ec4e9eea7c054efb' },
  ],
]);

describe('engine output (golden digests, full size)', () => {
  it.each(DIGEST_SCENARIOS)('%s: the same rows, logs and traces as before', (name, scenario) => {
    expect(engineDigests(scenario, FULL_DIGEST)).toEqual(GOLDEN.get(name));
  });
});
