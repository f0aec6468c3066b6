import { z } from 'zod';
import type { ExperimentCommand } from './ExperimentRequest.js';

/** The format tag of a shard file. */
export const SHARD_FORMAT = 'escalation-sim/shard';

/**
 * One shard of an experiment as JSON: what it covers (command, library version, scenario
 * fingerprint, seed, shard i of n, the unit and range it ran, the experiment's settings)
 * and its mergeable part. mergeShards combines the n shards of one experiment exactly.
 */
export const ShardFile = z.strictObject({
  format: z.literal(SHARD_FORMAT),
  version: z.literal(1),
  command: z.enum(['run', 'compare', 'sweep', 'sensitivity', 'test']),
  /** The library version that ran it: parts of different versions may differ. */
  library: z.string(),
  scenario: z.string(),
  fingerprint: z.string(),
  seed: z.union([z.number(), z.string()]),
  shard: z.strictObject({ index: z.number().int().min(0), count: z.number().int().min(1) }),
  unit: z.enum(['replicates', 'points']),
  /** The whole experiment's range [from, to) of the unit. */
  whole: z.tuple([z.number().int().min(0), z.number().int().min(0)]),
  /** The range [from, to) this shard ran: part `index` of splitRange(whole, count). */
  range: z.tuple([z.number().int().min(0), z.number().int().min(0)]),
  /** The experiment's settings and provenance: equal in every shard of one experiment. */
  header: z.unknown(),
  /** What the caller recorded with the experiment (e.g. the command line's settings). */
  context: z.unknown(),
  /** The mergeable result of the range. */
  part: z.unknown(),
});
export type ShardFile = z.infer<typeof ShardFile> & { readonly command: ExperimentCommand };
