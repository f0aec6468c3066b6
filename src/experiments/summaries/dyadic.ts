/**
 * Exact dyadic rationals (an integer over a power of two) as text, and correctly rounded
 * conversion of exact rationals to doubles. Every finite double, and every sum of doubles
 * and of their squares, is such a number; these helpers carry them through JSON.
 */

/** Number of bits in |n| (0 for 0). */
function bitLength(n: bigint): number {
  return n === 0n ? 0 : (n < 0n ? -n : n).toString(2).length;
}

function trailingZeros(n: bigint, limit: number): number {
  // n & −n keeps the lowest set bit (two's complement); its bit length − 1 is its position.
  return Math.min(limit, bitLength(n & -n) - 1);
}

/**
 * Canonical text of the dyadic rational n / 2^scale: the integer when it is one, else the
 * reduced fraction with an odd numerator, `"-617/2^10"`. Equal values give equal text.
 *
 * @param n - the numerator
 * @param scale - the power of two in the denominator (an integer ≥ 0)
 * @returns the canonical text
 * @example
 * formatDyadic(12n, 3); // => '3/2^1'
 */
export function formatDyadic(n: bigint, scale: number): string {
  if (n === 0n) return '0';
  const shift = trailingZeros(n, scale);
  const reduced = n >> BigInt(shift);
  const power = scale - shift;
  return power === 0 ? reduced.toString() : `${reduced}/2^${power}`;
}

/**
 * Read text written by `formatDyadic` back as a numerator over 2^scale.
 *
 * @param text - `"123"`, `"-5/2^7"`
 * @param scale - the power of two of the result's denominator
 * @param name - what the text is, for the error message
 * @returns n such that text = n / 2^scale
 * @throws RangeError when the text is not a dyadic rational with a denominator ≤ 2^scale
 * @example
 * parseDyadic('3/2^1', 3, 'sum'); // => 12n
 */
export function parseDyadic(text: string, scale: number, name: string): bigint {
  const [n, power] = readDyadic(text, scale, name);
  return n << BigInt(scale - power);
}

/**
 * Read text written by `formatDyadic` as it stands: a numerator over 2^k.
 *
 * Why: an integer sum stays a small integer, where `parseDyadic` scales it to 2^scale.
 *
 * @param text - `"123"`, `"-5/2^7"`
 * @param scale - the largest power of two allowed in the denominator
 * @param name - what the text is, for the error message
 * @returns [n, k] such that text = n / 2^k
 * @throws RangeError when the text is not a dyadic rational with a denominator ≤ 2^scale
 * @example
 * readDyadic('3/2^1', 3, 'sum'); // => [3n, 1]
 */
export function readDyadic(text: string, scale: number, name: string): [bigint, number] {
  const match = /^(-?\d+)(?:\/2\^(\d+))?$/.exec(text);
  const power = match?.[2] === undefined ? 0 : Number(match[2]);
  if (match === null || power > scale)
    throw new RangeError(
      `${name} must be an integer or "n/2^k" with k ≤ ${scale}, received ${JSON.stringify(text)}`,
    );
  return [BigInt(match[1] as string), power];
}

/**
 * The double nearest to num / den (ties to even), computed exactly in integers.
 *
 * Why: means and variances come from exact sums; one final rounding makes them independent
 * of the order and grouping of the values. Results below 2^-1022 may be rounded twice.
 *
 * @param num - numerator
 * @param den - denominator, > 0
 * @returns the correctly rounded quotient
 * @example
 * ratioToNumber(1n, 3n); // => 0.3333333333333333
 */
export function ratioToNumber(num: bigint, den: bigint): number {
  if (num === 0n) return 0;
  const negative = num < 0n;
  const a = negative ? -num : num;
  // Keep ≥ 66 quotient bits and fold the remainder into a sticky bit, so the one rounding
  // of Number() below is the correct rounding of the exact quotient.
  const extra = Math.max(0, 66 - (bitLength(a) - bitLength(den)));
  const scaled = a << BigInt(extra);
  let q = scaled / den;
  if (q * den !== scaled) q |= 1n;
  const drop = Math.max(0, bitLength(q) - 64);
  let top = q >> BigInt(drop);
  if (drop > 0 && top << BigInt(drop) !== q) top |= 1n;
  const value = timesPowerOfTwo(Number(top), drop - extra);
  return negative ? -value : value;
}

function timesPowerOfTwo(x: number, power: number): number {
  let result = x;
  let k = power;
  while (k > 1000) {
    result *= 2 ** 1000;
    k -= 1000;
  }
  while (k < -1000) {
    result *= 2 ** -1000;
    k += 1000;
  }
  return result * 2 ** k;
}
