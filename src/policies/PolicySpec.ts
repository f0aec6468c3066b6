import { z } from 'zod';
import type { PolicySpecFields, PolicySpecInputFields } from '../scenario/scenarioTypes.js';
import { compileExpression } from './expression/compileExpression.js';
import { type ExpressionField, ExpressionPolicyError } from './expression/ExpressionPolicyError.js';
import { expressionPolicy } from './expression/expressionPolicy.js';
import { PolicySpecError } from './PolicySpecError.js';
import { policies } from './policies.js';
import type { Policy } from './types.js';

const named = <N extends string, S extends z.ZodType<object>>(name: N, params: S) =>
  z.strictObject({ name: z.literal(name), params: params.prefault({} as z.input<S>) });

const expressionText = z.union([z.string().min(1), z.number()], {
  error: 'must be a mathjs expression (text) or a number',
});

/** The expression policy in a JSON scenario; each expression is compiled (and refused) at parse time. */
const ExpressionSpec = z
  .strictObject({
    name: z.literal('expression'),
    strike: z
      .string({ error: 'must be a mathjs expression (text)' })
      .min(1, { error: 'must not be empty' }),
    delayDays: expressionText.optional(),
    targets: expressionText.optional(),
    care: expressionText.optional(),
  })
  .superRefine((spec, ctx) => {
    // Compile each expression apart, so every bad one is reported; then build the policy,
    // which also range-checks constant delay, targets and care.
    let ok = true;
    for (const field of [
      'strike',
      'delayDays',
      'targets',
      'care',
    ] as const satisfies ExpressionField[]) {
      const source = spec[field];
      if (source === undefined) continue;
      try {
        compileExpression(field, String(source), () => () => 0);
      } catch (error) {
        if (!(error instanceof ExpressionPolicyError)) throw error;
        ok = false;
        ctx.addIssue({ code: 'custom', path: [field], message: error.rule, input: source });
      }
    }
    if (!ok) return;
    try {
      const { name: _name, ...expressions } = spec;
      expressionPolicy(expressions);
    } catch (error) {
      if (!(error instanceof ExpressionPolicyError)) throw error;
      ctx.addIssue({
        code: 'custom',
        path: [error.field],
        message: error.rule,
        input: spec[error.field],
      });
    }
  });

const NAMES = [...Object.keys(policies), 'expression'];

/**
 * A retaliation policy in a JSON scenario: `{ name, params? }` for a catalogue policy (params
 * validated strictly, defaults filled) or `{ name: 'expression', strike, delayDays?, targets?,
 * care? }` with mathjs expressions. An unknown name is an issue at `name` listing the valid ones.
 *
 * @example
 * PolicySpec.parse({ name: 'graduated', params: { quietDays: 20 } }).params?.ladder;
 * // => [1, 2, 5, 10]
 */
export const PolicySpec = z.discriminatedUnion(
  'name',
  [
    named('restraint', policies.restraint.paramsSchema),
    named('titForTat', policies.titForTat.paramsSchema),
    named('casualtyThreshold', policies.casualtyThreshold.paramsSchema),
    named('proportional', policies.proportional.paramsSchema),
    named('graduated', policies.graduated.paramsSchema),
    named('deliberate', policies.deliberate.paramsSchema),
    named('massive', policies.massive.paramsSchema),
    named('generousTitForTat', policies.generousTitForTat.paramsSchema),
    named('pressureAware', policies.pressureAware.paramsSchema),
    ExpressionSpec,
  ],
  {
    error: (issue) => {
      if (issue.code !== 'invalid_union') return undefined;
      const input = issue.input as { name?: unknown } | undefined;
      const given = input !== null && typeof input === 'object' ? input.name : undefined;
      const shown = given === undefined ? 'none' : JSON.stringify(given);
      return `must be one of ${NAMES.join(', ')}; received ${shown}`;
    },
  },
);
/**
 * A retaliation policy in a JSON scenario: `{ name, params }` for a catalogue policy or `{ name: 'expression', strike, delayDays?, targets?, care? }` with mathjs expressions.
 * Each field's unit, default, bounds and source are in its documentation.
 */
export type PolicySpec = PolicySpecFields;
/** A policy spec as written (params and their fields optional). */
export type PolicySpecInput = PolicySpecInputFields;

/**
 * Build the policy a spec describes.
 *
 * Why: the scenario schema holds specs (plain JSON); the engine needs `Policy` objects. The
 * spec is validated again here, so a hand-built object gets the same errors as a parsed file.
 *
 * @param spec - a policy spec (parsed or not)
 * @returns the policy
 * @throws PolicySpecError listing each issue with its path (an unknown name lists the valid names)
 * @example
 * resolvePolicy({ name: 'titForTat', params: { targets: 2 } }).meta.name; // => 'titForTat'
 */
export function resolvePolicy(spec: PolicySpecInput): Policy {
  const parsed = PolicySpec.safeParse(spec);
  if (!parsed.success) throw new PolicySpecError(parsed.error.issues);
  const s = parsed.data;
  switch (s.name) {
    case 'expression': {
      const { name: _name, ...expressions } = s;
      return expressionPolicy(expressions);
    }
    default: {
      const create = policies[s.name].create as (params?: object) => Policy;
      return create(s.params);
    }
  }
}
