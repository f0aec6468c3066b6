import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actionProblem } from '../../src/policies/actions.js';
import { expressionPolicy } from '../../src/policies/expression/expressionPolicy.js';
import { policies } from '../../src/policies/policies.js';
import { OBSERVATION_FIELDS, type Policy } from '../../src/policies/types.js';
import { createRng } from '../../src/random/createRng.js';
import { observationArb, truncate } from './observationArbitrary.js';
import { forbiddenRng, playScript, type Step, script } from './scriptBuilder.js';

// Every catalogue policy with default parameters, a few variants that change memory depth or
// stochasticity, and expression policies (one bounded, one reading whole-history counts).
const battery: [string, Policy][] = [
  ...Object.entries(policies).map(([name, entry]): [string, Policy] => [name, entry.create()]),
  [
    'casualtyThreshold sinceLastStrike',
    policies.casualtyThreshold.create({ threshold: 2, count: 'sinceLastStrike' }),
  ],
  ['graduated short ladder', policies.graduated.create({ ladder: [3], quietDays: 5 })],
  [
    'graduated long ladder',
    policies.graduated.create({ ladder: [1, 1, 2, 3, 5, 8], quietDays: 10 }),
  ],
  ['generousTitForTat p=0', policies.generousTitForTat.create({ forgiveness: 0 })],
  ['generousTitForTat p=1', policies.generousTitForTat.create({ forgiveness: 1 })],
  [
    'expression bounded',
    expressionPolicy({
      strike:
        'isAttack and (lastAttackKilled >= 1 or daysSinceLastStrike > 14) and hostPressure < 0.8 * expulsionThreshold',
      delayDays: 'daysSinceLastStrike < 7 ? 3 : 1',
      targets: 'min(10, 1 + 2 * lastAttackKilled + pendingStrikes)',
      care: 'max(0, min(1, 0.9 - domesticPressure / 40))',
    }),
  ],
  [
    'expression unbounded',
    expressionPolicy({
      strike: 'attacksLast30Days >= 3 and strikesSoFar < 5',
      targets: 'attacksLast7Days + 1',
    }),
  ],
];

// A long seeded campaign: attacks at random gaps with random casualties, daily checks between.
function randomCampaign(seed: number, days: number): readonly Step[] {
  const rng = createRng(`campaign-${seed}`);
  const s = script();
  let next = rng() * 5;
  for (let day = 0; day < days; day++) {
    while (next < day) {
      s.attack(
        next,
        {
          killed: rng() < 0.15 ? 1 + Math.floor(rng() * 3) : 0,
          wounded: rng() < 0.4 ? Math.floor(rng() * 5) : 0,
          rockets: 1 + Math.floor(rng() * 30),
        },
        { hostPressure: rng() * 10, domesticPressure: rng() * 3 },
      );
      next += -Math.log(1 - rng()) * 4;
    }
    s.daily(day);
  }
  return s.steps;
}

const campaign = randomCampaign(1, 365);

describe.each(battery)('policy battery: %s', (_name, policy) => {
  it('has complete metadata', () => {
    const { meta } = policy;
    expect(meta.name.length).toBeGreaterThan(0);
    expect(meta.description.length).toBeGreaterThan(0);
    expect(meta.memoryDepth).toBeGreaterThanOrEqual(0);
    expect(meta.references.length).toBeGreaterThan(0);
    expect(Object.isFrozen(meta)).toBe(true);
    for (const r of meta.reads) expect(OBSERVATION_FIELDS).toContain(r);
  });

  it.skipIf(policy.meta.stochastic)('never draws from the rng when not stochastic', () => {
    expect(() => playScript(policy, campaign, forbiddenRng)).not.toThrow();
  });

  it('gives the same decisions for the same seed over a year-long campaign', () => {
    const first = playScript(policy, campaign, createRng('battery'));
    const second = playScript(policy, campaign, createRng('battery'));
    expect(second).toEqual(first);
  });

  it('reads no further back than its memory depth (histories truncated to it decide alike)', () => {
    fc.assert(
      fc.property(observationArb, fc.integer(), (o, seed) => {
        const depth = policy.meta.memoryDepth;
        const full = policy.decide(o, createRng(seed));
        const cut = policy.decide(truncate(o, depth), createRng(seed));
        expect(cut).toEqual(full);
      }),
      { numRuns: 300 },
    );
  });

  it('returns valid actions: delay finite >= 0, targets a whole number >= 1, care in [0, 1]', () => {
    fc.assert(
      fc.property(observationArb, fc.integer(), (o, seed) => {
        expect(actionProblem(policy.decide(o, createRng(seed)))).toBeUndefined();
      }),
      { numRuns: 300 },
    );
    for (const action of playScript(policy, campaign, createRng('valid')))
      expect(actionProblem(action)).toBeUndefined();
  });
});

describe('policy battery: restraint', () => {
  it('never strikes, whatever it observes', () => {
    const policy = policies.restraint.create();
    fc.assert(
      fc.property(observationArb, (o) => policy.decide(o, forbiddenRng).strike === false),
      { numRuns: 300 },
    );
  });

  it('every other catalogue policy does strike in the campaign (the battery can fail)', () => {
    for (const [name, entry] of Object.entries(policies)) {
      if (name === 'restraint') continue;
      const strikes = playScript(entry.create(), campaign, createRng('any')).filter(
        (a) => a.strike,
      ).length;
      expect(strikes, name).toBeGreaterThan(0);
    }
  });
});
