/** One shard of an experiment: part `index` (0-based) of `count` equal parts. */
export interface ShardSpec {
  /** 0-based, as SLURM_ARRAY_TASK_ID and JOB_COMPLETION_INDEX number array tasks. */
  readonly index: number;
  readonly count: number;
}

/** Most shards one experiment may be cut into. */
export const MAX_SHARDS = 100_000;

/**
 * Read a shard spec `i/n`: part i (0-based) of n, with 0 ≤ i < n.
 *
 * Why: batch schedulers number array tasks from 0 (Slurm's `--array=0..N-1`, Kubernetes
 * indexed jobs), so `--shard $SLURM_ARRAY_TASK_ID/N` is the whole recipe.
 *
 * @param text - e.g. `0/4`
 * @returns the index and count
 * @throws RangeError starting with `shard` that states the form and the rule broken
 * @example
 * parseShardSpec('2/4'); // => { index: 2, count: 4 }
 */
export function parseShardSpec(text: string): ShardSpec {
  const form = `shard must be i/n: part i of n, both whole numbers in decimal digits with 0 <= i < n <= ${MAX_SHARDS} (i counts from 0, as SLURM_ARRAY_TASK_ID and JOB_COMPLETION_INDEX do)`;
  if (typeof text !== 'string') throw new RangeError(`${form}, received ${String(text)}`);
  const match = /^(\d{1,9})\/(\d{1,9})$/.exec(text.trim());
  if (match === null) throw new RangeError(`${form}, received ${JSON.stringify(text)}`);
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1)
    throw new RangeError(`${form}; n must be at least 1, received ${JSON.stringify(text)}`);
  if (count > MAX_SHARDS)
    throw new RangeError(
      `${form}; n must be at most ${MAX_SHARDS}, received ${JSON.stringify(text)}`,
    );
  if (index >= count)
    throw new RangeError(
      `${form}; i must be below n (the last of ${count} shards is ${count - 1}/${count}), received ${JSON.stringify(text)}`,
    );
  return { index, count };
}
