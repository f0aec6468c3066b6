import fc from 'fast-check';
import { all, create, type FactoryFunctionMap } from 'mathjs';
import { describe, expect, it } from 'vitest';
import { compileExpression } from '../../src/policies/expression/compileExpression.js';
import {
  mathjsCeil,
  mathjsFloor,
  mathjsRound,
} from '../../src/policies/expression/mathjsNumber.js';

// The reference: a full mathjs instance, used here only, with `predictable: true` so that it
// stays in the reals as we do (sqrt(-1), log(-1), (-8)^(1/3) give NaN, not complex numbers).
// Our compiler must give what mathjs's own evaluate gives (−0 and 0 count as equal).
const math = create(all as FactoryFunctionMap, { predictable: true });
const same = (a: number, b: number): boolean => a === b || (Number.isNaN(a) && Number.isNaN(b));

const VARS = ['ownKilled', 'hostPressure', 'lastAttackWounded'] as const;

// Values where mathjs's tolerances matter: integers, halves, tenths (0.1 + 0.2 style noise),
// values a hair off an integer or a half, infinities.
const value = fc.oneof(
  fc.integer({ min: -6, max: 6 }),
  fc.integer({ min: -40, max: 40 }).map((k) => k / 4),
  fc.integer({ min: -60, max: 60 }).map((k) => k / 10),
  fc.integer({ min: -6, max: 6 }).map((k) => k + 0.5 - 1e-15),
  fc.integer({ min: -6, max: 6 }).map((k) => k + 1e-13),
  fc.constantFrom(Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 0.1 + 0.2, 3 * 0.1 * 10),
);

const leaf = fc.oneof(
  fc.constantFrom(...VARS),
  fc.integer({ min: 0, max: 9 }).map(String),
  fc.constantFrom('0.1', '0.5', '2.5', 'true', 'false', 'pi', 'Infinity'),
);
// Powers take integer exponents here: for a negative base and a fractional exponent mathjs
// gives a complex number (or, predictable, a real odd root) where we give NaN — see below.
const intLiteral = fc.integer({ min: -3, max: 3 }).map((k) => `(${k})`);
const BIN = [
  '+',
  '-',
  '*',
  '/',
  ' mod ',
  '==',
  '!=',
  '<',
  '>',
  '<=',
  '>=',
  ' and ',
  ' or ',
  ' xor ',
];
const UN = ['-', 'not '];
const FN1 = ['abs', 'sign', 'sqrt', 'exp', 'log', 'log10', 'log2', 'floor', 'ceil', 'round'];
const FNN = ['min', 'max', 'mod'];

const expr = fc.letrec<{ e: string }>((tie) => ({
  e: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.tuple(tie('e'), fc.constantFrom(...BIN), tie('e')).map(([a, op, b]) => `(${a}${op}${b})`),
    fc.tuple(tie('e'), intLiteral).map(([a, k]) => `(${a} ^ ${k})`),
    fc.tuple(tie('e'), intLiteral).map(([a, k]) => `pow(${a}, ${k})`),
    fc.tuple(fc.constantFrom(...UN), tie('e')).map(([op, a]) => `(${op}${a})`),
    fc.tuple(fc.constantFrom(...FN1), tie('e')).map(([f, a]) => `${f}(${a})`),
    fc.tuple(fc.constantFrom(...FNN), tie('e'), tie('e')).map(([f, a, b]) => `${f}(${a}, ${b})`),
    fc.tuple(tie('e'), tie('e'), tie('e')).map(([c, a, b]) => `(${c} ? ${a} : ${b})`),
    fc.tuple(tie('e'), tie('e'), tie('e')).map(([a, b, c]) => `(${a} < ${b} <= ${c})`),
  ),
})).e;

function reference(source: string, scope: Record<string, number>): number | undefined {
  try {
    const r = math.evaluate(source, { ...scope });
    if (typeof r === 'boolean') return r ? 1 : 0;
    return typeof r === 'number' ? r : undefined; // complex, matrix…: outside our domain
  } catch {
    return undefined; // e.g. comparing complex numbers
  }
}

describe('expression semantics agree with mathjs evaluate', () => {
  it('gives the same number (or NaN) as mathjs for random expressions and values', () => {
    let compared = 0;
    let runs = 0;
    fc.assert(
      fc.property(expr, fc.tuple(value, value, value), (source, values) => {
        runs++;
        const scope = Object.fromEntries(VARS.map((v, i) => [v, values[i] as number]));
        const expected = reference(source, scope);
        if (expected === undefined) return;
        compared++;
        const { run } = compileExpression(
          'strike',
          source,
          (name) => (s: Record<string, number>) => s[name] as number,
        );
        const actual = run(scope);
        expect(
          same(actual, expected),
          `${source} with ${JSON.stringify(scope)}: ${actual} vs ${expected}`,
        ).toBe(true);
      }),
      { numRuns: 2000 },
    );
    // Most cases must be comparable, or the property says little.
    expect(compared / runs).toBeGreaterThan(0.6);
  });

  it('rounds, floors and ceils like mathjs at the edges its tolerance is for', () => {
    const edges = [
      2.5,
      -2.5,
      0.5,
      -0.5,
      1.5,
      0.49999999999999994,
      2.4999999999999996,
      0.1 + 0.2,
      3 * 0.1 * 10,
      0.9999999999999999,
      1.0000000000000002,
      -0.9999999999999999,
      2.675,
      1.005,
      1e15 + 0.5,
      4503599627370495.5,
      1e-16,
      -1e-16,
      1000.4999999999,
      1000.4999999999999, // the double just below 1000.5
      12345.5,
      -12345.5,
      0,
    ];
    for (const x of edges) {
      expect(
        same(mathjsRound(x), math.round(x)),
        `round(${x}): ${mathjsRound(x)} vs ${math.round(x)}`,
      ).toBe(true);
      expect(
        same(mathjsFloor(x), math.floor(x)),
        `floor(${x}): ${mathjsFloor(x)} vs ${math.floor(x)}`,
      ).toBe(true);
      expect(
        same(mathjsCeil(x), math.ceil(x)),
        `ceil(${x}): ${mathjsCeil(x)} vs ${math.ceil(x)}`,
      ).toBe(true);
    }
  });

  it('differs from mathjs only where mathjs leaves the reals: a negative base to a fractional power is NaN', () => {
    const { run } = compileExpression('targets', '(-8) ^ (1/3)', () => () => 0);
    expect(Number.isNaN(run(null))).toBe(true);
  });
});
