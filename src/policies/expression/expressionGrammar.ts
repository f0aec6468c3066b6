import {
  mathjsCeil,
  mathjsFloor,
  mathjsMod,
  mathjsPow,
  mathjsRound,
  nearlyEqual,
} from './mathjsNumber.js';

/** A compiled piece of an expression: reads variables from a context, returns a number (booleans as 1/0). */
export type Compiled<C> = (context: C) => number;

const b = (x: boolean): number => (x ? 1 : 0);

/** Binary operators an expression may use (mathjs operator name → number semantics). */
export const BINARY_OPERATORS: Readonly<Record<string, (x: number, y: number) => number>> = {
  add: (x, y) => x + y,
  subtract: (x, y) => x - y,
  multiply: (x, y) => x * y,
  divide: (x, y) => x / y,
  pow: mathjsPow,
  mod: mathjsMod,
  equal: (x, y) => b(nearlyEqual(x, y)),
  unequal: (x, y) => b(!nearlyEqual(x, y)),
  smaller: (x, y) => b(x < y && !nearlyEqual(x, y)),
  larger: (x, y) => b(x > y && !nearlyEqual(x, y)),
  smallerEq: (x, y) => b(x <= y || nearlyEqual(x, y)),
  largerEq: (x, y) => b(x >= y || nearlyEqual(x, y)),
  xor: (x, y) => b(!!x !== !!y),
};

/** Unary operators an expression may use. */
export const UNARY_OPERATORS: Readonly<Record<string, (x: number) => number>> = {
  unaryMinus: (x) => -x,
  unaryPlus: (x) => x,
  not: (x) => b(!x),
};

/** A function an expression may call, with its arity (max Infinity for min/max). */
export interface AllowedFunction {
  readonly minArgs: number;
  readonly maxArgs: number;
  readonly apply: (args: readonly number[]) => number;
}

function extreme(args: readonly number[], better: (x: number, y: number) => boolean): number {
  // As mathjs's min/max: NaN wins; otherwise keep the first of nearly-equal values.
  let res = args[0] as number;
  for (let i = 1; i < args.length; i++) {
    const x = args[i] as number;
    if (Number.isNaN(res)) break;
    if (Number.isNaN(x) || better(x, res)) res = x;
  }
  return res;
}

const one = (f: (x: number) => number): AllowedFunction => ({
  minArgs: 1,
  maxArgs: 1,
  apply: (a) => f(a[0] as number),
});

/** Functions an expression may call; all are pure functions of numbers. */
export const ALLOWED_FUNCTIONS: Readonly<Record<string, AllowedFunction>> = {
  abs: one(Math.abs),
  sign: one(Math.sign),
  sqrt: one(Math.sqrt),
  exp: one(Math.exp),
  log10: one(Math.log10),
  log2: one(Math.log2),
  floor: one(mathjsFloor),
  ceil: one(mathjsCeil),
  round: one(mathjsRound),
  log: {
    minArgs: 1,
    maxArgs: 2,
    apply: (a) =>
      a.length === 2
        ? Math.log(a[0] as number) / Math.log(a[1] as number)
        : Math.log(a[0] as number),
  },
  pow: { minArgs: 2, maxArgs: 2, apply: (a) => mathjsPow(a[0] as number, a[1] as number) },
  mod: { minArgs: 2, maxArgs: 2, apply: (a) => mathjsMod(a[0] as number, a[1] as number) },
  min: {
    minArgs: 1,
    maxArgs: Number.POSITIVE_INFINITY,
    apply: (a) => extreme(a, (x, y) => x < y && !nearlyEqual(x, y)),
  },
  max: {
    minArgs: 1,
    maxArgs: Number.POSITIVE_INFINITY,
    apply: (a) => extreme(a, (x, y) => x > y && !nearlyEqual(x, y)),
  },
};

/** Named constants an expression may use besides the scope variables. */
export const CONSTANTS: Readonly<Record<string, number>> = {
  pi: Math.PI,
  e: Math.E,
  Infinity: Number.POSITIVE_INFINITY,
};

/**
 * Why a mathjs function is refused by name, if it is one of those the mathjs security page
 * says to disable (import, createUnit, evaluate, parse, simplify, derivative, …) or a random
 * function (randomness must come from the simulation's seeded streams).
 *
 * @param name - a function name used in an expression
 * @returns the reason, or undefined when the name is not on the deny-list
 * @example
 * disabledReason('evaluate'); // => 'function evaluate is disabled: it evaluates, parses or alters code'
 */
export function disabledReason(name: string): string | undefined {
  if (
    /^(import|createUnit|evaluate|parse|compile|simplify\w*|derivative|rationalize|resolve|symbolicEqual|leafCount|reviver|replacer|parser|chain|config|typed)$/.test(
      name,
    )
  ) {
    return `function ${name} is disabled: it evaluates, parses or alters code`;
  }
  if (/^(random\w*|pickRandom)$/.test(name)) {
    return `function ${name} is disabled: randomness must come from the simulation's seeded generator`;
  }
  return undefined;
}
