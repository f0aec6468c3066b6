/**
 * Assert that a computed float is close to its expected value. Passes when
 * |actual − expected| <= abs or <= rel·|expected|; a failure names all three numbers.
 */
export function expectClose(
  actual: number,
  expected: number,
  { abs = 0, rel = 0 }: { abs?: number; rel?: number },
): void {
  const diff = Math.abs(actual - expected);
  const ok = diff <= abs || diff <= rel * Math.abs(expected);
  if (!ok || !Number.isFinite(actual)) {
    throw new Error(
      `expected ${actual} to be within abs ${abs} / rel ${rel} of ${expected} (difference ${diff})`,
    );
  }
}

/** Mean and standard error of the mean of a sample. */
export function meanAndStandardError(xs: ArrayLike<number>): {
  mean: number;
  se: number;
  sd: number;
} {
  const n = xs.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += xs[i] as number;
  const mean = sum / n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += ((xs[i] as number) - mean) ** 2;
  const sd = Math.sqrt(ss / (n - 1));
  return { mean, se: sd / Math.sqrt(n), sd };
}
