import type { z } from 'zod';
import type { DataIssue } from './DataError.js';
import { EVENT_COLUMNS } from './EventRecord.js';

/**
 * Translate zod's issues for one record into located `DataIssue`s.
 *
 * Why: zod reports paths inside the record; people need the CSV line and column, or the JSON
 * path, plus the value they wrote.
 *
 * @param issues - zod issues from parsing one record
 * @param raw - the record as given (to show the offending value)
 * @param at - where the record is: `{ line }` for CSV, `{ path }` (e.g. `[3]`) for JSON
 * @returns one issue per problem, unknown keys one by one
 * @example
 * recordIssues([{ code: 'custom', path: ['date'], message: 'is bad', input: 'x' }], { date: 'x' }, { line: 2 })[0]?.field;
 * // => 'date'
 */
export function recordIssues(
  issues: readonly z.core.$ZodIssue[],
  raw: Record<string, unknown>,
  at: { readonly line: number } | { readonly path: string },
): DataIssue[] {
  const locate = (field: string | undefined, value: unknown, rule: string): DataIssue => {
    const base =
      'line' in at
        ? { line: at.line }
        : { path: field === undefined ? at.path : `${at.path}.${field}` };
    return {
      ...base,
      ...(field === undefined ? {} : { field }),
      ...(value === undefined ? {} : { value }),
      rule,
    };
  };
  return issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((k) =>
        locate(k, undefined, `is not a known field (known: ${EVENT_COLUMNS.join(', ')})`),
      );
    }
    const key = issue.path[0];
    const field = typeof key === 'string' ? key : undefined;
    return [locate(field, field === undefined ? undefined : raw[field], issue.message)];
  });
}
