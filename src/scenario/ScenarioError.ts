import { z } from 'zod';

/** Distinct problems listed in a message; the rest are counted. */
const MAX_LISTED = 20;
/** Characters of one problem's message shown (an echoed value can be megabytes). */
const MAX_MESSAGE = 300;

/**
 * A scenario failed validation. `issues` holds zod's structured issues (path, code,
 * message); `message` lists the problems for people in the order of the scenario's fields,
 * each with its path (`→ at militias[0].branchingRatio`). Issues that repeat the same rule
 * at paths differing only in their indices are shown once with a count, at most 20 distinct
 * problems are listed, and each message is cut at 300 characters, so the message stays
 * readable (and small) whatever the input.
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
    const shortLabel = label !== undefined && label.length > 80 ? `${label.slice(0, 77)}…` : label;
    const title =
      shortLabel === undefined ? 'Invalid scenario' : `Invalid scenario "${shortLabel}"`;
    const groups = new Map<string, { issue: z.core.$ZodIssue; more: number }>();
    for (const issue of error.issues) {
      const key = `${issue.code}\u0000${issue.path.map((p) => (typeof p === 'number' ? '*' : String(p))).join('\u0000')}`;
      const group = groups.get(key);
      if (group === undefined) groups.set(key, { issue, more: 0 });
      else group.more++;
    }
    const listed = [...groups.values()].slice(0, MAX_LISTED).map(({ issue, more }) => {
      const text =
        issue.message.length > MAX_MESSAGE
          ? `${issue.message.slice(0, MAX_MESSAGE - 1)}…`
          : issue.message;
      const at = issue.path.length > 0 ? `\n  → at ${shortPath(issue.path)}` : '';
      const also = more > 0 ? `\n  (and ${more} more like it at other indices)` : '';
      return `✖ ${text}${at}${also}`;
    });
    if (groups.size > MAX_LISTED)
      listed.push(`… and ${groups.size - MAX_LISTED} more kinds of problem`);
    super(`${title} (${count} problem${count === 1 ? '' : 's'}):\n${listed.join('\n')}`);
    this.issues = error.issues;
  }
}

/** The dot path with each key cut to 60 characters (a key can be as long as the input). */
function shortPath(path: readonly PropertyKey[]): string {
  return z.core.toDotPath(
    path.map((p) => (typeof p === 'string' && p.length > 60 ? `${p.slice(0, 59)}…` : p)),
  );
}
