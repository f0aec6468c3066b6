import type { RandomSource } from './createRng.js';

const TWO_POW_MINUS_32 = 2.3283064365386963e-10;

// Mash's hash state, carried from one pass to the next within one seeding (synchronous).
let hash = 0;

/** One pass of Baagøe's Mash over `data`, continuing from `hash`; returns a value in [0, 1). */
function mash(data: string): number {
  let n = hash;
  for (let i = 0; i < data.length; i++) n = mix(n, data.charCodeAt(i));
  hash = n;
  return (n >>> 0) * TWO_POW_MINUS_32;
}

/** One step of Mash: the hash state n after the character code `code`. */
function mix(state: number, code: number): number {
  let n = state + code;
  // Mash writes `h >>> 0`; here h is in [0, 2^32), where that is Math.floor, which
  // compiles to one instruction instead of a conversion through ToUint32.
  let h = 0.02519603282416938 * n;
  n = Math.floor(h);
  h -= n;
  h *= n;
  n = Math.floor(h);
  h -= n;
  return n + h * 0x100000000; // 2^32
}

// Every seeding starts with three passes over ' ' from the same state: do them once.
hash = 0xefc8249d;
const SPACE0 = mash(' ');
const SPACE1 = mash(' ');
const SPACE2 = mash(' ');
const HASH_AFTER_SPACES = hash;

/**
 * A bare random stream from a string seed: the same draws as `createRng(seed)` (seedrandom's
 * Alea, seeded by Baagøe's Mash), without `seed` and `fork`.
 *
 * Why: the engine creates three or four streams per replicate and seeding dominated its
 * cost; this port keeps the state in one small object, precomputes the seed-independent
 * part of the seeding, and skips the wrapper properties. The draws are bit-identical to seedrandom's
 * (a property test compares them), so results do not change.
 *
 * Reference: J. Baagøe (2010), Alea and Mash, as ported in seedrandom 3 (lib/alea.js).
 *
 * @param seed - the seed string (a stream's seed path, e.g. `42/3/militia:m/attacks`)
 * @returns a uniform source on [0, 1) with 2⁻³² resolution
 * @example
 * createStream('42')() === createRng(42)(); // => true
 */
export function createStream(seed: string): RandomSource {
  const state = createStreamState();
  seedStream(seed, state);
  return streamSource(state);
}

/**
 * The state of one Alea generator: three 32-bit fractions and a carry. Kept apart from the
 * function that draws from it so that an engine can re-seed its streams in place between
 * replicates and draw without a call (streamDraw).
 */
export interface StreamState {
  s0: number;
  s1: number;
  s2: number;
  c: number;
}

/**
 * A fresh stream state, to be seeded (seedStreams3, seedStream) before drawing.
 *
 * @returns a state with every field 0 but the carry, 1
 * @example
 * createStreamState().c; // => 1
 */
export function createStreamState(): StreamState {
  return { s0: 0, s1: 0, s2: 0, c: 1 };
}

/**
 * Seed a stream state in place: afterwards it draws what `createStream(seed)` draws.
 *
 * @param seed - the seed string
 * @param state - the state to seed (mutated)
 * @example
 * const state = createStreamState();
 * seedStream('42', state);
 * streamDraw(state) === createStream('42')(); // => true
 */
export function seedStream(seed: string, state: StreamState): void {
  hash = HASH_AFTER_SPACES;
  const a = mash(seed);
  const b = mash(seed);
  aleaSeed(state, a, b, mash(seed));
}

/**
 * One draw from a stream state, advancing it: Alea's step, the same the function from
 * streamSource makes, so draws through either view of one state interleave as one stream.
 * Small and monomorphic, so an optimising compiler inlines it into a hot loop.
 *
 * @param state - the stream's state (mutated)
 * @returns a uniform draw in [0, 1), a multiple of 2⁻³²
 * @example
 * const state = createStreamState();
 * seedStream('42', state);
 * streamDraw(state) === createRng(42)(); // => true
 */
export function streamDraw(state: StreamState): number {
  const t = 2091639 * state.s0 + state.c * TWO_POW_MINUS_32;
  state.s0 = state.s1;
  state.s1 = state.s2;
  const c = t | 0;
  state.c = c;
  const s = t - c;
  state.s2 = s;
  return s;
}

/**
 * The uniform source that draws from a stream state, for samplers that take a
 * RandomSource. The state is shared, not copied: re-seeding it re-seeds the source.
 *
 * @param state - the stream's state
 * @returns a uniform source on [0, 1)
 * @example
 * const state = createStreamState();
 * const rng = streamSource(state);
 * seedStream('42', state);
 * rng() === createStream('42')(); // => true
 */
export function streamSource(state: StreamState): RandomSource {
  // The state lives in an object, not in closure variables: V8 boxes a double written to a
  // closure variable anew on every write (an allocation per draw), while an object's double
  // fields are updated in place.
  return () => {
    const t = 2091639 * state.s0 + state.c * TWO_POW_MINUS_32;
    state.s0 = state.s1;
    state.s1 = state.s2;
    const c = t | 0;
    state.c = c;
    const s = t - c;
    state.s2 = s;
    return s;
  };
}

/**
 * Three streams at once whose seeds share a head: exactly `createStream(head + middle +
 * tails[i])` for i = 0, 1, 2 (seedStreams3 on fresh states).
 *
 * @param head - the start of every seed (a replicate's seed path, e.g. `42/3`)
 * @param middle - what follows it in every seed (e.g. `/militia:m/`)
 * @param tails - the three endings
 * @returns the three streams, in the order of `tails`
 * @example
 * createStreams3('a', '/', ['x', 'y', 'z'])[1]() === createStream('a/y')(); // => true
 */
export function createStreams3(
  head: string,
  middle: string,
  tails: readonly [string, string, string],
): [RandomSource, RandomSource, RandomSource] {
  const [x, y, z] = [createStreamState(), createStreamState(), createStreamState()];
  seedStreams3(head, middle, tails, x, y, z);
  return [streamSource(x), streamSource(y), streamSource(z)];
}

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
): void {
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
}

/** Alea's state seeded with the three Mash values of its seed. */
function aleaSeed(state: StreamState, m0: number, m1: number, m2: number): void {
  let s0 = SPACE0 - m0;
  if (s0 < 0) s0 += 1;
  let s1 = SPACE1 - m1;
  if (s1 < 0) s1 += 1;
  let s2 = SPACE2 - m2;
  if (s2 < 0) s2 += 1;
  state.s0 = s0;
  state.s1 = s1;
  state.s2 = s2;
  state.c = 1;
}
