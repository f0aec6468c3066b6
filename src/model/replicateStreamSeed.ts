/**
 * The seed path of one replicate's streams: `${seed}/${replicate}`, which is the seed of
 * `createRng(seed).fork(replicate)` (forks extend the seed with `/label`). The engine forks
 * its purpose streams from this path directly, so it never builds generators it does not
 * draw from.
 *
 * @param seed - the master seed: a finite number or a non-empty string
 * @param replicate - the replicate index, an integer ≥ 0
 * @returns the seed path
 * @throws RangeError when the seed or the replicate is invalid
 * @example
 * replicateStreamSeed(42, 3); // => '42/3'
 */
export function replicateStreamSeed(seed: number | string, replicate: number): string {
  if (
    typeof seed === 'number'
      ? !Number.isFinite(seed)
      : typeof seed !== 'string' || seed.length === 0
  ) {
    throw new RangeError(
      `seed must be a finite number or a non-empty string, received ${JSON.stringify(seed)}`,
    );
  }
  if (!(Number.isSafeInteger(replicate) && replicate >= 0)) {
    throw new RangeError(`replicate must be an integer >= 0, received ${replicate}`);
  }
  return `${seed}/${replicate}`;
}
