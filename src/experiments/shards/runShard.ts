import { LIBRARY_VERSION } from '../../version.js';
import type { ExperimentRequest } from './ExperimentRequest.js';
import { planExperiment } from './planExperiment.js';
import { SHARD_FORMAT, type ShardFile } from './ShardFile.js';
import type { ShardSpec } from './ShardSpec.js';
import { splitRange } from './splitRange.js';

/**
 * Run one shard of an experiment: part i of n of its replicates (run, compare, test) or
 * design points (sweep, sensitivity), as a shard file that records what it covers.
 *
 * Why: a large experiment runs as n independent jobs (a Slurm job array, a Kubernetes
 * indexed job); mergeShards puts their files back together into exactly the result of one
 * run. Every replicate and point draws from streams named by (seed, index), so a shard's
 * part does not depend on where or when it ran.
 *
 * @param request - the experiment as data
 * @param shard - which part: `{ index, count }` (parseShardSpec reads `i/n`)
 * @param context - JSON the caller wants kept with the result (equal in every shard)
 * @param onProgress - called with (done, total) within the shard
 * @returns the shard file's content
 * @throws RangeError for a bad shard; the experiment's own errors for bad settings
 * @example
 * const s = runShard({ command: 'run', scenario: presets.restraint, options: { replicates: 10, seed: 1 } }, { index: 1, count: 3 });
 * s.range; // => [3, 6]
 */
export function runShard(
  request: ExperimentRequest,
  shard: ShardSpec,
  context: unknown = null,
  onProgress?: (done: number, total: number) => void,
): ShardFile {
  const { index, count } = shard ?? {};
  if (
    !(
      Number.isSafeInteger(count) &&
      count >= 1 &&
      Number.isSafeInteger(index) &&
      index >= 0 &&
      index < count
    )
  )
    throw new RangeError(
      `shard must be { index, count } with 0 <= index < count, received ${JSON.stringify(shard)}`,
    );
  const plan = planExperiment(request);
  const [from, to] = splitRange(plan.range[0], plan.range[1], count)[index] as [number, number];
  const part = plan.runPart(from, to, onProgress);
  return {
    format: SHARD_FORMAT,
    version: 1,
    command: plan.command,
    library: LIBRARY_VERSION,
    ...plan.identity,
    shard: { index, count },
    unit: plan.unit,
    whole: [plan.range[0], plan.range[1]],
    range: [from, to],
    header: plan.header,
    context,
    part,
  };
}
