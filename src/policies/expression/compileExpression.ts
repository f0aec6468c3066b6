import type { MathNode } from 'mathjs';
import { type ExpressionField, ExpressionPolicyError } from './ExpressionPolicyError.js';
import {
  ALLOWED_FUNCTIONS,
  BINARY_OPERATORS,
  CONSTANTS,
  type Compiled,
  disabledReason,
  UNARY_OPERATORS,
} from './expressionGrammar.js';
import { EXPRESSION_VARIABLES } from './expressionVariables.js';
import { restrictedParse } from './restrictedParse.js';

/** A checked, compiled expression: `run(context)` evaluates it, reading variables from the context. */
export interface CompiledExpression<C> {
  readonly run: Compiled<C>;
  /** Scope variables this expression reads, in first-use order. */
  readonly variables: readonly string[];
}

const NODE_NAMES: Readonly<Record<string, string>> = {
  AssignmentNode: 'assignment (=)',
  FunctionAssignmentNode: 'defining a function',
  AccessorNode: 'property or index access',
  IndexNode: 'indexing',
  ArrayNode: 'a matrix or list',
  ObjectNode: 'an object',
  BlockNode: 'several statements (; or newline)',
  RangeNode: 'a range (:)',
};

// Long enough for any decision rule; bounds parse and compile recursion.
const MAX_LENGTH = 2000;

const truthy = (x: number): boolean => x !== 0 && !Number.isNaN(x);

/**
 * Parse, check and compile one expression of an expression policy.
 *
 * Why: JSON scenarios carry decision rules as text; they must be refused when the scenario is
 * loaded, not halfway through an ensemble. The check is an allow-list over the syntax tree:
 * numbers and true/false, the documented scope variables (`EXPRESSION_VARIABLES`), pi, e,
 * Infinity, arithmetic (+ − * / ^ mod), comparisons, and/or/xor/not, `c ? a : b`, and
 * abs, sign, sqrt, exp, log, log2, log10, floor, ceil, round, min, max, pow, mod. Anything
 * else — assignment, property access, strings, matrices, units, any other function — is
 * refused.
 *
 * Evaluation follows mathjs's number semantics in the reals (as mathjs with `predictable:
 * true`): sqrt, log of a negative number and a negative base to a fractional power give NaN.
 * Variables are read lazily, when evaluation reaches them, so `isAttack and …` reads nothing
 * else on a daily check.
 *
 * Cost: compiled once; a run is one closure call per node (tens of nanoseconds) and no
 * allocation.
 *
 * @param field - which part of the policy this is (names it in errors)
 * @param source - the mathjs expression text
 * @param variable - for a scope variable's name, how to read its value from the context
 *   `run` is given (only called for names in `EXPRESSION_VARIABLES`)
 * @returns the compiled closure and the variables it reads
 * @throws ExpressionPolicyError on a syntax error, a disabled or unknown function, an unknown
 *   variable, a construct outside the allow-list, or text over 2000 characters
 * @example
 * const c = compileExpression('strike', 'lastAttackKilled >= 1', (name) => (s: Record<string, number>) => s[name] ?? Number.NaN);
 * c.run({ lastAttackKilled: 2 }); // => 1
 */
