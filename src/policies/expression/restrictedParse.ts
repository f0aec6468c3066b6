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
 * Parse one expression with the restricted instance.
 *
 * @param source - mathjs expression text
 * @returns its syntax tree
 * @throws SyntaxError (mathjs's) when the text does not parse
 * @example
 * restrictedParse('lastAttackKilled >= 1').type; // => 'OperatorNode'
 */
export function restrictedParse(source: string): MathNode {
  return parse(source);
}
