import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/model/runScenario.js';
import type { AttackEvent } from '../../src/model/SimEvent.js';
import { presets } from '../../src/scenario/presets.js';

const attacks = (preset: 'restraint' | 'deterrence-by-denial', replicate: number) =>
  runScenario(presets[preset], { seed: 'crn', replicate }).events.filter(
    (e): e is AttackEvent => e.type === 'attack',
  );

describe('common random numbers', () => {
  it('base protection changes casualties but not attack times, targets or rockets', () => {
    // Neither preset strikes, and they share the militia; only the bases' protection differs.
    for (let replicate = 0; replicate < 20; replicate++) {
      const open = attacks('restraint', replicate);
      const hardened = attacks('deterrence-by-denial', replicate);
      expect(hardened.map((a) => [a.time, a.base, a.rockets])).toEqual(
        open.map((a) => [a.time, a.base, a.rockets]),
      );
    }
  });
});
