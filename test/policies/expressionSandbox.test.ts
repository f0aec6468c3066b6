import { afterEach, describe, expect, it } from 'vitest';
import { ExpressionPolicyError } from '../../src/policies/expression/ExpressionPolicyError.js';
import { expressionPolicy } from '../../src/policies/expression/expressionPolicy.js';
import { MAX_EXPRESSION_NESTING } from '../../src/policies/expression/restrictedParse.js';

/**
 * A regression corpus of sandbox escapes against mathjs expression evaluation (the published
 * mathjs security advisories and the usual JavaScript prototype tricks): each payload tries
 * to reach `Function` and run code that sets a global. Every one must be refused when the
 * policy is built, with an ExpressionPolicyError, and no code may run.
 */
const CODE = 'globalThis.__escalationSimPwned = 1';
const SENTINEL = '__escalationSimPwned';

const handles = [
  'cos',
  'sqrt',
  'max',
  'isAttack',
  'lastAttackKilled',
  'pi',
  '[]',
  '{}',
  '""',
  '1',
  '(1)',
  'f',
  'true',
  'e',
];
const accessors = [
  '.constructor',
  '["constructor"]',
  '.__proto__',
  '["__proto__"]',
  '.prototype',
  '.toString',
  '.valueOf',
  '.bind',
  '.call',
  '.apply',
];
const escapes = handles.flatMap((h) =>
  accessors.flatMap((a) => [
    `${h}${a}`,
    `${h}${a}.constructor("${CODE}")()`,
    `${h}${a}("${CODE}")()`,
  ]),
);

const named = [
  `import({}, {override: true})`,
  `import({evaluate: 1})`,
  `evaluate("${CODE}")`,
  `parse("1").compile().evaluate()`,
  `compile("1").evaluate()`,
  `createUnit("pwn")`,
  `simplify("x")`,
  `derivative("x^2", "x")`,
  `resolve(parse("x"), {})`,
  `chain(1).done()`,
  `config({number: "BigNumber"})`,
  `typed("f", {})`,
  `reviver("x", 1)`,
  `help(cos)`,
  `random()`,
  `randomInt(1, 10)`,
  `pickRandom([1, 2])`,
  `eval("${CODE}")`,
  `Function("${CODE}")()`,
  `require("child_process").execSync("id")`,
  `process.exit(1)`,
  `globalThis`,
  `global`,
  `this`,
  `Object.assign`,
  `f(x) = x`,
  `f(x) = x; f.constructor("${CODE}")()`,
  `a = 1`,
  `a.b = 1`,
  `x = cos; x.constructor("${CODE}")()`,
  `[1, 2, 3]`,
  `matrix([1])`,
  `1:3`,
  `5 cm`,
  `unit("5 cm")`,
  `"string"`,
  `string(1)`,
  `format(1)`,
  `print("$a", {a: 1})`,
  `map([1], cos)`,
  `forEach([1], cos)`,
  `{a: 1}`,
  `{a: 1}.a`,
  `1; 2`,
  `1\n2`,
  `hasOwnProperty("x")`,
  `toString()`,
  `valueOf()`,
  `constructor`,
  `__proto__`,
  `prototype`,
  `isAttack ? cos.constructor("${CODE}")() : 0`,
  `max(1, cos.constructor("${CODE}")())`,
  `\\u0063os.constructor("${CODE}")()`,
  `"\\u0063onstructor"`,
  `cos["con" + "structor"]`,
  `${'('.repeat(MAX_EXPRESSION_NESTING + 1)}1${')'.repeat(MAX_EXPRESSION_NESTING + 1)}`,
  `${'1 ? '.repeat(MAX_EXPRESSION_NESTING + 1)}1${' : 0'.repeat(MAX_EXPRESSION_NESTING + 1)}`,
  `x`.repeat(2001),
];

const corpus = [...new Set([...escapes, ...named])];

afterEach(() => {
  delete (globalThis as Record<string, unknown>)[SENTINEL];
});

describe(`expression policies refuse every payload of a ${corpus.length}-entry sandbox-escape corpus`, () => {
  it('has a corpus of at least 400 payloads', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(400);
  });

  it.each(corpus.map((p) => [p.length > 60 ? `${p.slice(0, 57)}…` : p, p]))(
    'refuses %s',
    (_, payload) => {
      for (const field of ['strike', 'delayDays', 'targets', 'care'] as const) {
        const spec = { strike: 'isAttack', [field]: payload };
        let thrown: unknown;
        try {
          const policy = expressionPolicy(spec);
          // Not refused at build: it must at least never run code when it decides.
          policy.decide({ time: 1, trigger: 'attack' } as never, () => 0.5);
        } catch (error) {
          thrown = error;
        }
        expect(thrown, `${field}: ${payload}`).toBeInstanceOf(ExpressionPolicyError);
        expect((globalThis as Record<string, unknown>)[SENTINEL]).toBeUndefined();
      }
    },
  );

  it('accepts the deepest allowed nesting: the bound is checked on the text before parsing, so the answer never depends on the stack', () => {
    const deep = `${'('.repeat(MAX_EXPRESSION_NESTING)}isAttack${')'.repeat(MAX_EXPRESSION_NESTING)}`;
    expect(() => expressionPolicy({ strike: deep })).not.toThrow();
  });
});
