/**
 * The first place where two JSON values differ, as a dotted path with both values, or null
 * when they are equal (key order ignored).
 *
 * Why: shards of different experiments are refused with what differs (`header.replicates:
 * 100 vs 200`), not only that something does.
 *
 * @param a - a JSON value
 * @param b - another
 * @param path - the path of a and b (for the message)
 * @returns e.g. `header.replicates: 100 vs 200`, or null
 * @example
 * firstDifference({ x: { y: 1 } }, { x: { y: 2 } }, 'settings'); // => 'settings.x.y: 1 vs 2'
 */
export function firstDifference(a: unknown, b: unknown, path: string): string | null {
  if (a === b) return null;
  const bothObjects = typeof a === 'object' && typeof b === 'object' && a !== null && b !== null;
  if (!bothObjects || Array.isArray(a) !== Array.isArray(b))
    return `${path}: ${short(a)} vs ${short(b)}`;
  const keys = new Set([...Object.keys(a as object), ...Object.keys(b as object)]);
  for (const key of [...keys].sort()) {
    const d = firstDifference(
      (a as Record<string, unknown>)[key],
      (b as Record<string, unknown>)[key],
      `${path}.${key}`,
    );
    if (d !== null) return d;
  }
  return null;
}

function short(value: unknown): string {
  const text = value === undefined ? 'absent' : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
