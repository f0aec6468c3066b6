import { describe, expect, it } from 'vitest';
import { ExpressionPolicyError } from '../../src/policies/expression/ExpressionPolicyError.js';
import { expressionPolicy } from '../../src/policies/expression/expressionPolicy.js';
import { forbiddenRng, H, playScript, S, script } from './scriptBuilder.js';

const refusal = (spec: Parameters<typeof expressionPolicy>[0]): string => {
  try {
    expressionPolicy(spec);
  } catch (error) {
    expect(error).toBeInstanceOf(ExpressionPolicyError);
    return (error as Error).message;
  }
  throw new Error('expected the expression to be refused');
};

describe('expressionPolicy refuses unsafe or wrong expressions when built', () => {
  it('refuses import, evaluate, parse, createUnit and the random functions', () => {
    expect(refusal({ strike: 'import({ x: 1 })' })).toMatchInlineSnapshot(
      `"strike expression "import({ x: 1 })": function import is disabled: it evaluates, parses or alters code"`,
    );
    expect(refusal({ strike: 'evaluate("1")' })).toMatchInlineSnapshot(
      `"strike expression "evaluate(\\"1\\")": function evaluate is disabled: it evaluates, parses or alters code"`,
    );
    expect(refusal({ strike: 'true', targets: 'parse("x")' })).toMatchInlineSnapshot(
      `"targets expression "parse(\\"x\\")": function parse is disabled: it evaluates, parses or alters code"`,
    );
    expect(refusal({ strike: 'createUnit("x")' })).toMatchInlineSnapshot(
      `"strike expression "createUnit(\\"x\\")": function createUnit is disabled: it evaluates, parses or alters code"`,
    );
    expect(refusal({ strike: 'random() < 0.5' })).toMatchInlineSnapshot(
      `"strike expression "random() < 0.5": function random is disabled: randomness must come from the simulation's seeded generator"`,
    );
  });

  it('refuses unknown variables, naming the scope', () => {
    expect(refusal({ strike: 'true', care: 'carefulness / 2' })).toMatchInlineSnapshot(
      `"care expression "carefulness / 2": unknown variable carefulness; the scope has time, trigger, isAttack, lastAttackKilled, lastAttackWounded, lastAttackRockets, daysSinceLastAttack, ownKilled, ownWounded, attacksLast7Days, attacksLast30Days, daysSinceLastStrike, strikesSoFar, pendingStrikes, domesticPressure, hostPressure, expulsionThreshold (and pi, e, Infinity)"`,
    );
  });

  it('refuses syntax errors', () => {
    expect(refusal({ strike: 'ownKilled >' })).toMatchInlineSnapshot(
      `"strike expression "ownKilled >": does not parse: Unexpected end of expression (char 12)"`,
    );
  });

  it('refuses assignment, property access, strings, matrices, units and other functions', () => {
    expect(refusal({ strike: 'ownKilled = 3' })).toMatchInlineSnapshot(
      `"strike expression "ownKilled = 3": assignment (=) is not allowed"`,
    );
    expect(refusal({ strike: 'f(x) = 1' })).toMatchInlineSnapshot(
      `"strike expression "f(x) = 1": defining a function is not allowed"`,
    );
    expect(refusal({ strike: 'time.constructor' })).toMatchInlineSnapshot(
      `"strike expression "time.constructor": property or index access is not allowed"`,
    );
    expect(refusal({ strike: '"yes"' })).toMatchInlineSnapshot(
      `"strike expression "\\"yes\\"": only numbers and true/false may appear as constants, found "yes""`,
    );
    expect(refusal({ strike: '[1, 2]' })).toMatchInlineSnapshot(
      `"strike expression "[1, 2]": a matrix or list is not allowed"`,
    );
    expect(refusal({ strike: 'time to cm' })).toMatchInlineSnapshot(
      `"strike expression "time to cm": unknown variable cm; the scope has time, trigger, isAttack, lastAttackKilled, lastAttackWounded, lastAttackRockets, daysSinceLastAttack, ownKilled, ownWounded, attacksLast7Days, attacksLast30Days, daysSinceLastStrike, strikesSoFar, pendingStrikes, domesticPressure, hostPressure, expulsionThreshold (and pi, e, Infinity)"`,
    );
    expect(refusal({ strike: 'sin(time) > 0' })).toMatchInlineSnapshot(
      `"strike expression "sin(time) > 0": sin is not an allowed function; allowed: abs, sign, sqrt, exp, log10, log2, floor, ceil, round, log, pow, mod, min, max"`,
    );
    expect(refusal({ strike: 'a = 1; a' })).toMatchInlineSnapshot(
      `"strike expression "a = 1; a": several statements (; or newline) is not allowed"`,
    );
    expect(refusal({ strike: 'ownKilled!' })).toMatchInlineSnapshot(
      `"strike expression "ownKilled!": operator ! (factorial) is not allowed"`,
    );
    expect(refusal({ strike: 'pow(2)' })).toMatchInlineSnapshot(
      `"strike expression "pow(2)": pow takes 2 argument(s), given 1"`,
    );
  });

  it('checks constant delay, targets and care when built', () => {
    expect(refusal({ strike: 'isAttack', care: 2 })).toMatchInlineSnapshot(
      `"care expression "2": must give a number in [0, 1], got 2 (when the policy is built)"`,
    );
    expect(refusal({ strike: 'isAttack', targets: '0.4' })).toMatchInlineSnapshot(
      `"targets expression "0.4": must give a number that rounds to [1, 10000], got 0 (when the policy is built)"`,
    );
  });

  it('fails loudly, with the time, when a computed value is out of range during a run', () => {
    const policy = expressionPolicy({ strike: 'isAttack', delayDays: '1 - lastAttackKilled' });
    const steps = script().attack(0).attack(3, { killed: 2 }).steps;
    expect(() => playScript(policy, steps, forbiddenRng)).toThrowErrorMatchingInlineSnapshot(
      `[ExpressionPolicyError: delayDays expression "1 - lastAttackKilled": must give a number in [0, 36525], got -1 (at time 3)]`,
    );
  });
});

