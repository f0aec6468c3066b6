/**
 * The optimal local covariance matrices of Filippi, Barnes, Cornebise & Stumpf (2013, "On
 * optimality of kernels for approximate Bayesian computation using sequential Monte Carlo",
 * Stat. Appl. Genet. Mol. Biol. 12, 87–107, §4.3): for each particle θ_i of the previous
 * population, the perturbation kernel's covariance is
 *
 *   Σ_i = Σ_k ω̃_k (θ̃_k − θ_i)(θ̃_k − θ_i)ᵀ,
 *
 * the θ̃_k being the previous particles already within the next tolerance, with their
 * weights normalised among them. A particle far from the region the next generation accepts
 * gets a wide kernel that reaches it; one inside it a narrow kernel shaped like that region,
 * where a single global covariance (Beaumont et al. 2009) is too wide in some directions and
 * too narrow in others when parameters are many and correlated.
 *
 * Cost O(N·K·d²) for N particles, K of them within the tolerance, d parameters.
 *
 * @param reals - the previous particles on the real line, N × d
 * @param weights - their normalised weights
 * @param distances - their distances to the observed statistics
 * @param tolerance - the next generation's tolerance
 * @returns one row-major d×d covariance per particle, or null where no particle lies within
 *   the tolerance (then the caller keeps the global kernel)
 * @example
 * olcmCovariances([[0], [2]], [0.5, 0.5], [0, 1], 0.5)?.map((c) => c[0]); // => [0, 4]
 */
export function olcmCovariances(
  reals: readonly (readonly number[])[],
  weights: readonly number[],
  distances: readonly number[],
  tolerance: number,
): Float64Array[] | null {
  const d = reals[0]?.length ?? 0;
  const inside = reals.map((_, k) => k).filter((k) => (distances[k] as number) <= tolerance);
  const total = inside.reduce((s, k) => s + (weights[k] as number), 0);
  if (inside.length === 0 || !(total > 0)) return null;
  return reals.map((centre) => {
    const c = new Float64Array(d * d);
    for (const k of inside) {
      const w = (weights[k] as number) / total;
      const x = reals[k] as readonly number[];
      for (let i = 0; i < d; i++) {
        const di = (x[i] as number) - (centre[i] as number);
        for (let j = 0; j <= i; j++)
          c[i * d + j] =
            (c[i * d + j] as number) + w * di * ((x[j] as number) - (centre[j] as number));
      }
    }
    for (let i = 0; i < d; i++) for (let j = 0; j < i; j++) c[j * d + i] = c[i * d + j] as number;
    return c;
  });
}
