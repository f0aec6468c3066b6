import { describe, expect, it } from 'vitest';
import { actionProblem, strikeAction } from '../../src/policies/actions.js';
import { customPolicy } from '../../src/policies/customPolicy.js';
import { policies } from '../../src/policies/policies.js';
import { forbiddenRng, playScript, script } from './scriptBuilder.js';

describe('policy factories refuse bad parameters with a RangeError naming them', () => {
  it('names the parameter, the rule and the value', () => {
    expect(() => policies.graduated.create({ quietDays: -1 })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: quietDays must be a finite number > 0 (days), received -1 (graduated)]`,
    );
    expect(() => policies.titForTat.create({ targets: 2.5 })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: targets must be a whole number in [1, 10000] (sites), received 2.5 (titForTat)]`,
    );
    expect(() =>
      policies.generousTitForTat.create({ forgiveness: 1.5 }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: forgiveness must be a probability in [0, 1], received 1.5 (generousTitForTat)]`,
    );
    expect(() =>
      policies.titForTat.create({ respondTo: 'sometimes' as never }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: respondTo must be 'every', 'costly' or 'deadly', received "sometimes" (titForTat)]`,
    );
    expect(() =>
      policies.massive.create({ delayDays: Number.NaN }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: delayDays must be a number in [0, 36525] (days), received NaN (massive)]`,
    );
  });

  it('names unknown keys and the known ones', () => {
    expect(() =>
      policies.graduated.create({ quietDay: 3 } as never),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: params has unknown key "quietDay"; graduated takes: ladder, quietDays, respondTo, delayDays, care]`,
    );
    expect(() => policies.restraint.create({ x: 1 } as never)).toThrow(RangeError);
  });

  it('reports memory depth and stochasticity that follow the parameters', () => {
    expect(policies.casualtyThreshold.create({ count: 'sinceLastStrike' }).meta.memoryDepth).toBe(
      Number.POSITIVE_INFINITY,
    );
    expect(policies.graduated.create({ ladder: [1, 2, 3, 4, 5, 6] }).meta.memoryDepth).toBe(6);
    expect(policies.generousTitForTat.create({ forgiveness: 0 }).meta.stochastic).toBe(false);
    expect(policies.generousTitForTat.meta.stochastic).toBe(true);
  });
});

describe('actions', () => {
  it('strikeAction returns a frozen action and refuses out-of-range values', () => {
    expect(Object.isFrozen(strikeAction(1, 2, 0.5))).toBe(true);
    expect(() => strikeAction(1, 0, 0.5)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: targets must be an integer in [1, 10000], received 0]`,
    );
    expect(
      actionProblem({ strike: true, delayDays: Number.POSITIVE_INFINITY, targets: 1, care: 0 }),
    ).toMatch(/^delayDays/);
    expect(actionProblem({ strike: true, delayDays: 0, targets: 1, care: Number.NaN })).toMatch(
      /^care/,
    );
  });

  it('policies return the same action object on every strike (no allocation)', () => {
    const p = policies.titForTat.create();
    const [a, b] = playScript(p, script().attack(0).attack(1).steps, forbiddenRng);
    expect(a).toBe(b);
  });
});

describe('customPolicy', () => {
  it('wraps a function with conservative metadata unless told otherwise', () => {
    const p = customPolicy(() => ({ strike: false }));
    expect(p.meta).toMatchObject({
      name: 'custom',
      memoryDepth: Number.POSITIVE_INFINITY,
      stochastic: true,
    });
    const q = customPolicy(() => ({ strike: false }), {
      name: 'quiet',
      memoryDepth: 0,
      stochastic: false,
      references: ['me'],
    });
    expect(q.meta).toMatchObject({
      name: 'quiet',
      memoryDepth: 0,
      stochastic: false,
      references: ['me'],
    });
  });

  it('passes the rng through and fails loudly on an invalid action', () => {
    const p = customPolicy(
      (o, rng) =>
        o.attack && rng() < 0.5
          ? { strike: true, delayDays: 1, targets: o.attack.foreignKilled, care: 0.5 }
          : { strike: false },
      { name: 'buggy' },
    );
    const steps = script().attack(0, { killed: 1 }).attack(1, { killed: 0 }).attack(2).steps;
    expect(() => playScript(p, steps, () => 0.1)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: targets must be an integer in [1, 10000], received 0 (policy buggy at time 1)]`,
    );
  });
});
