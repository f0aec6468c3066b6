import { requireFinite } from '../util/validate.js';
import type { RandomSource } from './createRng.js';

/**
 * Draw a real number uniformly from [min, max).
 *
 * Why: start times, positions and jitter; the one sampler every other one builds on.
 * Reference: the affine map min + (max − min)·U of a standard uniform U.
 *
 * @param rng - a uniform source on [0, 1), e.g. {@link createRng}
 * @param min - lower end, included
 * @param max - upper end, excluded; must exceed min, and max − min must be finite
 * @returns a draw x with min ≤ x < max
 * @throws RangeError when min or max is not finite, max ≤ min, or max − min overflows
 * @example
 * const rng = createRng(42);
 * sampleUniform(rng, 10, 20); // the stream's first draw, 0.68486…, scaled
 * // => 16.848634963389486
 */
export function sampleUniform(rng: RandomSource, min: number, max: number): number {
  requireFinite('min', min);
  requireFinite('max', max);
  const width = max - min;
  if (!(width > 0 && Number.isFinite(width))) {
    throw new RangeError(
      `max must exceed min by a finite amount, received min ${min} and max ${max}`,
    );
  }
  // Rounding of min + width·u can land on max when u is within one ulp of 1: redraw then
  // (never happens with a 32-bit source unless the interval is a few ulps wide).
  for (;;) {
    const x = min + width * rng();
    if (x < max) return x;
  }
}
