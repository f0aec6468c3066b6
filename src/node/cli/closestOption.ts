/**
 * The valid option closest to a misspelt one, by edit distance (insertions, deletions,
 * substitutions and swaps of neighbours: optimal string alignment), or undefined when none
 * is near enough to be a likely typo (more than a third of its letters, at least 2, differ).
 *
 * @param given - the option as typed, e.g. '--replicats'
 * @param valid - the command's options, e.g. ['--replicates', '--seed']
 * @returns the closest valid option, or undefined
 * @example
 * closestOption('--replicats', ['--replicates', '--seed']); // => '--replicates'
 */
export function closestOption(given: string, valid: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(given.replace(/^-+/, '').length / 3)) + 1;
  for (const option of valid) {
    const d = editDistance(given, option);
    if (d < bestDistance) {
      best = option;
      bestDistance = d;
    }
  }
  return best;
}

/** The long options (`--name`) a command's help text lists, in order, without repeats. */
export function optionsInHelp(help: string): string[] {
  return [
    ...new Set(
      [...help.matchAll(/^\s+(?:-\w, )?(--[a-z][a-z0-9-]*)/gm)].map((m) => m[1] as string),
    ),
  ];
}

function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    const row = d[i] as number[];
    const up = d[i - 1] as number[];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(
        (up[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (up[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, ((d[i - 2] as number[])[j - 2] as number) + 1);
      row[j] = v;
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}
