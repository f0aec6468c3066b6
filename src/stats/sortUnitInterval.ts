/**
 * Sort values in [0, 1] in place, in O(n) expected time when they are spread out (as the
 * uniforms of a goodness-of-fit test are): scatter into n equal buckets, then insertion sort,
 * which only has to fix order within buckets. Falls back to the built-in sort when some
 * bucket is crowded, so the worst case stays O(n log n).
 *
 * @param values - numbers in [0, 1]
 * @returns the same array, sorted ascending
 * @example
 * sortUnitInterval(Float64Array.from([0.9, 0.1, 0.5])); // => Float64Array [0.1, 0.5, 0.9]
 */
export function sortUnitInterval(values: Float64Array): Float64Array {
  const n = values.length;
  if (n < 64) return values.sort();
  const bucketOf = (v: number) => Math.min(n - 1, Math.floor(v * n));
  const starts = new Int32Array(n + 1);
  let crowded = 0;
  for (let i = 0; i < n; i++) {
    const b = bucketOf(values[i] as number) + 1;
    starts[b] = (starts[b] as number) + 1;
    crowded = Math.max(crowded, starts[b] as number);
  }
  if (crowded > 32) return values.sort();
  for (let b = 1; b <= n; b++) starts[b] = (starts[b] as number) + (starts[b - 1] as number);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    const b = bucketOf(v);
    out[starts[b] as number] = v;
    starts[b] = (starts[b] as number) + 1;
  }
  for (let i = 1; i < n; i++) {
    const v = out[i] as number;
    let j = i - 1;
    while (j >= 0 && (out[j] as number) > v) {
      out[j + 1] = out[j] as number;
      j--;
    }
    out[j + 1] = v;
  }
  values.set(out);
  return values;
}
