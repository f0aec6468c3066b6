import { aleaSeedAt, HASH_AFTER_SPACES, mix as importedMix } from './createStream.js';

// A module-local binding of Mash's step (see seedStreams3 for why).
const mix = importedMix;

const TWO_POW_MINUS_32 = 2.3283064365386963e-10;

/**
 * Seed the streams `heads[j] + middle + tails[s]` of several heads at once: afterwards
 * `states[4(j·S + s) … 4(j·S + s) + 3]` (S = tails.length) hold the state
 * `createStream(heads[j] + middle + tails[s])` starts with, and `prefixes[j]` Mash's hash
 * state after `heads[j] + middle` in the first pass (what seedStreams3 returns, from which
 * seedStreamAfter seeds another stream of that head).
 *
 * Why: Mash is a chain of dependent floating-point steps, so seeding one replicate's streams
 * waits on that chain (seedStreams3 already overlaps the streams of one replicate, but their
 * shared head must be hashed first, three times over). The chains of different heads (the
 * next replicates' seed paths) are independent, and stepping them side by side keeps the
 * processor busy: four replicates' streams cost about 1.5 µs a replicate instead of 2.6–3.9.
 *
 * @param heads - the heads (e.g. `42/3`, `42/4`, …)
 * @param middle - what follows every head (e.g. `/militia:m/`)
 * @param tails - the endings, each non-empty
 * @param states - receives the stream states, 4·heads.length·tails.length entries (mutated)
 * @param prefixes - receives one hash state per head (mutated)
 * @param scratch - working space of at least 3·heads.length·tails.length entries
 * @example
 * const states = new Float64Array(8);
 * seedStreamBatch(['a', 'b'], '/', ['x'], states, new Float64Array(2), new Float64Array(6));
 * const b = createStreamState();
 * b.set(states.subarray(4, 8));
 * streamDraw(b) === createStream('b/x')(); // => true
 */
export function seedStreamBatch(
  heads: readonly string[],
  middle: string,
  tails: readonly string[],
  states: Float64Array,
  prefixes: Float64Array,
  scratch: Float64Array,
): void {
  const k = heads.length;
  const s = tails.length;
  const chains = k * s;
  // scratch: the chains' hash states, then the first and second passes' outputs.
  let longestHead = 0;
  for (let j = 0; j < k; j++) longestHead = Math.max(longestHead, (heads[j] as string).length);
  let longestTail = 0;
  for (let i = 0; i < s; i++) longestTail = Math.max(longestTail, (tails[i] as string).length);
  for (let pass = 0; pass < 3; pass++) {
    if (pass === 0) {
      // The first pass over head + middle is the same for every tail: once per head.
      for (let j = 0; j < k; j++) scratch[j] = HASH_AFTER_SPACES;
      for (let i = 0; i < longestHead; i++) {
        for (let j = 0; j < k; j++) {
          const head = heads[j] as string;
          if (i < head.length) scratch[j] = mix(scratch[j] as number, head.charCodeAt(i));
        }
      }
      for (let i = 0; i < middle.length; i++) {
        const code = middle.charCodeAt(i);
        for (let j = 0; j < k; j++) scratch[j] = mix(scratch[j] as number, code);
      }
      // Spread each head's hash to its tails' chains (from the last, so none is overwritten).
      for (let j = k - 1; j >= 0; j--) {
        const n = scratch[j] as number;
        prefixes[j] = n;
        for (let t = 0; t < s; t++) scratch[j * s + t] = n;
      }
    } else {
      for (let i = 0; i < longestHead; i++) {
        for (let j = 0; j < k; j++) {
          const head = heads[j] as string;
          if (i >= head.length) continue;
          const code = head.charCodeAt(i);
          for (let t = j * s; t < (j + 1) * s; t++) scratch[t] = mix(scratch[t] as number, code);
        }
      }
      for (let i = 0; i < middle.length; i++) {
        const code = middle.charCodeAt(i);
        for (let c = 0; c < chains; c++) scratch[c] = mix(scratch[c] as number, code);
      }
    }
    for (let i = 0; i < longestTail; i++) {
      for (let t = 0; t < s; t++) {
        const tail = tails[t] as string;
        if (i >= tail.length) continue;
        const code = tail.charCodeAt(i);
        for (let c = t; c < chains; c += s) scratch[c] = mix(scratch[c] as number, code);
      }
    }
    // Each pass's output is its final hash as an unsigned 32-bit fraction.
    for (let c = 0; c < chains; c++) {
      const out = ((scratch[c] as number) >>> 0) * TWO_POW_MINUS_32;
      if (pass < 2) scratch[(pass + 1) * chains + c] = out;
      else
        aleaSeedAt(
          states,
          4 * c,
          scratch[chains + c] as number,
          scratch[2 * chains + c] as number,
          out,
        );
    }
  }
}
