import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PolicySpec, resolvePolicy } from '../../src/policies/PolicySpec.js';
import { PolicySpecError } from '../../src/policies/PolicySpecError.js';
import { policies } from '../../src/policies/policies.js';
import { forbiddenRng, playScript, script } from './scriptBuilder.js';

describe('PolicySpec', () => {
  it('validates a catalogue policy with partial params and fills the defaults', () => {
    expect(PolicySpec.parse({ name: 'graduated', params: { quietDays: 20 } })).toEqual({
      name: 'graduated',
      params: {
        ladder: [1, 2, 5, 10],
        quietDays: 20,
        respondTo: 'every',
        delayDays: 1.25,
        care: 0.5,
      },
    });
    expect(PolicySpec.parse({ name: 'restraint' })).toEqual({ name: 'restraint', params: {} });
  });

  it('accepts every catalogue name with no params', () => {
    for (const name of Object.keys(policies))
      expect(PolicySpec.safeParse({ name }).success, name).toBe(true);
  });

  it('names the valid policies when the name is unknown', () => {
    const result = PolicySpec.safeParse({ name: 'titfortat' });
    expect(result.success).toBe(false);
    expect(z.prettifyError(result.error as z.ZodError)).toMatchInlineSnapshot(`
      "✖ must be one of restraint, titForTat, casualtyThreshold, proportional, graduated, deliberate, massive, generousTitForTat, pressureAware, expression; received "titfortat"
        → at name"
    `);
  });

  it('refuses unknown and out-of-range params with their path', () => {
    const result = PolicySpec.safeParse({
      name: 'graduated',
      params: { quietDay: 20, ladder: [5, 2] },
    });
    expect(result.success).toBe(false);
    expect(z.prettifyError(result.error as z.ZodError)).toMatchInlineSnapshot(`
      "✖ Unrecognized key: "quietDay"
        → at params
      ✖ must be a non-empty list of at most 50 whole numbers in [1, 10000], never decreasing (sites per rung)
        → at params.ladder"
    `);
  });

  it('checks expressions at parse time, with the field as path', () => {
    const result = PolicySpec.safeParse({
      name: 'expression',
      strike: 'evaluate("1")',
      care: 'caution',
    });
    expect(result.success).toBe(false);
    expect(z.prettifyError(result.error as z.ZodError)).toMatchInlineSnapshot(`
      "✖ function evaluate is disabled: it evaluates, parses or alters code
        → at strike
      ✖ unknown variable caution; the scope has time, trigger, isAttack, lastAttackKilled, lastAttackWounded, lastAttackRockets, daysSinceLastAttack, ownKilled, ownWounded, attacksLast7Days, attacksLast30Days, daysSinceLastStrike, strikesSoFar, pendingStrikes, domesticPressure, hostPressure, expulsionThreshold (and pi, e, Infinity)
        → at care"
    `);
  });
});

describe('resolvePolicy', () => {
  it('builds catalogue policies with the given params', () => {
    const p = resolvePolicy({ name: 'titForTat', params: { targets: 2, respondTo: 'deadly' } });
    expect(p.meta.name).toBe('titForTat');
    const steps = script().attack(0, { wounded: 1 }).attack(1, { killed: 1 }).steps;
    expect(playScript(p, steps, forbiddenRng)).toEqual([
      { strike: false },
      { strike: true, delayDays: 1.25, targets: 2, care: 0.5 },
    ]);
  });

  it('builds expression policies, numbers allowed for constants', () => {
    const p = resolvePolicy({
      name: 'expression',
      strike: 'isAttack and ownKilled >= 2',
      delayDays: 4,
      targets: '3',
    });
    const steps = script().attack(0, { killed: 1 }).attack(1, { killed: 1 }).steps;
    expect(playScript(p, steps, forbiddenRng)).toEqual([
      { strike: false },
      { strike: true, delayDays: 4, targets: 3, care: 0.5 },
    ]);
  });

  it('throws a PolicySpecError listing the valid names for an unknown one', () => {
    expect(() => resolvePolicy({ name: 'nuclear' } as never)).toThrowErrorMatchingInlineSnapshot(`
      [PolicySpecError: Invalid policy (1 issue):
        policy.name: must be one of restraint, titForTat, casualtyThreshold, proportional, graduated, deliberate, massive, generousTitForTat, pressureAware, expression; received "nuclear"]
    `);
    expect(() => resolvePolicy({ name: 'nuclear' } as never)).toThrow(PolicySpecError);
  });
});

describe('PolicySpec range-checks constant expressions', () => {
  it('reports care outside [0, 1] at its path', () => {
    const result = PolicySpec.safeParse({ name: 'expression', strike: 'isAttack', care: 2 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['care']);
  });
});
