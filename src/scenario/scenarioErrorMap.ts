import type { z } from 'zod';

/**
 * Messages for people, in the house style: the rule and the value received
 * (`must be ≥ 0, received -0.2`) rather than zod's generic wording. Used as a per-parse
 * error map (no global configuration); issues with a custom message keep it.
 *
 * @param issue - the raw issue (with its input)
 * @returns the message, or undefined to keep zod's
 * @example
 * scenarioErrorMap({ code: 'too_small', origin: 'number', minimum: 0, inclusive: true, input: -1, path: [] } as never);
 * // => 'must be ≥ 0, received -1'
 */
export function scenarioErrorMap(issue: z.core.$ZodRawIssue): string | undefined {
  const received = `received ${show(issue.input)}`;
  switch (issue.code) {
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const bound = small ? issue.minimum : issue.maximum;
      if (issue.origin === 'array')
        return `must have ${small ? 'at least' : 'at most'} ${bound} item${bound === 1 ? '' : 's'}`;
      if (issue.origin === 'string')
        return `must have ${small ? 'at least' : 'at most'} ${bound} character${bound === 1 ? '' : 's'}`;
      const op = small ? (issue.inclusive ? '≥' : '>') : issue.inclusive ? '≤' : '<';
      return `must be ${op} ${bound}, ${received}`;
    }
    case 'invalid_type':
      if (issue.input === undefined) return `is required (${issue.expected})`;
      return `must be ${issue.expected === 'int' ? 'an integer' : `${/^[aeiou]/.test(issue.expected) ? 'an' : 'a'} ${issue.expected}`}, ${received}`;
    case 'unrecognized_keys': {
      const shape = (issue.inst as { _zod?: { def?: { shape?: object } } } | undefined)?._zod?.def
        ?.shape;
      return issue.keys.map((key) => unknownKey(key, shape ? Object.keys(shape) : [])).join('; ');
    }
    case 'invalid_format':
      return `must be in ${issue.format} format, ${received}`;
    default:
      return undefined;
  }
}

/** `unknown key "x"` with the closest allowed key (a typo) or the list of allowed keys. */
function unknownKey(rawKey: string, allowed: readonly string[]): string {
  // A key can be as long as the input: compare and echo at most 60 characters of it.
  const key = rawKey.length > 60 ? `${rawKey.slice(0, 59)}…` : rawKey;
  let best = '';
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of allowed) {
    const d = editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  if (bestDistance <= Math.max(2, Math.floor(key.length / 4)))
    return `unknown key "${key}" (did you mean "${best}"?)`;
  return allowed.length > 0
    ? `unknown key "${key}"; allowed: ${allowed.join(', ')}`
    : `unknown key "${key}"`;
}

/** Levenshtein distance, O(|a|·|b|). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(
        (previous[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
    }
    previous = row;
  }
  return previous[b.length] as number;
}

function show(value: unknown): string {
  if (
    typeof value === 'number' ||
    typeof value === 'boolean' ||
    value === null ||
    value === undefined
  )
    return String(value);
  // Never serialise a whole array or object: the input can be gigabytes once stringified.
  if (Array.isArray(value))
    return `an array of ${value.length} item${value.length === 1 ? '' : 's'}`;
  if (typeof value === 'object') return 'an object';
  const text = JSON.stringify(typeof value === 'string' ? value.slice(0, 40) : String(value));
  return typeof value === 'string' && value.length > 37 ? `${text.slice(0, 38)}..."` : text;
}
