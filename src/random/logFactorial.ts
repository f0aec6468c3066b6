/** 0.5·ln(2π), the constant of Stirling's series. */
const HALF_LOG_TWO_PI = 0.9189385332046728;

/** Below this k the Stirling tail comes from an exact table; above it the series is exact to ~1e-17. */
const TABLE_SIZE = 30;

// ln k! from the product (exact in doubles up to 22!, one rounding per step after),
// turned into the Stirling tail by subtracting the leading terms.
const TAIL_TABLE = new Float64Array(TABLE_SIZE);
{
  let factorial = 1;
  for (let k = 0; k < TABLE_SIZE; k++) {
    if (k > 0) factorial *= k;
    TAIL_TABLE[k] = Math.log(factorial) - (k + 0.5) * Math.log(k + 1) + (k + 1) - HALF_LOG_TWO_PI;
  }
}

/**
 * The tail of Stirling's series for ln k!: `fc(k) = ln k! − [(k + ½)·ln(k + 1) − (k + 1) + ½·ln 2π]`.
 *
 * Why: the exact rejection tests of the Poisson (PTRS) and binomial (BTRS) samplers compare
 * log-probabilities of large counts; writing ln k! as its Stirling leading terms plus this
 * small tail lets them cancel the large terms analytically instead of subtracting two
 * numbers near k·ln k (Hörmann 1993, "The generation of binomial random variates",
 * J. Stat. Comput. Simul. 46, eq. for f_c).
 *
 * Cost: a table look-up for k < 30, else four terms of the series 1/(12x) − 1/(360x³) +
 * 1/(1260x⁵) − 1/(1680x⁷) with x = k + 1 (truncation error below 1/(1188·x⁹) < 1e-16).
 *
 * @param k - a non-negative integer (not checked: internal hot-path helper)
 * @returns fc(k), positive and about 1/(12(k + 1))
 * @example
 * stirlingTail(0); // 1 − ½·ln 2π
 * // => 0.08106146679532722
 */
export function stirlingTail(k: number): number {
  if (k < TABLE_SIZE) return TAIL_TABLE[k] as number;
  const x = k + 1;
  const x2 = x * x;
  return (1 / 12 - (1 / 360 - (1 / 1260 - 1 / (1680 * x2)) / x2) / x2) / x;
}

/**
 * ln k! for a non-negative integer k, accurate to a few ulps for every k.
 *
 * Why: the exact samplers and the tests need log-factorials of large counts without
 * overflow; this is Stirling's series with its exact tail ({@link stirlingTail}).
 *
 * @param k - a non-negative integer (not checked: internal hot-path helper)
 * @returns ln k!
 * @example
 * logFactorial(10); // ln 3628800
 * // => 15.104412573075516
 */
export function logFactorial(k: number): number {
  return (k + 0.5) * Math.log(k + 1) - (k + 1) + HALF_LOG_TWO_PI + stirlingTail(k);
}
