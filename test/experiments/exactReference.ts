// An independent exact reference for sums of doubles: every finite double times 2^k is an
// integer for some k ≤ 1074, found by doubling (exact: a non-integer is < 2^53, so the
// first integer reached has at most 53 bits). Values are returned over 2^SCALE.
export const SCALE = 2176;

function asScaledInteger(x: number): { n: bigint; k: number } {
  let k = 0;
  let y = x;
  while (!Number.isInteger(y)) {
    y *= 2;
    k++;
  }
  return { n: BigInt(y), k };
}

/** x · 2^SCALE as an integer. */
export function exact(x: number): bigint {
  const { n, k } = asScaledInteger(x);
  return n << BigInt(SCALE - k);
}

/** x² · 2^SCALE as an integer. */
export function exactSquare(x: number): bigint {
  const { n, k } = asScaledInteger(x);
  return (n * n) << BigInt(SCALE - 2 * k);
}

/** R's quantile type 7 on a sorted array: h = (n − 1)p, linear between order statistics. */
export function quantileType7(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo] as number;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)] as number;
  return a + (h - lo) * (b - a);
}
