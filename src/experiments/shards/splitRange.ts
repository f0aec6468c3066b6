/**
 * Cut the index range [from, to) into `parts` consecutive ranges whose sizes differ by at
 * most one (the first ones are the smaller); some are empty when there are fewer indices
 * than parts.
 *
 * Why: the one split of every experiment — replicate ranges of ensembles, comparisons and
 * hypothesis tests, design points of sweeps and sensitivity analyses — shared by shards
 * (part i of n) and by the worker pool (chunks handed to threads). A part's result depends
 * only on its range, and parts merge exactly, so any split gives the same result.
 *
 * @param from - first index
 * @param to - one past the last index (≥ from)
 * @param parts - number of parts (an integer ≥ 1)
 * @returns `parts` ranges [start, end) that tile [from, to) in order
 * @throws RangeError naming a bad argument
 * @example
 * splitRange(0, 10, 3); // => [[0, 3], [3, 6], [6, 10]]
 */
export function splitRange(from: number, to: number, parts: number): [number, number][] {
  if (!(Number.isSafeInteger(from) && from >= 0))
    throw new RangeError(`from must be an integer >= 0, received ${from}`);
  if (!(Number.isSafeInteger(to) && to >= from))
    throw new RangeError(`to must be an integer >= from (${from}), received ${to}`);
  if (!(Number.isSafeInteger(parts) && parts >= 1))
    throw new RangeError(`parts must be an integer >= 1, received ${parts}`);
  const size = to - from;
  return Array.from({ length: parts }, (_, i): [number, number] => [
    from + Math.floor((i * size) / parts),
    from + Math.floor(((i + 1) * size) / parts),
  ]);
}
