import { z } from 'zod';

/**
 * A scenario failed validation. `issues` holds zod's structured issues (path, code,
 * message); `message` lists every problem for people in the order of the scenario's
 * fields, each with its path (`→ at militias[0].branchingRatio`).
 */
export class ScenarioError extends Error {
  override readonly name = 'ScenarioError';
  readonly issues: readonly z.core.$ZodIssue[];

  /**
   * @param error - the zod error from parsing
   * @param label - the scenario's name, when it has one
   */
  constructor(error: z.ZodError, label?: string) {
    const count = error.issues.length;
    const title = label === undefined ? 'Invalid scenario' : `Invalid scenario "${label}"`;
    const lines = error.issues.map((issue) => {
      const at = issue.path.length > 0 ? `\n  → at ${z.core.toDotPath(issue.path)}` : '';
      return `✖ ${issue.message}${at}`;
    });
    super(`${title} (${count} problem${count === 1 ? '' : 's'}):\n${lines.join('\n')}`);
    this.issues = error.issues;
  }
}
