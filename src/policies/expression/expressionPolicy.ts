import { SCENARIO_LIMITS } from '../../scenario/limits.js';
import { requireObject, requireString } from '../../util/requireArgument.js';
import { HOLD, strikeAction } from '../actions.js';
import { DOCUMENTED_STRIKE } from '../march2020.js';
import type { Policy, PolicyAction, PolicyObservation } from '../types.js';
import { compileExpression } from './compileExpression.js';
import { type ExpressionField, ExpressionPolicyError } from './ExpressionPolicyError.js';
import { EXPRESSION_VARIABLES, type ExpressionVariable } from './expressionVariables.js';

/**
 * An expression policy as written in a JSON scenario: mathjs expressions over the documented
 * scope (`EXPRESSION_VARIABLES`). Numbers are accepted where an expression is.
 */
export interface ExpressionPolicySpec {
  /** Strike now? true/false or a number (non-zero strikes). */
  readonly strike: string;
  /** Days from decision to landing, >= 0; default 1.25 (documented: March 2020). */
  readonly delayDays?: string | number | undefined;
  /** Sites struck, rounded to a whole number >= 1; default 5 (documented: March 2020). */
  readonly targets?: string | number | undefined;
  /** Care in [0, 1]; default 0.5 (assumption). */
  readonly care?: string | number | undefined;
}

/** Defaults for the parts an expression policy may omit. */
export const EXPRESSION_DEFAULTS = Object.freeze({
  delayDays: DOCUMENTED_STRIKE.delayDays,
  targets: DOCUMENTED_STRIKE.targets,
  care: 0.5,
});

/**
 * Build a retaliation policy from mathjs expressions, safely (no `eval`, no mathjs evaluate).
 *
 * Why: JSON scenarios need custom rules without code. Each expression is parsed by a
 * parse-only mathjs instance, checked against an allow-list and compiled to closures once,
 * here; bad text is refused now with the field and the rule (see `compileExpression`).
 * `meta.reads` and `meta.memoryDepth` are derived from the variables used; the policy never
 * draws (mathjs's random functions are refused). Omitted parts take `EXPRESSION_DEFAULTS`.
 *
 * Cost per decision: runs the strike closure, which reads only the variables evaluation
 * reaches (O(1) each, except attacksLast7Days / attacksLast30Days, which scan back over their
 * window); the other three run only on a strike. When they read no variable they are checked
 * here, once, and a single frozen action is shared.
 *
 * @param spec - the expressions (`strike` required)
 * @param name - the policy's name in `meta` (default `expression`)
 * @returns a deterministic policy
 * @throws ExpressionPolicyError when an expression is refused at build time, or when it gives
 *   NaN (strike), a delay outside [0, 36525] days, targets outside [1, 10000], or care outside [0, 1]
 * @example
 * const p = expressionPolicy({ strike: 'isAttack and lastAttackKilled >= 1', targets: '2 * lastAttackKilled' });
 * p.meta.memoryDepth; // => 1
 */
export function expressionPolicy(spec: ExpressionPolicySpec, name = 'expression'): Policy {
  requireObject('spec', spec, 'an object of expressions { strike, delayDays, targets, care }');
  requireString('spec.strike', spec.strike, 'an expression, e.g. "lastAttackKilled >= 1"');
  const sources: Record<ExpressionField, string> = {
    strike: spec.strike,
    delayDays: String(spec.delayDays ?? EXPRESSION_DEFAULTS.delayDays),
    targets: String(spec.targets ?? EXPRESSION_DEFAULTS.targets),
    care: String(spec.care ?? EXPRESSION_DEFAULTS.care),
  };
  const read = (v: string) => (EXPRESSION_VARIABLES[v] as ExpressionVariable).value;
  const strike = compileExpression('strike', sources.strike, read);
  const delay = compileExpression('delayDays', sources.delayDays, read);
  const targets = compileExpression('targets', sources.targets, read);
  const care = compileExpression('care', sources.care, read);

  const fail = (f: ExpressionField, rule: string, time?: number): never => {
    const when = time === undefined ? 'when the policy is built' : `at time ${time}`;
    throw new ExpressionPolicyError(f, sources[f], `${rule} (${when})`);
  };
  // `o` is null only for the build-time check of variable-free expressions.
  const action = (o: PolicyObservation | null): PolicyAction => {
    const time = o?.time;
    const ctx = o as PolicyObservation;
    const d = delay.run(ctx);
    const { strikeDelayDays: maxDelay, strikeTargets: maxTargets } = SCENARIO_LIMITS;
    if (!(Number.isFinite(d) && d >= 0 && d <= maxDelay))
      fail('delayDays', `must give a number in [0, ${maxDelay}], got ${d}`, time);
    const n = Math.round(targets.run(ctx));
    if (!(Number.isFinite(n) && n >= 1 && n <= maxTargets))
      fail('targets', `must give a number that rounds to [1, ${maxTargets}], got ${n}`, time);
    const c = care.run(ctx);
    if (!(c >= 0 && c <= 1)) fail('care', `must give a number in [0, 1], got ${c}`, time);
    return strikeAction(d, n, c);
  };
  const constant =
    delay.variables.length + targets.variables.length + care.variables.length === 0
      ? action(null)
      : undefined;

  let memoryDepth = 0;
  const reads = new Set<keyof PolicyObservation>();
  for (const e of [strike, delay, targets, care]) {
    for (const v of e.variables) {
      const def = EXPRESSION_VARIABLES[v] as ExpressionVariable;
      memoryDepth = Math.max(memoryDepth, def.memoryDepth);
      for (const r of def.reads) reads.add(r);
    }
  }
  return {
    meta: Object.freeze({
      name,
      description: `Strikes when ${sources.strike}; delay ${sources.delayDays} days, ${sources.targets} targets, care ${sources.care}.`,
      memoryDepth,
      stochastic: false,
      reads: Object.freeze([...reads]),
      references: Object.freeze([
        'mathjs expression syntax, https://mathjs.org/docs/expressions/syntax.html',
      ]),
    }),
    decide(o: PolicyObservation): PolicyAction {
      const go = strike.run(o);
      if (Number.isNaN(go)) fail('strike', 'must give true/false or a number, got NaN', o.time);
      if (go === 0) return HOLD;
      return constant ?? action(o);
    },
  };
}
