/**
 * One problem found in user-supplied event data: where it is (CSV line or JSON path), which
 * field, the offending value and the rule it breaks.
 */
export interface DataIssue {
  /** 1-based physical line of the CSV text (the header is line 1 unless blank lines precede it). */
  readonly line?: number;
  /** JSON path of the offending value, e.g. `[3].date`. */
  readonly path?: string;
  /** Column or field name. */
  readonly field?: string;
  /** The offending value as read (raw CSV text, or the JSON value). */
  readonly value?: unknown;
  /** The rule broken, in words, e.g. `is not an ISO date (YYYY-MM-DD, …)`. */
  readonly rule: string;
}

// Past this many lines the message is cut; `issues` always keeps them all.
const MAX_MESSAGE_ISSUES = 20;

/**
 * One readable line for an issue.
 *
 * Why: researchers read these in a terminal; the line or path comes first so they can jump to it.
 *
 * @param issue - the issue to describe
 * @returns e.g. `line 4, column "date": "2020-13-01" is not an ISO date (…)`
 * @example
 * formatDataIssue({ line: 4, field: 'killed', value: '-1', rule: 'must be a whole number >= 0' });
 * // => 'line 4, column "killed": "-1" must be a whole number >= 0'
 */
export function formatDataIssue(issue: DataIssue): string {
  let where: string;
  if (issue.line !== undefined) {
    where =
      issue.field === undefined
        ? `line ${issue.line}`
        : `line ${issue.line}, column "${issue.field}"`;
  } else if (issue.path !== undefined) {
    where = issue.path === '' ? 'at the top level' : `at ${issue.path}`;
  } else {
    where = issue.field === undefined ? 'input' : `field "${issue.field}"`;
  }
  const shown = issue.value === undefined ? '' : `${showValue(issue.value)} `;
  return `${where}: ${shown}${issue.rule}`;
}

function showValue(value: unknown): string {
  // Never serialise a whole array or object: it can be gigabytes once stringified.
  if (Array.isArray(value)) return `(an array of ${value.length} items)`;
  if (typeof value === 'object' && value !== null) return '(an object)';
  const text =
    JSON.stringify(typeof value === 'string' ? value.slice(0, 61) : value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/**
 * The error thrown when event data (CSV or JSON) breaks the schema: it carries every issue
 * found, each with its line or path, and its message lists them one per line.
 *
 * Why: a researcher fixing a spreadsheet wants all problems at once, each located, not a stack
 * trace for the first one.
 *
 * @example
 * new DataError([{ line: 2, field: 'type', value: 'raid', rule: 'must be one of attack, strike' }]).message;
 * // => 'Invalid event data (1 issue):\n  line 2, column "type": "raid" must be one of attack, strike'
 */
export class DataError extends Error {
  override readonly name = 'DataError';
  /** Every issue found, in input order. */
  readonly issues: readonly DataIssue[];

  constructor(issues: readonly DataIssue[]) {
    const shown = issues.slice(0, MAX_MESSAGE_ISSUES).map((i) => `  ${formatDataIssue(i)}`);
    const more = issues.length - shown.length;
    if (more > 0) shown.push(`  ... and ${more} more`);
    const count = `${issues.length} issue${issues.length === 1 ? '' : 's'}`;
    super(`Invalid event data (${count}):\n${shown.join('\n')}`);
    this.issues = issues;
  }
}
