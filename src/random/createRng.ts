import seedrandom from 'seedrandom';

/** A source of uniform draws in [0, 1): the only thing a sampler needs (as in d3-random). */
export type RandomSource = () => number;

/**
 * A seeded random stream. Call it for a uniform draw in [0, 1); `fork` derives an
 * independent stream from a stable label, so a stream's draws never depend on the order
 * in which other streams were used (the basis of worker-count invariance and of common
 * random numbers across policies).
 */
export interface Rng extends RandomSource {
  /** The seed this stream was made from; forks extend it with `/label`. */
  readonly seed: string;
  /** A new independent stream identified by this stream's seed and `label`. */
  fork(label: string | number): Rng;
}

/**
 * Create a seeded random stream over seedrandom's Alea generator.
 *
 * Alea is fast (about 1e8 draws/s in a monomorphic loop here) and has a 2^116 period;
 * seeding is by string, so `fork(label)` simply seeds a fresh generator with
 * `${seed}/${label}`. Hence a fork depends only on the parent's seed and the label, never
 * on how many draws were taken from the parent, and the number 42 and the string '42'
 * name the same stream (likewise `fork(1)` and `fork('1')`).
 *
 * Resolution: each draw is a multiple of 2⁻³² (Alea's 32-bit output), so 0 can occur
 * (probability 2⁻³²) and 1 cannot; the samplers in this folder allow for both.
 *
 * @param seed - any number or string; the same seed always gives the same draws
 * @returns a callable stream with `seed` and `fork`
 * @throws RangeError when the seed is a non-finite number or an empty string; `fork` throws
 *   when the label is empty or contains `/`
 * @example
 * const rng = createRng(42);
 * const a = rng(); // uniform in [0, 1)
 * const militia = rng.fork('replicate-0').fork('militia');
 * createRng(42)() === a; // => true
 */
export function createRng(seed: number | string): Rng {
  if (typeof seed === 'number' && !Number.isFinite(seed)) {
    throw new RangeError(`seed must be a finite number or a non-empty string, received ${seed}`);
  }
  const key = String(seed);
  if (key.length === 0) {
    throw new RangeError('seed must be a finite number or a non-empty string, received ""');
  }
  // The generator itself is the stream (no wrapper call in hot loops); seed and fork ride on it.
  const rng = seedrandom.alea(key) as unknown as Rng & { seed: string };
  Object.defineProperty(rng, 'seed', { value: key, enumerable: true });
  rng.fork = (label: string | number) => {
    // '/' separates the path of labels; inside a label it would make two paths collide.
    if (String(label).includes('/') || String(label).length === 0) {
      throw new RangeError(
        `label must be a non-empty string or number without '/', received ${JSON.stringify(label)}`,
      );
    }
    return createRng(`${key}/${label}`);
  };
  return rng;
}
