import type { z } from 'zod';

/**
 * Parse a policy factory's parameters with its zod schema: fill defaults, and turn the first
 * problem into a RangeError in the house style (parameter name, rule, value received).
 *
 * Why: one schema serves both JSON scenarios (zod issues with paths) and TypeScript callers
 * (a RangeError they can read), so defaults and ranges are written once.
 *
 * @param schema - the policy's strict params schema
 * @param params - what the caller passed
 * @param policy - the policy's name, for the message
 * @returns the complete parameters
 * @throws RangeError e.g. `quietDays must be a finite number > 0 (days), received -1 (graduated)`
 * @example
 * parseParams(TitForTatParams, { targets: 3 }, 'titForTat').targets; // => 3
 */
export function parseParams<S extends z.ZodType>(
  schema: S,
  params: unknown,
  policy: string,
): z.output<S> {
  const result = schema.safeParse(params ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0] as z.core.$ZodIssue;
  if (issue.code === 'unrecognized_keys') {
    const known =
      Object.keys((schema as unknown as { shape?: object }).shape ?? {}).join(', ') || 'none';
    throw new RangeError(
      `params has unknown key ${issue.keys.map((k) => `"${k}"`).join(', ')}; ${policy} takes: ${known}`,
    );
  }
  const name = issue.path.join('.') || 'params';
  let value: unknown = params;
  for (const key of issue.path) value = (value as Record<PropertyKey, unknown> | undefined)?.[key];
  throw new RangeError(`${name} ${issue.message}, received ${show(value)} (${policy})`);
}

function show(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}
