import type { RandomSource } from './createRng.js';

const TWO_POW_MINUS_32 = 2.3283064365386963e-10;

/**
 * The state of one Alea generator, `[s0, s1, s2, c]`: three 32-bit fractions and the carry
 * (an integer held as a double). Kept apart from the function that draws from it so that an
 * engine can re-seed its streams in place between replicates (seedStream, seedStreams3) and
 * draw without a call (streamDraw). A Float64Array, not an object: a typed array holds
 * doubles unboxed, so a draw reads and writes them directly, and one draw costs about
 * 60% of a draw from an object's fields (bench: npm run bench -- random).
 */
export type StreamState = Float64Array;

/**
 * A fresh stream state, to be seeded (seedStream, seedStreams3) before drawing.
 *
 * @returns a state with every entry 0 but the carry, 1
 * @example
 * createStreamState()[3]; // => 1
 */
export function createStreamState(): StreamState {
  return Float64Array.of(0, 0, 0, 1);
}

/**
 * One draw from a stream state, advancing it: Alea's step (Baagøe 2010, as in seedrandom 3),
 * the same the function from streamSource makes, so draws through either view of one state
 * interleave as one stream. Small and monomorphic, so the compiler inlines it into a hot
 * loop where a call through a closure would not be.
 *
 * @param state - the stream's state (mutated)
 * @returns a uniform draw in [0, 1), a multiple of 2⁻³²
 * @example
 * const state = createStreamState();
 * seedStream('42', state);
 * streamDraw(state) === createRng(42)(); // => true
 */
export function streamDraw(state: StreamState): number {
  const t = 2091639 * (state[0] as number) + (state[3] as number) * TWO_POW_MINUS_32;
  state[0] = state[1] as number;
  state[1] = state[2] as number;
  // Alea's carry is t | 0; t is in [0, 2^21], where that is Math.floor, which keeps it a
  // double (no round trip through an integer register on the draw's dependency chain).
  const c = Math.floor(t);
  state[3] = c;
  const s = t - c;
  state[2] = s;
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
  return () => streamDraw(state);
}
