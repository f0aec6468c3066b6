import {
  cholesky,
  halfLogDeterminant,
  multivariateNormalLogDensity,
} from './multivariateNormal.js';
import { olcmCovariances } from './olcmCovariances.js';
import { optimalCovariance } from './optimalCovariance.js';
import { weightedCovariance } from './weightedCovariance.js';

/** The perturbation kernels of ABC-SMC: one global covariance, or one per particle. */
export type KernelName = 'beaumont' | 'olcm' | 'optimal';

/** A perturbation kernel built from the previous population. */
export interface PerturbationKernel {
  /**
   * L_j, row-major d×d: particle j moves to θ_j + L_j z for standard normal z, coordinate i
   * to θ_ji + Σ_{k≤i} L_j[i·d + k]·z_k (z_0…z_i only).
   */
  factor(j: number): Float64Array;
  /** log Σ_j w_j K_j(u | θ_j): the denominator of the importance weight. */
  mixtureLogDensity(u: readonly number[]): number;
  /** The one factor every particle shares (Beaumont's kernel), for the fast weight sum. */
  readonly global?: { readonly L: Float64Array; readonly logDetHalf: number };
}

/**
 * The perturbation kernel of the next ABC-SMC generation, on the real line. `beaumont`
 * (Beaumont, Cornuet, Marin & Robert 2009): N(θ_j, 2Σ), Σ the population's weighted
 * covariance. `olcm` (Filippi et al. 2013): N(θ_j, Σ_j) with Σ_j the optimal local
 * covariance (olcmCovariances); a particle whose Σ_j is singular (the particles within the
 * tolerance do not span every direction) keeps the global kernel, as does every particle
 * when none lies within the tolerance. `optimal` (Filippi et al. 2013): one global
 * N(θ_j, Σ) with their optimal covariance (optimalCovariance), 2Σ when no particle lies
 * within the tolerance.
 *
 * Measured (scripts/compare-abc-kernels.ts, wire reading, the 15 parameters of
 * iraq2020Priors, 500 particles, seed 2020): `olcm` reached the tolerance `beaumont` ended at
 * with 26,231 simulations instead of 118,529, at twice the acceptance rate, but its weights
 * degenerate (effective sample size 1–8 of 500 from generation 4 on, against 27–88): narrow
 * local kernels make the mixture density in the weights' denominator very uneven. `optimal`
 * (scripts/compare-abc-kernels.ts --particles 500 --seeds 1,2,3 --kernels beaumont,optimal):
 * to the tolerance both reached, 67,670 / 74,534 / 76,520 simulations against 70,038 /
 * 106,890 / 70,126, with ESS 40 / 72 / 35 against 24 / 88 / 60: no clear gain. Neither helps
 * the first generation (ESS about 50 of 500 for both): there the population is the prior,
 * the next target spreads almost as widely, so Σ is about 2·Cov as well, and proposals from
 * the prior widened by that kernel (3× its variance) leave weights π/q that vary
 * exponentially with the dimension (for normals, ESS/N ≈ (√5/3)^d, 0.012 at d = 15). So
 * `beaumont` stays the default.
 *
 * @param kind - `beaumont`, `olcm` or `optimal`
 * @param reals - the previous particles on the real line
 * @param weights - their normalised weights
 * @param distances - their distances
 * @param tolerance - the next tolerance
 * @returns the kernel
 * @example
 * perturbationKernel('beaumont', [[0], [2]], [0.5, 0.5], [0, 1], 0.5).factor(0)[0];
 * // => 2
 */
export function perturbationKernel(
  kind: KernelName,
  reals: readonly (readonly number[])[],
  weights: readonly number[],
  distances: readonly number[],
  tolerance: number,
): PerturbationKernel {
  const d = reals[0]?.length ?? 0;
  const optimal =
    kind === 'optimal' ? optimalCovariance(reals, weights, distances, tolerance) : null;
  const { covariance } = weightedCovariance(reals, weights);
  // Beaumont et al. (2009): the kernel's covariance is twice the population's.
  for (let j = 0; j < d * d; j++) covariance[j] = optimal?.[j] ?? (covariance[j] as number) * 2;
  const local = kind === 'olcm' ? olcmCovariances(reals, weights, distances, tolerance) : null;
  const global = cholesky(covariance, d);
  const factors = (local ?? [covariance]).map((c) => {
    const L = local === null ? global : cholesky(c, d, 0);
    // Singular (the particles within the tolerance do not span every direction): the global kernel.
    const singular = Array.from({ length: d }, (_, i) => i).some(
      (i) => !((L[i * d + i] as number) > 1e-6 * (global[i * d + i] as number)),
    );
    const used = singular ? global : L;
    return { L: used, logDetHalf: halfLogDeterminant(used, d) };
  });
  const factor = (j: number) => factors[local === null ? 0 : j] as (typeof factors)[number];
  return {
    ...(local === null ? { global: factor(0) } : {}),
    factor: (j) => factor(j).L,
    mixtureLogDensity(u) {
      const terms = reals.map((r, j) => {
        const { L, logDetHalf } = factor(j);
        return Math.log(weights[j] as number) + multivariateNormalLogDensity(u, r, L, logDetHalf);
      });
      const m = Math.max(...terms);
      if (m === Number.NEGATIVE_INFINITY) return m;
      let s = 0;
      for (const x of terms) s += Math.exp(x - m);
      return m + Math.log(s);
    },
  };
}
