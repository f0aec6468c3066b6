// The number-only entry: the bundler keeps just the parser's factories of it (no BigNumber,
// Complex, units or matrices), so loading the core costs milliseconds, not seconds.
import { create, type FactoryFunctionMap, type MathNode, parseDependencies } from 'mathjs/number';

/**
 * The mathjs instance used by expression policies: built from `parseDependencies` only, so it
 * can parse but holds no `evaluate`, `import`, `createUnit`, `simplify`, `derivative`, unit
 * system or random functions at all — stricter than the mathjs security advice of disabling
 * them on a full instance (https://mathjs.org/docs/expressions/security.html). It stays
 * private to this module and is never used to evaluate: expressions are checked against an
 * allow-list and compiled to plain closures (see `compileExpression`).
 */
const math = create({ parseDependencies } as FactoryFunctionMap);
const parse = math.parse;

/**
 * Deepest nesting an expression may have: brackets open at once plus conditionals (`?`).
 * mathjs parses each level by recursion through some forty stack frames, so an explicit
 * bound (rather than whatever the stack allows, which varies with how warm the JIT is) keeps
 * the answer the same in every process; 32 levels is far beyond any decision rule.
 */
export const MAX_EXPRESSION_NESTING = 32;

/**
 * Parse one expression with the restricted instance.
 *
 * @param source - mathjs expression text
 * @returns its syntax tree
 * @throws SyntaxError (mathjs's) when the text does not parse; RangeError when it nests
 *   deeper than `MAX_EXPRESSION_NESTING`
 * @example
 * restrictedParse('lastAttackKilled >= 1').type; // => 'OperatorNode'
 */
export function restrictedParse(source: string): MathNode {
  let depth = 0;
  let conditionals = 0;
  for (const ch of source) {
    if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') depth--;
    else if (ch === '?') conditionals++;
    if (depth + conditionals > MAX_EXPRESSION_NESTING)
      throw new RangeError(
        `nesting must be at most ${MAX_EXPRESSION_NESTING} levels (brackets and conditionals)`,
      );
  }
  return parse(source);
}
