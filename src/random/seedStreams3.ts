import { aleaSeed, HASH_AFTER_SPACES, mix as importedMix } from './createStream.js';
import type { StreamState } from './streamDraw.js';

// Mash's step through a module-local binding. Imports are live bindings: optimised code
// reloads one from its module cell and checks it is initialised at every use, where a local
// const is folded. Seeding calls it about 300 times a replicate, and with one module per
// file (the sources as tsx loads them) the import doubled this file's cost; in the bundle
// the two files share a scope, so it changes nothing there.
const mix = importedMix;

const TWO_POW_MINUS_32 = 2.3283064365386963e-10;

/**
 * Seed three stream states at once whose seeds share a head: `states[i]` is left as
 * `createStream(head + middle + tails[i])` starts, without building the seed strings and
 * without allocating (an engine re-seeds its streams in place between replicates). Mash is a chain of
 * dependent floating-point steps: its first pass over the shared `head + middle` is done
 * once, and the rest of the three chains run side by side in one loop, which the processor
 * overlaps (about twice as fast as one after the other).
 *
 * @param head - the start of every seed (a replicate's seed path, e.g. `42/3`)
 * @param middle - what follows it in every seed (e.g. `/militia:m/`)
 * @param tails - the three endings
 * @param x - the state to seed for `tails[0]` (mutated)
 * @param y - the state for `tails[1]`
 * @param z - the state for `tails[2]`
 * @returns Mash's hash state after `head + middle` in the first pass, from which
 *   seedStreamAfter seeds another stream of the same head and middle
 * @example
 * const [x, y, z] = [createStreamState(), createStreamState(), createStreamState()];
 * seedStreams3('a', '/', ['x', 'y', 'z'], x, y, z);
 * streamDraw(y) === createStream('a/y')(); // => true
 */
export function seedStreams3(
  head: string,
  middle: string,
  tails: readonly [string, string, string],
  x: StreamState,
  y: StreamState,
  z: StreamState,
): number {
  const [tx, ty, tz] = tails;
  const common = Math.min(tx.length, ty.length, tz.length);
  // Pass 1: the shared part once.
  let n = HASH_AFTER_SPACES;
  for (let i = 0; i < head.length; i++) n = mix(n, head.charCodeAt(i));
  for (let i = 0; i < middle.length; i++) n = mix(n, middle.charCodeAt(i));
  let nx = n;
  let ny = n;
  let nz = n;
  let mx0 = 0;
  let my0 = 0;
  let mz0 = 0;
  let mx1 = 0;
  let my1 = 0;
  let mz1 = 0;
  for (let pass = 0; pass < 3; pass++) {
    if (pass > 0) {
      for (let i = 0; i < head.length; i++) {
        const code = head.charCodeAt(i);
        nx = mix(nx, code);
        ny = mix(ny, code);
        nz = mix(nz, code);
      }
      for (let i = 0; i < middle.length; i++) {
        const code = middle.charCodeAt(i);
        nx = mix(nx, code);
        ny = mix(ny, code);
        nz = mix(nz, code);
      }
    }
    for (let i = 0; i < common; i++) {
      nx = mix(nx, tx.charCodeAt(i));
      ny = mix(ny, ty.charCodeAt(i));
      nz = mix(nz, tz.charCodeAt(i));
    }
    for (let i = common; i < tx.length; i++) nx = mix(nx, tx.charCodeAt(i));
    for (let i = common; i < ty.length; i++) ny = mix(ny, ty.charCodeAt(i));
    for (let i = common; i < tz.length; i++) nz = mix(nz, tz.charCodeAt(i));
    // Each pass's output is its final hash as an unsigned 32-bit fraction.
    const ox = (nx >>> 0) * TWO_POW_MINUS_32;
    const oy = (ny >>> 0) * TWO_POW_MINUS_32;
    const oz = (nz >>> 0) * TWO_POW_MINUS_32;
    if (pass === 0) {
      mx0 = ox;
      my0 = oy;
      mz0 = oz;
    } else if (pass === 1) {
      mx1 = ox;
      my1 = oy;
      mz1 = oz;
    } else {
      aleaSeed(x, mx0, mx1, ox);
      aleaSeed(y, my0, my1, oy);
      aleaSeed(z, mz0, mz1, oz);
    }
  }
  return n;
}

/**
 * Seed a stream state as `createStream(head + middle + tail)` starts, from the hash state
 * seedStreams3 returned for the same head and middle: Mash's first pass over them is not
 * repeated, and no seed string is built. How the engine seeds a militia's strike stream
 * when its first strike lands.
 *
 * @param prefix - what seedStreams3(head, middle, …) returned
 * @param head - the same head
 * @param middle - the same middle
 * @param tail - this stream's ending
 * @param state - the state to seed (mutated)
 * @example
 * const [x, y, z, w] = [createStreamState(), createStreamState(), createStreamState(), createStreamState()];
 * const prefix = seedStreams3('a', '/', ['x', 'y', 'z'], x, y, z);
 * seedStreamAfter(prefix, 'a', '/', 'w', w);
 * streamDraw(w) === createStream('a/w')(); // => true
 */
export function seedStreamAfter(
  prefix: number,
  head: string,
  middle: string,
  tail: string,
  state: StreamState,
): void {
  let n = prefix;
  for (let i = 0; i < tail.length; i++) n = mix(n, tail.charCodeAt(i));
  const m0 = (n >>> 0) * TWO_POW_MINUS_32;
  for (let i = 0; i < head.length; i++) n = mix(n, head.charCodeAt(i));
  for (let i = 0; i < middle.length; i++) n = mix(n, middle.charCodeAt(i));
  for (let i = 0; i < tail.length; i++) n = mix(n, tail.charCodeAt(i));
  const m1 = (n >>> 0) * TWO_POW_MINUS_32;
  for (let i = 0; i < head.length; i++) n = mix(n, head.charCodeAt(i));
  for (let i = 0; i < middle.length; i++) n = mix(n, middle.charCodeAt(i));
  for (let i = 0; i < tail.length; i++) n = mix(n, tail.charCodeAt(i));
  aleaSeed(state, m0, m1, (n >>> 0) * TWO_POW_MINUS_32);
}
