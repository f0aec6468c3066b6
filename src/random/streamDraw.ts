import type { RandomSource } from './createRng.js';

const TWO_POW_MINUS_32 = 2.3283064365386963e-10;

/**
 * The state of one Alea generator: three 32-bit fractions and a carry. Kept apart from the
 * function that draws from it so that an engine can re-seed its streams in place between
 * replicates (seedStream, seedStreams3) and draw without a call (streamDraw).
 */
export interface StreamState {
  s0: number;
  s1: number;
  s2: number;
  c: number;
}

/**
 * A fresh stream state, to be seeded (seedStream, seedStreams3) before drawing.
 *
 * @returns a state with every field 0 but the carry, 1
 * @example
 * createStreamState().c; // => 1
 */
export function createStreamState(): StreamState {
  return { s0: 0, s1: 0, s2: 0, c: 1 };
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
