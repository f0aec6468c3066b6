import type { z } from 'zod';

/**
 * The error for an invalid policy spec: it carries zod's issues, and its message gives one
 * line per issue with its path, e.g. `policy.params.quietDays: must be a finite number > 0 (days)`.
 *
 * Why: policy specs come from JSON scenarios; a researcher needs the path and the rule, not a
 * stack trace.
 *
 * @example
 * new PolicySpecError([{ code: 'custom', path: ['name'], message: 'must be one of …', input: 'x' }]).message;
 * // => 'Invalid policy (1 issue):\n  policy.name: must be one of …'
 */
export class PolicySpecError extends Error {
  override readonly name = 'PolicySpecError';
  /** zod's issues, each with a path relative to the policy spec. */
  readonly issues: readonly z.core.$ZodIssue[];

  constructor(issues: readonly z.core.$ZodIssue[]) {
    const lines = issues.map(
      (i) => `  ${['policy', ...i.path.map(String)].join('.')}: ${i.message}`,
    );
    const count = `${issues.length} issue${issues.length === 1 ? '' : 's'}`;
    super(`Invalid policy (${count}):\n${lines.join('\n')}`);
    this.issues = issues;
  }
}
