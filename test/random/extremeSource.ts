import { createRng, type RandomSource } from '../../src/random/createRng.js';

/** The extreme uniforms a [0, 1) source may return: 0, and the largest 32- and 53-bit values. */
export const EXTREME_UNIFORMS = [0, 1 - 2 ** -32, 1 - 2 ** -53] as const;

/**
 * A source that returns `u` at call number `at` (0-based) and seeded draws otherwise, so
 * that a rejection loop always gets fresh values and a test of termination can only fail
 * by the sampler mishandling `u`.
 */
export function sourceWithExtreme(u: number, at: number): RandomSource {
  const rng = createRng(`extreme/${u}/${at}`);
  let call = 0;
  return () => (call++ === at ? u : rng());
}
