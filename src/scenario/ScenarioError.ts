import { z } from 'zod';

/**
 * A scenario failed validation. `issues` holds zod's structured issues (path, code,
 * message); `message` lists every problem for people, each with its path
 * (`→ at militias[0].branchingRatio`).
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
    super(`${title} (${count} problem${count === 1 ? '' : 's'}):\n${z.prettifyError(error)}`);
    this.issues = error.issues;
  }
}
