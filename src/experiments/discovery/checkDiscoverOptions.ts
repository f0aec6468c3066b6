import type { DiscoverOptions } from '../discover.js';

/**
 * Check discover's options, and against the columns of the rows it will read: exactly one
 * of above and below, a finite threshold, PRIM's shares in (0, 1), a density in (0, 1], and
 * every input and the outcome among the columns.
 *
 * Why: the rows usually come from a sweep; the command line checks the options against the
 * sweep's columns (sweepColumns) before the sweep runs, and discover against the first row.
 *
 * @param options - discover's options
 * @param columns - the columns of the rows (not checked when not given)
 * @throws RangeError naming the option or column and the rule broken (listing the columns)
 * @example
 * checkDiscoverOptions({ inputs: ['x'], outcome: 'y.mean', above: 1 }, ['x', 'y.mean']); // => undefined
 */
export function checkDiscoverOptions(options: DiscoverOptions, columns?: readonly string[]): void {
  const { inputs, outcome, above, below } = options;
  if ((above === undefined) === (below === undefined))
    throw new RangeError(
      'give exactly one of above and below: the threshold that makes a row a case of interest',
    );
  const threshold = above ?? below;
  if (!Number.isFinite(threshold))
    throw new RangeError(
      `${above !== undefined ? 'above' : 'below'} must be a finite number, received ${threshold}`,
    );
  for (const name of ['peelAlpha', 'pasteAlpha', 'minMass'] as const) {
    const a = options[name];
    if (a !== undefined && !(a > 0 && a < 1))
      throw new RangeError(`${name} must be in (0, 1), received ${a}`);
  }
  const { threshold: density } = options;
  if (density !== undefined && !(density > 0 && density <= 1))
    throw new RangeError(`threshold must be in (0, 1], received ${density}`);
  if (columns === undefined) return;
  for (const c of [...inputs, outcome])
    if (!columns.includes(c))
      throw new RangeError(
        `column ${JSON.stringify(c)} is not in the rows; columns: ${columns.join(', ')}`,
      );
}
