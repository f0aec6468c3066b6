import { describe, expect, it } from 'vitest';
import { generousTitForTat } from '../../src/policies/generousTitForTat.js';
import type { PolicyObservation } from '../../src/policies/types.js';
import { createRng } from '../../src/random/createRng.js';
import { meanAndStandardError } from '../helpers/expectClose.js';

const attack = {
  time: 0,
  militia: 'kh',
  base: 'taji',
  rockets: 1,
  foreignKilled: 0,
  foreignWounded: 0,
  hostKilled: 0,
  hostWounded: 0,
};
const afterAttack: PolicyObservation = {
  time: 0,
  trigger: 'attack',
  attack,
  attacks: [attack],
  strikes: [],
  pendingStrikes: 0,
  ownKilled: 0,
  ownWounded: 0,
  domesticPressure: 0,
  hostPressure: 0,
  expulsionThreshold: 10,
};

describe('generousTitForTat', () => {
  it('forgives a share of attacks equal to its forgiveness (N = 20000, seed gtft, within 4 SE)', () => {
    const policy = generousTitForTat({ forgiveness: 0.3 });
    const rng = createRng('gtft');
    const forgiven = Array.from({ length: 20_000 }, () =>
      policy.decide(afterAttack, rng).strike ? 0 : 1,
    );
    const { mean, se } = meanAndStandardError(forgiven);
    // SE ≈ sqrt(0.3 · 0.7 / 20000) ≈ 0.0032.
    expect(Math.abs(mean - 0.3)).toBeLessThan(4 * se);
  });

  it('draws exactly once per counted attack and never on a daily check', () => {
    let draws = 0;
    const rng = () => {
      draws++;
      return 0.9;
    };
    const policy = generousTitForTat({ respondTo: 'deadly' });
    policy.decide(afterAttack, rng); // not deadly: no draw
    policy.decide({ ...afterAttack, trigger: 'daily', attack: null }, rng);
    const deadly = { ...attack, foreignKilled: 1 };
    policy.decide({ ...afterAttack, attack: deadly, attacks: [deadly] }, rng);
    expect(draws).toBe(1);
  });
});