export function compileExpression<C>(
  field: ExpressionField,
  source: string,
  variable: (name: string) => Compiled<C>,
): CompiledExpression<C> {
  if (source.length > MAX_LENGTH) {
    throw new ExpressionPolicyError(
      field,
      `${source.slice(0, 40)}…`,
      `is longer than ${MAX_LENGTH} characters`,
    );
  }
  let tree: MathNode;
  try {
    tree = restrictedParse(source);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ExpressionPolicyError(field, source, `does not parse: ${reason}`);
  }
  const variables: string[] = [];
  const refuse = (rule: string): never => {
    throw new ExpressionPolicyError(field, source, rule);
  };

  const compile = (node: MathNode): Compiled<C> => {
    // biome-ignore lint/suspicious/noExplicitAny: mathjs node shapes are checked by `type`
    const n = node as any;
    switch (node.type) {
      case 'ConstantNode': {
        const v = n.value;
        if (typeof v === 'boolean') return v ? () => 1 : () => 0;
        if (v === undefined) refuse('is empty: write an expression');
        if (typeof v !== 'number' || Number.isNaN(v)) {
          const shown = typeof v === 'number' ? String(v) : (JSON.stringify(v) ?? String(v));
          refuse(`only numbers and true/false may appear as constants, found ${shown}`);
        }
        return () => v;
      }
      case 'SymbolNode': {
        const name: string = n.name;
        if (Object.hasOwn(EXPRESSION_VARIABLES, name)) {
          if (!variables.includes(name)) variables.push(name);
          return variable(name);
        }
        if (Object.hasOwn(CONSTANTS, name)) {
          const v = CONSTANTS[name] as number;
          return () => v;
        }
        return refuse(
          `unknown variable ${name}; the scope has ${Object.keys(EXPRESSION_VARIABLES).join(', ')} (and pi, e, Infinity)`,
        );
      }
      case 'ParenthesisNode':
        return compile(n.content);
      case 'ConditionalNode': {
        const c = compile(n.condition);
        const a = compile(n.trueExpr);
        const z = compile(n.falseExpr);
        return (s) => (truthy(c(s)) ? a(s) : z(s));
      }
      case 'OperatorNode':
        return compileOperator(n.fn, n.op, n.args.map(compile));
      case 'RelationalNode': {
        const ops = (n.conditionals as string[]).map(
          (c) => BINARY_OPERATORS[c] ?? refuse(`comparison ${c} is not allowed`),
        );
        const params: Compiled<C>[] = n.params.map(compile);
        return (s) => {
          let left = (params[0] as Compiled<C>)(s);
          for (let i = 0; i < ops.length; i++) {
            const right = (params[i + 1] as Compiled<C>)(s);
            if (!(ops[i] as (x: number, y: number) => number)(left, right)) return 0;
            left = right;
          }
          return 1;
        };
      }
      case 'FunctionNode':
        return compileCall(n);
      default:
        return refuse(`${NODE_NAMES[node.type] ?? node.type} is not allowed`);
    }
  };

  const compileOperator = (fn: string, op: string, args: Compiled<C>[]): Compiled<C> => {
    const [x, y] = args as [Compiled<C>, Compiled<C>];
    if (fn === 'and') return (s) => (truthy(x(s)) && truthy(y(s)) ? 1 : 0);
    if (fn === 'or') return (s) => (truthy(x(s)) || truthy(y(s)) ? 1 : 0);
    const binary = args.length === 2 ? BINARY_OPERATORS[fn] : undefined;
    if (binary !== undefined) return (s) => binary(x(s), y(s));
    const unary = args.length === 1 ? UNARY_OPERATORS[fn] : undefined;
    if (unary !== undefined) return (s) => unary(x(s));
    return refuse(`operator ${op} (${fn}) is not allowed`);
  };

  // biome-ignore lint/suspicious/noExplicitAny: a mathjs FunctionNode
  const compileCall = (n: any): Compiled<C> => {
    if (n.fn?.type !== 'SymbolNode') return refuse('only named functions may be called');
    const name: string = n.fn.name;
    const disabled = disabledReason(name);
    if (disabled !== undefined) refuse(disabled);
    const f = Object.hasOwn(ALLOWED_FUNCTIONS, name) ? ALLOWED_FUNCTIONS[name] : undefined;
    if (f === undefined) {
      return refuse(
        `${name} is not an allowed function; allowed: ${Object.keys(ALLOWED_FUNCTIONS).join(', ')}`,
      );
    }
    const args: Compiled<C>[] = n.args.map(compile);
    if (args.length < f.minArgs || args.length > f.maxArgs) {
      const arity = f.minArgs === f.maxArgs ? `${f.minArgs}` : `${f.minArgs} or more`;
      refuse(
        `${name} takes ${f.maxArgs === 2 && f.minArgs === 1 ? '1 or 2' : arity} argument(s), given ${args.length}`,
      );
    }
    if (args.length === 1) {
      const [a] = args as [Compiled<C>];
      const buf = [0];
      return (s) => {
        buf[0] = a(s);
        return f.apply(buf);
      };
    }
    const buf = new Array<number>(args.length).fill(0);
    return (s) => {
      for (let i = 0; i < args.length; i++) buf[i] = (args[i] as Compiled<C>)(s);
      return f.apply(buf);
    };
  };

  const run = compile(tree);
  return { run, variables };
}
