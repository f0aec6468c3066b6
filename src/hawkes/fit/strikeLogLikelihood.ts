import { moments, positivePieces, wholeMoments } from './clippedPieces.js';

/** The parameters of a strike model (absent terms at 0: no trend, no excitation, …). */
export interface StrikeModelParams {
  readonly baseline: number;
  readonly trend: number;
  readonly branchingRatio: number;
  readonly decay: number;
  readonly strikeResponse: number;
  readonly strikeResponseDecay: number;
  readonly hostDeathResponse: number;
}

/** Where the partial derivatives land in `out`. */
export const STRIKE_GRADIENT_ORDER = [
  'baseline',
  'trend',
  'branchingRatio',
  'decay',
  'strikeResponse',
  'strikeResponseDecay',
  'hostDeathResponse',
] as const;

/**
 * Log-likelihood and exact gradient of a process that responds to strikes, in one
 * O(events + strikes) pass: λ(t) = max(0, η(t)) with
 * η(t) = μe^{γt} + nβ Σ_{t_i<t} e^{−β(t−t_i)} + δ Σ_{s_j<t} r_j e^{−δ(t−s_j)},
 * r_j = r + h·k_j (k_j host deaths of strike j), and ℓ = Σ log λ(t_i) − ∫_0^T λ.
 *
 * λ is continuous where η crosses 0, so the boundary terms of Leibniz's rule vanish and
 * ∂/∂θ ∫ max(0, η) = ∫_{η>0} ∂η/∂θ: between change points η and each ∂η/∂θ are sums of
 * (a + bu)e^{−ρu} with ρ ∈ {−γ, β, δ}, integrated in closed form over the pieces where η is
 * positive. The pieces' ends are the zeros of η, located exactly (exponentialSum.ts) only
 * where a negative response could reach them; elsewhere a bound shows η > 0 throughout.
 * Events go before strikes at the same time, as in walkIntensity.
 *
 * @param times - strictly increasing event times in [0, horizon] (not checked: the caller's)
 * @param strikeTimes - non-decreasing strike times in [0, horizon]
 * @param hostKilled - host deaths per strike, or null for none
 * @param p - the parameters; set branchingRatio 0 for a model without excitation
 * @param horizon - the end of observation
 * @param out - receives ∂ℓ/∂θ in {@link STRIKE_GRADIENT_ORDER}, or null for the value alone
 * @returns ℓ (−Infinity where an event falls where the intensity is 0; `out` is then zeros)
 * @example
 * const out = new Float64Array(7);
 * const p = { baseline: 1, trend: 0, branchingRatio: 0, decay: 1,
 *   strikeResponse: 0, strikeResponseDecay: 1, hostDeathResponse: 0 };
 * strikeLogLikelihood([1, 2], [0.5], null, p, 4, out); // => -4
 * out[0]; // => 2 - 4
 */
