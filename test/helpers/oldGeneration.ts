import { getHeapSpaceStatistics } from 'node:v8';

/** Bytes used in the old generation (old space and large objects). */
function oldGeneration(): number {
  let used = 0;
  for (const space of getHeapSpaceStatistics())
    if (space.space_name === 'old_space' || space.space_name === 'large_object_space')
      used += space.space_used_size;
  return used;
}

/**
 * Growth of the old generation over `work`, per unit of work. The old generation is freed
 * only by full collections, which V8 puts off until it has grown several times over its live
 * size; so what a streamed loop leaves there per step is what makes peak memory grow with
 * the steps, though nothing leaks. A full collection during `work` can only hide growth, so
 * a test bounding this cannot fail by chance that way; run `work` once before, so that the
 * code it compiles (bytecode and feedback live in the old generation too) is not counted.
 */
export function oldGenerationPerUnit(units: number, work: () => void): number {
  const before = oldGeneration();
  work();
  return (oldGeneration() - before) / units;
}
