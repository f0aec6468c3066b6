/**
 * Warnings of several readings (or records) as list items: each distinct warning once,
 * prefixed with the readings that gave it unless every reading did. The same words from
 * two readings make one line, and a warning of one reading says whose it is.
 *
 * @param labels - the readings, one per list
 * @param lists - each reading's warnings
 * @returns the lines, indented as list items
 * @example
 * labelledWarnings(['table', 'wire'], [['few attacks', 'low ESS'], ['low ESS']]);
 * // => ['  - table: few attacks', '  - low ESS']
 */
export function labelledWarnings(
  labels: readonly string[],
  lists: readonly (readonly string[])[],
): string[] {
  return [...new Set(lists.flat())].map((w) => {
    const from = labels.filter((_, i) => lists[i]?.includes(w));
    return from.length === lists.length ? `  - ${w}` : `  - ${from.join(', ')}: ${w}`;
  });
}
