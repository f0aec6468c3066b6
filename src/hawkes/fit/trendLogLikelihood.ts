/**
 * Log-likelihood and exact gradient of a process without strikes whose baseline may have a
 * log-linear trend and which may self-excite: λ(t) = μe^{γt} + nβ Σ_{t_j<t} e^{−β(t−t_j)}.
 * One O(n) pass (two exps per event), so the trend models of a fit need no numerical
 * gradient; with n = 0 it is the Poisson process with trend, with γ = 0 also without.
 *
 * With E(γ) = ∫_0^T e^{γt} dt = (e^{γT} − 1)/γ and A_i, B_i = ∂A_i/∂β as in the plain
 * Hawkes gradient:
 * - ∂ℓ/∂μ = Σ e^{γt_i}/λ_i − E(γ)
 * - ∂ℓ/∂γ = Σ μt_i e^{γt_i}/λ_i − μE′(γ)
 * - ∂ℓ/∂n = Σ βA_i/λ_i − Σ (1 − e^{−β(T−t_i)})
 * - ∂ℓ/∂β = Σ n(A_i + βB_i)/λ_i − n Σ (T − t_i)e^{−β(T−t_i)}
 *
 * @param times - strictly increasing event times in [0, horizon] (not checked: the caller's)
 * @param mu - the baseline at day 0, > 0
 * @param gamma - the trend per day
 * @param n - the branching ratio
 * @param beta - the decay per day
 * @param excitation - whether the model self-excites (false: a Poisson process; n, β unused)
 * @param horizon - the end of observation
 * @param out - receives [∂/∂μ, ∂/∂γ, ∂/∂n, ∂/∂β]
 * @returns ℓ (−Infinity where an intensity is not positive)
 * @example
 * const out = new Float64Array(4);
 * trendLogLikelihood([1, 2, 4], 0.5, 0, 0, 1, 5, false, out); // => 3 * Math.log(0.5) - 2.5
 * out[0]; // => 3 / 0.5 - 5
 */
export function trendLogLikelihood(
  times: ArrayLike<number>,
  mu: number,
  gamma: number,
  n: number,
  beta: number,
  horizon: number,
  excitation: boolean,
  out: Float64Array,
): number {
  let a = 0;
  let b = 0;
  let previous = 0;
  let sumLog = 0;
  let product = 1;
  let dMu = 0;
  let dGamma = 0;
  let dN = 0;
  let dBeta = 0;
  const count = times.length;
  const excites = excitation;
  for (let i = 0; i < count; i++) {
    const t = times[i] as number;
    if (excites && i > 0) {
      const gap = t - previous;
      const e = Math.exp(-beta * gap);
      b = e * (b - gap * (1 + a));
      a = e * (1 + a);
    }
    const base = gamma === 0 ? mu : mu * Math.exp(gamma * t);
    const lambda = base + n * beta * a;
    const inv = 1 / lambda;
    // Σ log λ_i as the log of running products: one log per block instead of one per event.
    product *= lambda;
    if (product > 1e100 || product < 1e-100) {
      sumLog += Math.log(product);
      product = 1;
    }
    const share = base * inv;
    dMu += share;
    dGamma += t * share;
    dN += a * inv;
    dBeta += (a + beta * b) * inv;
    previous = t;
  }
  sumLog += Math.log(product);
  let atHorizon = 0;
  let weighted = 0;
  if (excites && count > 0) {
    const gap = horizon - previous;
    const e = Math.exp(-beta * gap);
    weighted = -e * (b - gap * (1 + a));
    atHorizon = e * (1 + a);
  }
  const tail = excites ? count - atHorizon : 0;
  const { integral, slope } = trendIntegral(gamma, horizon);
  out[0] = dMu / mu - integral;
  out[1] = dGamma - mu * slope;
  out[2] = excites ? beta * dN - tail : 0;
  out[3] = excites ? n * dBeta - n * weighted : 0;
  const value = sumLog - mu * integral - (excites ? n * tail : 0);
  return Number.isNaN(value) ? Number.NEGATIVE_INFINITY : value;
}

/**
 * E(γ) = ∫_0^T e^{γt} dt and E′(γ) = ∫_0^T t e^{γt} dt, by their power series where γT is
 * small (the closed forms cancel catastrophically there).
 */
export function trendIntegral(gamma: number, horizon: number): { integral: number; slope: number } {
  const x = gamma * horizon;
  if (Math.abs(x) < 1e-3) {
    // E = T Σ x^k/(k+1)!, E′ = T² Σ x^k/(k!(k+2)); four terms reach 1e-14 relative for |x| < 1e-3.
    const integral = horizon * (1 + x / 2 + (x * x) / 6 + (x * x * x) / 24);
    const slope = horizon * horizon * (1 / 2 + x / 3 + (x * x) / 8 + (x * x * x) / 30);
    return { integral, slope };
  }
  const grow = Math.exp(x);
  const integral = Math.expm1(x) / gamma;
  return { integral, slope: (horizon * grow - integral) / gamma };
}
