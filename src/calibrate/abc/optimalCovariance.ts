/**
 * The covariance of Filippi, Barnes, Cornebise & Stumpf (2013)'s multivariate normal kernel
 * with an optimal covariance matrix: the one global Σ that minimises the expected
 * Kullback–Leibler divergence between kernel-moved particles and the next target,
 * estimated by the previous population {θ_i, ω_i} and its particles within the next
 * tolerance {θ̃_k, ω̃_k} (weights renormalised):
 *
 *   Σ = Σ_i Σ_k ω_i ω̃_k (θ̃_k − θ_i)(θ̃_k − θ_i)ᵀ = Cov_ω̃(θ̃) + Σ_i ω_i (θ_i − μ̃)(θ_i − μ̃)ᵀ,
 *
 * μ̃ the weighted mean of the θ̃ (the cross terms vanish). Beaumont's 2·Cov_ω(θ) is this
 * when the next target is the whole previous population; when it is a part of it, Σ is
 * narrower, and in many dimensions a narrower kernel keeps the importance weights even.
 *
 * @param reals - the previous particles on the real line
 * @param weights - their normalised weights
 * @param distances - their distances
 * @param tolerance - the next tolerance
 * @returns Σ, row-major d×d, or null when no particle lies within the tolerance
 * @example
 * Array.from(optimalCovariance([[0], [2]], [0.5, 0.5], [0, 1], 0.5) ?? []); // => [2]
 */
export function optimalCovariance(
  reals: readonly (readonly number[])[],
  weights: readonly number[],
  distances: readonly number[],
  tolerance: number,
): Float64Array | null {
  const d = reals[0]?.length ?? 0;
  const inside = reals.map((_, k) => k).filter((k) => (distances[k] as number) <= tolerance);
  const total = inside.reduce((s, k) => s + (weights[k] as number), 0);
  if (inside.length === 0 || !(total > 0)) return null;
  const centre = new Float64Array(d);
  for (const k of inside) {
    const w = (weights[k] as number) / total;
    const x = reals[k] as readonly number[];
    for (let i = 0; i < d; i++) centre[i] = (centre[i] as number) + w * (x[i] as number);
  }
  const c = new Float64Array(d * d);
  const add = (x: readonly number[], w: number) => {
    for (let i = 0; i < d; i++) {
      const di = (x[i] as number) - (centre[i] as number);
      for (let j = 0; j <= i; j++)
        c[i * d + j] =
          (c[i * d + j] as number) + w * di * ((x[j] as number) - (centre[j] as number));
    }
  };
  for (const k of inside) add(reals[k] as readonly number[], (weights[k] as number) / total);
  reals.forEach((x, i) => {
    add(x, weights[i] as number);
  });
  for (let i = 0; i < d; i++) for (let j = 0; j < i; j++) c[j * d + i] = c[i * d + j] as number;
  return c;
}
