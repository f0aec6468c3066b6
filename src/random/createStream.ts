import type { RandomSource } from './createRng.js';

const TWO_POW_MINUS_32 = 2.3283064365386963e-10;

// Mash's hash state, carried from one pass to the next within one seeding (synchronous).
let hash = 0;

/**
 * One pass of Baagøe's Mash over `data` from character `from` on, continuing from `hash`;
 * returns a value in [0, 1).
 */
function mash(data: string, from = 0): number {
  let n = hash;
  for (let i = from; i < data.length; i++) {
    n += data.charCodeAt(i);
    // Mash writes `h >>> 0`; here h is in [0, 2^32), where that is Math.floor, which
    // compiles to one instruction instead of a conversion through ToUint32.
    let h = 0.02519603282416938 * n;
    n = Math.floor(h);
    h -= n;
    h *= n;
    n = Math.floor(h);
    h -= n;
    n += h * 0x100000000; // 2^32
  }
  hash = n;
  return (n >>> 0) * TWO_POW_MINUS_32;
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
 * cost; this port keeps the state in one closure, precomputes the seed-independent part of
 * the seeding, and skips the wrapper properties. The draws are bit-identical to seedrandom's
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
  hash = HASH_AFTER_SPACES;
  const a = mash(seed);
  const b = mash(seed);
  return alea(a, b, mash(seed));
}

/**
 * Three streams at once, each exactly `createStream(seed)`: Mash is a chain of dependent
 * floating-point steps, so hashing three seeds in one loop lets the processor run the
 * three chains side by side (about twice as fast as one after the other).
 *
 * @param seeds - three seed strings
 * @returns the three streams, in order
 * @example
 * createStreams3(['a', 'b', 'c'])[1]() === createStream('b')(); // => true
 */
export function createStreams3(
  seeds: readonly [string, string, string],
): [RandomSource, RandomSource, RandomSource] {
  const [x, y, z] = seeds;
  const common = Math.min(x.length, y.length, z.length);
  let nx = HASH_AFTER_SPACES;
  let ny = HASH_AFTER_SPACES;
  let nz = HASH_AFTER_SPACES;
  const out = new Float64Array(9);
  for (let pass = 0; pass < 3; pass++) {
    for (let i = 0; i < common; i++) {
      nx += x.charCodeAt(i);
      ny += y.charCodeAt(i);
      nz += z.charCodeAt(i);
      let hx = 0.02519603282416938 * nx;
      let hy = 0.02519603282416938 * ny;
      let hz = 0.02519603282416938 * nz;
      nx = Math.floor(hx);
      ny = Math.floor(hy);
      nz = Math.floor(hz);
      hx = (hx - nx) * nx;
      hy = (hy - ny) * ny;
      hz = (hz - nz) * nz;
      nx = Math.floor(hx);
      ny = Math.floor(hy);
      nz = Math.floor(hz);
      nx += (hx - nx) * 0x100000000;
      ny += (hy - ny) * 0x100000000;
      nz += (hz - nz) * 0x100000000;
    }
    hash = nx;
    out[pass] = mash(x, common);
    nx = hash;
    hash = ny;
    out[3 + pass] = mash(y, common);
    ny = hash;
    hash = nz;
    out[6 + pass] = mash(z, common);
    nz = hash;
  }
  const stream = (i: number) => alea(out[i] as number, out[i + 1] as number, out[i + 2] as number);
  return [stream(0), stream(3), stream(6)];
}

/** Alea seeded with the three Mash values of its seed. */
function alea(m0: number, m1: number, m2: number): RandomSource {
  let s0 = SPACE0 - m0;
  if (s0 < 0) s0 += 1;
  let s1 = SPACE1 - m1;
  if (s1 < 0) s1 += 1;
  let s2 = SPACE2 - m2;
  if (s2 < 0) s2 += 1;
  let c = 1;
  return () => {
    const t = 2091639 * s0 + c * TWO_POW_MINUS_32;
    s0 = s1;
    s1 = s2;
    c = t | 0;
    s2 = t - c;
    return s2;
  };
}