export function strikeLogLikelihood(
  times: ArrayLike<number>,
  strikeTimes: ArrayLike<number>,
  hostKilled: ArrayLike<number> | null,
  p: StrikeModelParams,
  horizon: number,
  out: Float64Array | null,
): number {
  const { baseline: mu, trend: gamma, branchingRatio: n, decay: beta } = p;
  const { strikeResponse: r, strikeResponseDecay: delta, hostDeathResponse: h } = p;
  // Excitation A = Σ e^{−β(t−t_i)} and B = ∂A/∂β; response S = Σ r_j e^{−δ(t−s_j)},
  // D = ∂S/∂δ, E = ∂S/∂r / 1, K = ∂S/∂h.
  let a = 0;
  let b = 0;
  let s = 0;
  let d = 0;
  let e = 0;
  let k = 0;
  const g = new Float64Array(7);
  const m = new Float64Array(6);
  const ends = new Float64Array(4);
  let sumLog = 0;
  let product = 1;
  let integral = 0;
  let growth = 1; // e^{γ·now}
  let now = 0;
  let i = 0;
  let j = 0;
  for (;;) {
    const nextEvent = i < times.length ? (times[i] as number) : Number.POSITIVE_INFINITY;
    const nextStrike =
      j < strikeTimes.length ? (strikeTimes[j] as number) : Number.POSITIVE_INFINITY;
    const next = Math.min(nextEvent, nextStrike, horizon);
    const length = next - now;
    if (length > 0) {
      const fade = Math.exp(-beta * length);
      // Before the first strike every response term is 0.
      const fadeResponse = j === 0 ? 1 : Math.exp(-delta * length);
      const grow = gamma === 0 ? 1 : Math.exp(gamma * length);
      const response = delta * s;
      // Only a negative response can clip η; a lower bound of the rest settles most intervals.
      if (response >= 0 || mu * growth * Math.min(1, grow) + n * beta * a * fade + response > 0) {
        wholeMoments(-gamma, length, grow, m, 0);
        wholeMoments(beta, length, fade, m, 2);
        if (j > 0) wholeMoments(delta, length, fadeResponse, m, 4);
        integral += accumulate(
          m,
          out ? g : null,
          mu * growth,
          growth,
          now,
          n,
          beta,
          a,
          b,
          delta,
          s,
          d,
          e,
          k,
        );
      } else {
        const count = positivePieces(
          mu * growth,
          n * beta * a,
          response,
          gamma,
          beta,
          delta,
          length,
          ends,
        );
        for (let q = 0; q + 1 < count; q += 2) {
          const from = ends[q] as number;
          const to = ends[q + 1] as number;
          moments(-gamma, from, to, m, 0);
          moments(beta, from, to, m, 2);
          moments(delta, from, to, m, 4);
          integral += accumulate(
            m,
            out ? g : null,
            mu * growth,
            growth,
            now,
            n,
            beta,
            a,
            b,
            delta,
            s,
            d,
            e,
            k,
          );
        }
      }
      b = fade * (b - length * a);
      a *= fade;
      d = fadeResponse * (d - length * s);
      s *= fadeResponse;
      e *= fadeResponse;
      k *= fadeResponse;
    }
    now = next;
    if (gamma !== 0) growth = Math.exp(gamma * now);
    if (next === nextEvent && i < times.length) {
      const base = mu * growth;
      const lambda = base + n * beta * a + delta * s;
      if (!(lambda > 0)) {
        out?.fill(0);
        return Number.NEGATIVE_INFINITY;
      }
      // Σ log λ_i as the log of running products: one log per block instead of one per event.
      product *= lambda;
      if (product > 1e100 || product < 1e-100) {
        sumLog += Math.log(product);
        product = 1;
      }
      if (out) {
        const inv = 1 / lambda;
        g[0] = (g[0] as number) - growth * inv;
        g[1] = (g[1] as number) - now * base * inv;
        g[2] = (g[2] as number) - beta * a * inv;
        g[3] = (g[3] as number) - n * (a + beta * b) * inv;
        g[4] = (g[4] as number) - delta * e * inv;
        g[5] = (g[5] as number) - (s + delta * d) * inv;
        g[6] = (g[6] as number) - delta * k * inv;
      }
      a += 1;
      i++;
    } else if (next === nextStrike && j < strikeTimes.length) {
      const killed = hostKilled ? (hostKilled[j] as number) : 0;
      s += r + h * killed;
      e += 1;
      k += killed;
      j++;
    } else {
      break;
    }
  }
  sumLog += Math.log(product);
  // g accumulated ∫∂η − Σ ∂η/λ: the gradient of −ℓ.
  if (out) for (let q = 0; q < 7; q++) out[q] = -(g[q] as number);
  const value = sumLog - integral;
  return Number.isNaN(value) ? Number.NEGATIVE_INFINITY : value;
}

/**
 * Add the integrals of each ∂η/∂θ over one piece (its moments in m) to g, and return the
 * integral of η there. A plain function of its state (a closure over the walk's variables
 * would keep them in a heap context, three times slower).
 */
function accumulate(
  m: Float64Array,
  g: Float64Array | null,
  c0: number,
  growth: number,
  now: number,
  n: number,
  beta: number,
  a: number,
  b: number,
  delta: number,
  s: number,
  d: number,
  e: number,
  k: number,
): number {
  const t0 = m[0] as number;
  const x0 = m[2] as number;
  const y0 = m[4] as number;
  if (g) {
    const x1 = m[3] as number;
    const y1 = m[5] as number;
    g[0] = (g[0] as number) + growth * t0;
    g[1] = (g[1] as number) + c0 * (now * t0 + (m[1] as number));
    g[2] = (g[2] as number) + beta * a * x0;
    g[3] = (g[3] as number) + n * ((a + beta * b) * x0 - beta * a * x1);
    g[4] = (g[4] as number) + delta * e * y0;
    g[5] = (g[5] as number) + (s + delta * d) * y0 - delta * s * y1;
    g[6] = (g[6] as number) + delta * k * y0;
  }
  return c0 * t0 + n * beta * a * x0 + delta * s * y0;
}
