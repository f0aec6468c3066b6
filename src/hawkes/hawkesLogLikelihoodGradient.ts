import { type HawkesParams, validateHawkesParams } from './HawkesParams.js';
import { validateEventTimes } from './validateEventTimes.js';

/** Log-likelihood and its gradient in (baseline, branchingRatio, decay). */
export interface LogLikelihoodWithGradient {
  readonly value: number;
  readonly gradient: readonly [number, number, number];
}

/**
 * Log-likelihood of an exponential-kernel Hawkes process and its exact gradient, in one
 * O(n) pass.
 *
 * With A_i = Σ_{j<i} e^{−βΔ_ij} and B_i = ∂A_i/∂β = −Σ_{j<i} Δ_ij e^{−βΔ_ij}, both by
 * recursion (B_i = e^{−βΔ}(B_{i−1} − Δ(1 + A_{i−1})), Δ = t_i − t_{i−1}):
 * - ∂ℓ/∂μ = Σ 1/λ_i − T
 * - ∂ℓ/∂n = Σ βA_i/λ_i − Σ (1 − e^{−β(T−t_i)})
 * - ∂ℓ/∂β = Σ n(A_i + βB_i)/λ_i − n Σ (T − t_i) e^{−β(T−t_i)}
 *
 * @param times - strictly increasing event times in days, within [0, horizon]
 * @param params - baseline (per day), branchingRatio, decay (per day)
 * @param horizon - end of observation in days
 * @returns `{ value, gradient: [∂/∂baseline, ∂/∂branchingRatio, ∂/∂decay] }`
 * @throws RangeError for invalid times (naming the index) or parameters (naming the field)
 * @example
 * hawkesLogLikelihoodGradient([1, 2, 3.5, 7, 7.2], { baseline: 0.5, branchingRatio: 2 / 3, decay: 1.2 }, 10).gradient;
 * // => [-2.34250145…, -3.18056707…, -0.17263576…]
 */
export function hawkesLogLikelihoodGradient(
  times: ArrayLike<number>,
  params: HawkesParams,
  horizon: number,
): LogLikelihoodWithGradient {
  validateHawkesParams(params);
  validateEventTimes(times, horizon);
  const out = new Float64Array(3);
  const value = logLikelihoodGradientUnchecked(
    times,
    params.baseline,
    params.branchingRatio,
    params.decay,
    horizon,
    out,
  );
  return { value, gradient: [out[0] as number, out[1] as number, out[2] as number] };
}

/** The one-pass recursion, writing the gradient into `out`; for the optimiser's inner loop. */
export function logLikelihoodGradientUnchecked(
  times: ArrayLike<number>,
  mu: number,
  n: number,
  beta: number,
  horizon: number,
  out: Float64Array,
): number {
  let a = 0;
  let b = 0;
  let previous = 0;
  let sumLog = 0;
  let product = 1;
  let dMu = 0;
  let dN = 0;
  let dBeta = 0;
  const count = times.length;
  for (let i = 0; i < count; i++) {
    const t = times[i] as number;
    if (i > 0) {
      const gap = t - previous;
      const e = Math.exp(-beta * gap);
      b = e * (b - gap * (1 + a));
      a = e * (1 + a);
    }
    const lambda = mu + n * beta * a;
    const inv = 1 / lambda;
    // Σ log λ_i as the log of running products: one log per block instead of one per event.
    product *= lambda;
    if (product > 1e100 || product < 1e-100) {
      sumLog += Math.log(product);
      product = 1;
    }
    dMu += inv;
    dN += a * inv;
    dBeta += (a + beta * b) * inv;
    previous = t;
  }
  sumLog += Math.log(product);
  // The same recursion carried to the horizon gives Σ e^{−β(T−t_i)} and Σ (T−t_i)e^{−β(T−t_i)}.
  let atHorizon = 0;
  let weighted = 0;
  if (count > 0) {
    const gap = horizon - previous;
    const e = Math.exp(-beta * gap);
    weighted = -e * (b - gap * (1 + a));
    atHorizon = e * (1 + a);
  }
  const tail = count - atHorizon;
  out[0] = dMu - horizon;
  out[1] = beta * dN - tail;
  out[2] = n * dBeta - n * weighted;
  return sumLog - mu * horizon - n * tail;
}
