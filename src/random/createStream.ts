import type { RandomSource } from './createRng.js';
import { createStreamState, type StreamState, streamSource } from './streamDraw.js';

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

/**
 * One step of Baagøe's Mash: the hash state after the character code `code` (for seeding
 * several streams at once, seedStreams3).
 *
 * @param state - the hash state before
 * @param code - a UTF-16 code unit
 * @returns the hash state after, in [0, 2³²)
 * @example
 * mix(HASH_AFTER_SPACES, 52) === mix(HASH_AFTER_SPACES, 52); // => true
 */
export function mix(state: number, code: number): number {
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
/** Mash's hash state at the start of every seeding's first pass (after the three passes over ' '). */
export const HASH_AFTER_SPACES = hash;

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
 * Seed Alea's state from the three Mash values of its seed (the outputs of Mash's three
 * passes over it).
 *
 * @param state - the state (mutated)
 * @param m0 - the first pass's output fraction
 * @param m1 - the second's
 * @param m2 - the third's
 * @example
 * aleaSeed(createStreamState(), 0.5, 0.5, 0.5); // => undefined
 */
export function aleaSeed(state: StreamState, m0: number, m1: number, m2: number): void {
  aleaSeedAt(state, 0, m0, m1, m2);
}

/**
 * aleaSeed into four consecutive entries of a larger array (seedStreamBatch keeps the states
 * of many streams in one).
 *
 * @param states - the array (mutated at offset … offset + 3)
 * @param offset - where this stream's state starts
 * @param m0 - the first pass's output fraction
 * @param m1 - the second's
 * @param m2 - the third's
 * @example
 * aleaSeedAt(new Float64Array(8), 4, 0.5, 0.5, 0.5); // => undefined
 */
export function aleaSeedAt(
  states: Float64Array,
  offset: number,
  m0: number,
  m1: number,
  m2: number,
): void {
  let s0 = SPACE0 - m0;
  if (s0 < 0) s0 += 1;
  let s1 = SPACE1 - m1;
  if (s1 < 0) s1 += 1;
  let s2 = SPACE2 - m2;
  if (s2 < 0) s2 += 1;
  states[offset] = s0;
  states[offset + 1] = s1;
  states[offset + 2] = s2;
  states[offset + 3] = 1;
}