describe('expressionPolicy decides as written', () => {
  // Strike after a deadly attack, or after any attack once three came within a week; wait
  // longer when the last strike was recent; two sites per death plus one; care falls with
  // domestic pressure (values chosen to be exact in binary, so toEqual is safe).
  const policy = expressionPolicy({
    strike: 'isAttack and (lastAttackKilled >= 1 or attacksLast7Days >= 3)',
    delayDays: 'daysSinceLastStrike < 7 ? 3 : 1',
    targets: 'min(10, 1 + 2 * lastAttackKilled)',
    care: 'max(0.125, 1 - domesticPressure / 8)',
  });
  const steps = script()
    .attack(0, { wounded: 1 }) // 1: one attack in 7 days, none killed: hold
    .daily(1) // 2
    .attack(2, { killed: 2 }) // 3: deadly: no strike yet → delay 1; 5 sites; care 0.875
    .attack(3) // 4: three attacks in (−4, 3]: strike; the day-2 strike landed at 3 → delay 3
    .daily(4, { domesticPressure: 5 }) // 5
    .attack(12, { killed: 1 }, { domesticPressure: 9 }) // 6: deadly; last landed day 6 (6 days) → delay 3; care 0.125
    .attack(13, { killed: 5 }) // 7: last landed day 6 (7 days, not < 7) → delay 1; 11 sites capped at 10
    .attack(30).steps; // 8: alone in its week, none killed: hold

  it('matches the hand-computed decisions', () => {
    expect(policy.meta.memoryDepth).toBe(Number.POSITIVE_INFINITY); // attacksLast7Days
    expect(policy.meta.stochastic).toBe(false);
    expect(playScript(policy, steps, forbiddenRng)).toEqual([
      H,
      H,
      S(1, 5, 0.875),
      S(3, 1, 0.875),
      H,
      S(3, 3, 0.125),
      S(1, 10, 0.125),
      H,
    ]);
  });
});
