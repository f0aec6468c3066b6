import { requireArrayLike } from '../../util/requireArgument.js';
import type { ExperimentResult } from './ExperimentRequest.js';
import { finishExperiment } from './finishExperiment.js';
import { firstDifference } from './firstDifference.js';
import { mergeExperimentParts } from './mergeExperimentParts.js';
import { ShardFile } from './ShardFile.js';
import { splitRange } from './splitRange.js';

/** Shards that cannot be merged: which ones, and why. */
export class ShardError extends Error {
  override readonly name = 'ShardError';
}

/** Merged shards: the experiment's result, its header and what the caller recorded. */
export type MergedShards = ExperimentResult & {
  readonly header: unknown;
  readonly context: unknown;
  readonly shards: number;
};

/**
 * Merge the n shards of one experiment (runShard) into its result: exactly, bit for bit, the
 * result of running it in one pass.
 *
 * Refused, naming the shards: a value that is not a shard file; shards of another command,
 * library version, scenario (fingerprint), seed, shard count or settings; a duplicated
 * shard; a shard whose range is not its part of the whole (overlapping or edited); a
 * missing shard.
 *
 * @param shards - the shard files' contents (parsed JSON), in any order
 * @param names - a name per shard for messages (default `shard #k`), e.g. file names
 * @returns the result, tagged with its command, with the header and context the shards share
 * @throws ShardError naming the shards and the rule broken
 * @example
 * const request = { command: 'run', scenario: presets.restraint, options: { replicates: 6, seed: 1 } } as const;
 * const shards = [1, 0].map((index) => runShard(request, { index, count: 2 }));
 * mergeShards(shards).command; // => 'run'
 */
export function mergeShards(shards: readonly unknown[], names?: readonly string[]): MergedShards {
  requireArrayLike('shards', shards, 'an array of shard files (parsed JSON)');
  const label = (i: number) => names?.[i] ?? `shard #${i + 1}`;
  if (shards.length === 0) throw new ShardError('shards must list at least one shard file');
  const files = shards.map((s, i) => {
    const parsed = ShardFile.safeParse(s);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new ShardError(
        `${label(i)} is not an escalation-sim shard file (from --shard i/n): ${issue?.path.join('.') || 'the file'}: ${issue?.message}`,
      );
    }
    return parsed.data as ShardFile;
  });
  const first = files[0] as ShardFile;
  files.forEach((f, i) => {
    const differs = (what: string, a: unknown, b: unknown) =>
      new ShardError(
        `shards must come from one experiment: ${label(i)} has ${what} ${JSON.stringify(b)}, ${label(0)} has ${JSON.stringify(a)}`,
      );
    if (f.command !== first.command) throw differs('command', first.command, f.command);
    if (f.library !== first.library) throw differs('library version', first.library, f.library);
    if (f.fingerprint !== first.fingerprint || f.scenario !== first.scenario)
      throw differs(
        'scenario',
        `${first.scenario} (fingerprint ${first.fingerprint})`,
        `${f.scenario} (fingerprint ${f.fingerprint})`,
      );
    if (String(f.seed) !== String(first.seed) || typeof f.seed !== typeof first.seed)
      throw differs('seed', first.seed, f.seed);
    if (f.shard.count !== first.shard.count)
      throw differs('shard count n', first.shard.count, f.shard.count);
    const setting =
      firstDifference(first.unit, f.unit, 'unit') ??
      firstDifference(first.whole, f.whole, 'whole range') ??
      firstDifference(first.header, f.header, 'settings') ??
      firstDifference(first.context, f.context, 'context');
    if (setting !== null)
      throw new ShardError(
        `shards must come from one experiment: ${label(0)} and ${label(i)} differ in ${setting}`,
      );
  });
  const { count } = first.shard;
  const expected = splitRange(first.whole[0], first.whole[1], count);
  const byIndex = new Map<number, number>();
  files.forEach((f, i) => {
    const { index } = f.shard;
    const other = byIndex.get(index);
    if (other !== undefined)
      throw new ShardError(
        `${label(other)} and ${label(i)} are both shard ${index}/${count}: give each shard once`,
      );
    if (index >= count)
      throw new ShardError(
        `${label(i)} is shard ${index}/${count}, but shards count from 0 to ${count - 1}`,
      );
    const [from, to] = expected[index] as [number, number];
    if (f.range[0] !== from || f.range[1] !== to)
      throw new ShardError(
        `${label(i)} covers ${f.unit} [${f.range[0]}, ${f.range[1]}), but shard ${index}/${count} of [${first.whole[0]}, ${first.whole[1]}) is [${from}, ${to}): it overlaps or leaves out others`,
      );
    byIndex.set(index, i);
  });
  const missing = expected.map((_, index) => index).filter((index) => !byIndex.has(index));
  if (missing.length > 0) {
    const list = missing.slice(0, 10).map((index) => `${index}/${count}`);
    throw new ShardError(
      `missing shard${missing.length === 1 ? '' : 's'} ${list.join(', ')}${missing.length > 10 ? ` and ${missing.length - 10} more` : ''}: all ${count} shards of the experiment are needed (have ${files.length})`,
    );
  }
  const ordered = [...byIndex.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([, i]) => files[i] as ShardFile);
  let part: unknown;
  try {
    part = mergeExperimentParts(
      first.command,
      ordered.map((f) => f.part),
    );
  } catch (error) {
    throw new ShardError(`the shards' parts cannot be merged: ${(error as Error).message}`);
  }
  return {
    ...finishExperiment(first.command, first.header, part),
    header: first.header,
    context: first.context,
    shards: count,
  };
}
