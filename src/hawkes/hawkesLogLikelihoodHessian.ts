import { type HawkesParams, validateHawkesParams } from './HawkesParams.js';
import { validateEventTimes } from './validateEventTimes.js';

/**
 * Hessian of the exponential-kernel Hawkes log-likelihood in (baseline, branchingRatio,
 * decay), exact, in one O(n) pass: the observed information is its negative, so standard
 * errors need no numerical differencing.
 *
 * With λ_i = μ + nβA_i and the recursions for A_i, B_i = ∂A_i/∂β and C_i = ∂²A_i/∂β²
 * (C_i = e^{−βΔ}(C_{i−1} − 2ΔB_{i−1} + Δ²(1 + A_{i−1}))), the log term contributes
 * Σ (∇²λ_i/λ_i − ∇λ_i∇λ_iᵀ/λ_i²) with ∇λ_i = (1, βA_i, n(A_i + βB_i)),
 * ∂²λ_i/∂n∂β = A_i + βB_i and ∂²λ_i/∂β² = n(2B_i + βC_i); the compensator
 * Λ(T) = μT + n(N − A_T), subtracted, contributes +B_T to ∂²/∂n∂β and +nC_T to ∂²/∂β²
 * (A_T, B_T, C_T being the recursions carried to the horizon).
 *
 * @param times - strictly increasing event times in days, within [0, horizon]
 * @param params - baseline (per day), branchingRatio, decay (per day)
 * @param horizon - end of observation in days
 * @returns the 3×3 Hessian, rows and columns in the order (baseline, branchingRatio, decay)
 * @throws RangeError for invalid times or parameters
 * @example
 * hawkesLogLikelihoodHessian([1, 2, 3.5, 7, 7.2], { baseline: 0.5, branchingRatio: 2 / 3, decay: 1.2 }, 10)[0][0];
 * // => -12.580438326041543 (−Σ 1/λ_i²)
 */
export function hawkesLogLikelihoodHessian(
  times: ArrayLike<number>,
  params: HawkesParams,
  horizon: number,
): number[][] {
  validateHawkesParams(params);
  validateEventTimes(times, horizon);
  return logLikelihoodHessianUnchecked(
    times,
    params.baseline,
    params.branchingRatio,
    params.decay,
    horizon,
  );
}

/** The one-pass recursion, for callers that validated once. */
export function logLikelihoodHessianUnchecked(
  times: ArrayLike<number>,
  mu: number,
  n: number,
  beta: number,
  horizon: number,
): number[][] {
  let a = 0;
  let b = 0;
  let c = 0;
  let previous = 0;
  // Upper triangle of the log-term Hessian.
  let hmm = 0;
  let hmn = 0;
  let hmb = 0;
  let hnn = 0;
  let hnb = 0;
  let hbb = 0;
  const step = (gap: number) => {
    const e = Math.exp(-beta * gap);
    c = e * (c - 2 * gap * b + gap * gap * (1 + a));
    b = e * (b - gap * (1 + a));
    a = e * (1 + a);
  };
  for (let i = 0; i < times.length; i++) {
    const t = times[i] as number;
    if (i > 0) step(t - previous);
    const inv = 1 / (mu + n * beta * a);
    const gN = beta * a;
    const gB = n * (a + beta * b);
    hmm -= inv * inv;
    hmn -= gN * inv * inv;
    hmb -= gB * inv * inv;
    hnn -= gN * gN * inv * inv;
    hnb += (a + beta * b) * inv - gN * gB * inv * inv;
    hbb += n * (2 * b + beta * c) * inv - gB * gB * inv * inv;
    previous = t;
  }
  if (times.length > 0) {
    step(horizon - previous);
    hnb += b;
    hbb += n * c;
  }
  return [
    [hmm, hmn, hmb],
    [hmn, hnn, hnb],
    [hmb, hnb, hbb],
  ];
}
