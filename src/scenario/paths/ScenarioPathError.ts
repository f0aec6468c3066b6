/**
 * A scenario path (such as `militias.0.branchingRatio`) that names no numeric field of the
 * scenario. `path` is the path as given; `suggestion` the closest valid path, if any is
 * close; `valid` every numeric path of the scenario.
 */
export class ScenarioPathError extends RangeError {
  override readonly name = 'ScenarioPathError';

  /**
   * @param label - what holds the path, e.g. `parameters[1]`
   * @param path - the path as given
   * @param valid - the scenario's numeric paths
   */
  constructor(
    label: string,
    readonly path: string,
    readonly valid: readonly string[],
  ) {
    const suggestion = closest(path, valid);
    const hint = suggestion === undefined ? '' : ` Did you mean "${suggestion}"?`;
    const list = valid.length <= 40 ? valid.join(', ') : `${valid.slice(0, 40).join(', ')}, …`;
    super(
      `${label} "${path}" is not a numeric field of the scenario.${hint} Numeric fields: ${list}`,
    );
    this.suggestion = suggestion;
  }

  readonly suggestion: string | undefined;
}

/** The valid path nearest by edit distance, if within a third of its length. */
function closest(path: string, valid: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(path.length / 3)) + 1;
  for (const candidate of valid) {
    const d = editDistance(path.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
    }
    previous = current;
  }
  return previous[b.length] as number;
}
