/**
 * Box constraints lower[i] ≤ x[i] ≤ upper[i]. Either side may be omitted (no bound) and
 * entries may be ±Infinity; lower[i] = upper[i] fixes coordinate i (a profile likelihood
 * holds one parameter fixed this way).
 */
export interface Bounds {
  readonly lower?: readonly number[];
  readonly upper?: readonly number[];
}

/** Bounds with both sides filled in, as the optimisers use them. */
export interface ResolvedBounds {
  readonly lower: readonly number[];
  readonly upper: readonly number[];
}

/**
 * Check bounds against the dimension k and fill in missing sides with ∓Infinity.
 *
 * @param bounds - the box, or undefined for none
 * @param k - number of coordinates
 * @returns lower and upper arrays of length k
 * @throws RangeError naming the entry when a side has the wrong length, holds NaN, or
 *   lower[i] > upper[i]
 * @example
 * resolveBounds({ lower: [0, 0] }, 2).upper;
 * // => [Infinity, Infinity]
 */
export function resolveBounds(bounds: Bounds | undefined, k: number): ResolvedBounds {
  const lower = side(bounds?.lower, k, 'lower', Number.NEGATIVE_INFINITY);
  const upper = side(bounds?.upper, k, 'upper', Number.POSITIVE_INFINITY);
  for (let i = 0; i < k; i++) {
    const l = lower[i] as number;
    const u = upper[i] as number;
    if (l > u || l === Number.POSITIVE_INFINITY || u === Number.NEGATIVE_INFINITY) {
      throw new RangeError(
        `bounds.lower[${i}] must be <= bounds.upper[${i}] and the box non-empty, received ${l} and ${u}`,
      );
    }
  }
  return { lower, upper };
}

function side(
  values: readonly number[] | undefined,
  k: number,
  name: string,
  fill: number,
): number[] {
  if (values === undefined) return new Array<number>(k).fill(fill);
  if (values.length !== k) {
    throw new RangeError(`bounds.${name} must have length ${k}, received length ${values.length}`);
  }
  values.forEach((v, i) => {
    if (Number.isNaN(v))
      throw new RangeError(`bounds.${name}[${i}] must be a number, received NaN`);
  });
  return [...values];
}

/**
 * Project a point onto the box: clamp each coordinate to [lower[i], upper[i]].
 *
 * @param x - the point
 * @param bounds - resolved bounds of the same length
 * @returns a new array inside the box
 * @example
 * projectOntoBox([-1, 0.5, 9], { lower: [0, 0, 0], upper: [1, 1, 1] });
 * // => [0, 0.5, 1]
 */
export function projectOntoBox(x: readonly number[], bounds: ResolvedBounds): number[] {
  return x.map((v, i) =>
    Math.min(bounds.upper[i] as number, Math.max(bounds.lower[i] as number, v)),
  );
}
