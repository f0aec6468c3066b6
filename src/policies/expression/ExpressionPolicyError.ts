/** The four parts of an expression policy; each is one mathjs expression. */
export type ExpressionField = 'strike' | 'delayDays' | 'targets' | 'care';

/**
 * The error for a bad expression policy: which expression (`field`), its text, and the rule
 * broken. Thrown when the policy is built (syntax, a disabled function, an unknown variable)
 * and when a value it computes is out of range during a run.
 *
 * Why: expressions come from JSON scenarios written by people; the message names the field
 * first, like a path, so they can find and fix it.
 *
 * @example
 * new ExpressionPolicyError('care', '2', 'must give a number in [0, 1], got 2').message;
 * // => 'care expression "2": must give a number in [0, 1], got 2'
 */
export class ExpressionPolicyError extends Error {
  override readonly name = 'ExpressionPolicyError';
  /** Which expression: `strike`, `delayDays`, `targets` or `care`. */
  readonly field: ExpressionField;
  /** The expression's text as given. */
  readonly expression: string;
  /** The rule broken, in words. */
  readonly rule: string;

  constructor(field: ExpressionField, expression: string, rule: string) {
    super(`${field} expression ${JSON.stringify(expression)}: ${rule}`);
    this.field = field;
    this.expression = expression;
    this.rule = rule;
  }
}
