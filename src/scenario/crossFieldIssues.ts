import type { z } from 'zod';
import { Scenario } from './Scenario.js';
import { scenarioErrorMap } from './scenarioErrorMap.js';

/**
 * The cross-field problems (duplicate ids, unknown bases, matrix shapes, an explosive
 * process…) of an input whose fields also have errors. Zod runs the scenario-wide checks only
 * once every field parses, so they would show up only after the field errors are fixed; here
 * the fields in error are removed (defaults take their place) and the input parsed again,
 * keeping only the scenario-wide problems that the first pass could not see.
 *
 * @param input - the input that failed to parse
 * @param fieldIssues - the issues of that first parse
 * @returns further issues, possibly none
 */
export function crossFieldIssues(
  input: unknown,
  fieldIssues: readonly z.core.$ZodIssue[],
): z.core.$ZodIssue[] {
  if (typeof input !== 'object' || input === null) return [];
  const pruned = copy(input) as Record<PropertyKey, unknown>;
  for (const issue of fieldIssues) removePath(pruned, issue.path);
  const second = Scenario.safeParse(pruned, { error: scenarioErrorMap });
  if (second.success) return [];
  const seen = new Set(fieldIssues.map((i) => i.path.join('\u0000')));
  return second.error.issues.filter((i) => i.code === 'custom' && !seen.has(i.path.join('\u0000')));
}

/** Delete the value at `path` (its last key from its parent), if the parent exists. */
function removePath(root: Record<PropertyKey, unknown>, path: readonly PropertyKey[]): void {
  if (path.length === 0) return;
  let parent: unknown = root;
  for (const key of path.slice(0, -1)) {
    if (typeof parent !== 'object' || parent === null) return;
    parent = (parent as Record<PropertyKey, unknown>)[key];
  }
  if (typeof parent !== 'object' || parent === null) return;
  const last = path[path.length - 1] as PropertyKey;
  if (Array.isArray(parent) && typeof last === 'number') return; // keep indices stable
  delete (parent as Record<PropertyKey, unknown>)[last];
}

/**
 * A deep copy of plain objects and arrays (other values are shared). Below the scenario's own
 * depth (a few levels) values are shared too: a hostile input nested 100,000 levels deep
 * must not exhaust the stack here.
 */
function copy(value: unknown, depth = 0): unknown {
  if (depth > 16) return value;
  if (Array.isArray(value)) return value.map((v) => copy(v, depth + 1));
  if (
    typeof value === 'object' &&
    value !== null &&
    Object.getPrototypeOf(value) === Object.prototype
  ) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copy(v, depth + 1)]));
  }
  return value;
}
