import { moments, positivePieces } from './clippedPieces.js';
import type { StrikeEffectParams } from './strikeEffect.js';
import type { StrikeInput } from './strikeInput.js';
import { STRIKE_GRADIENT_ORDER } from './strikeLogLikelihood.js';

/**
 * The parameters the mean strike effect depends on, in the order of its gradient: the strike
 * likelihood's order, so the two gradients line up.
 */
export const EFFECT_GRADIENT_ORDER = STRIKE_GRADIENT_ORDER;

/** The state of one walk with its derivatives: excitation E(β), response S(r, h, δ). */
interface Walk {
  excitation: number;
  /** dE/dβ */
  excitationBeta: number;
  shock: number;
  /** dS/dr, dS/dh, dS/dδ */
  shockR: number;
  shockH: number;
  shockDelta: number;
}

const pieces = new Float64Array(4);
const m = new Float64Array(6);

/**
 * The mean over strikes of {@link strikeEffects} (the change in expected attacks in the
 * `window` days after each strike made by its response) with its exact gradient in the
 * natural parameters, in {@link EFFECT_GRADIENT_ORDER}, in one pass.
 *
 * Why: the effect's profile interval maximises ℓ + λ·effect many times, and a finite-
 * difference gradient costs one evaluation of the effect per free parameter.
 *
 * How: between events and strikes the intensity is η(u) = c0·e^{γu} + c1·e^{−βu} + c2·e^{−δu}
 * with c0 = μe^{γt}, c1 = nβE, c2 = δS, where E = Σe^{−β(t−t_i)} and S = Σ r_k e^{−δ(t−s_k)}
 * are carried with their derivatives dE/dβ and dS/dr, dS/dh, dS/dδ. The integral of max(0, η)
 * over a window has derivative ∫ ∂η/∂θ over the pieces where η > 0: η is 0 at every inner
 * end of a piece, so the moving ends add nothing. Each term is a moment ∫u^k e^{−ρu} (k = 0, 1).
 *
 * @param times - attack times (increasing) in days
 * @param horizon - end of the window in days; an effect window is cut there
 * @param strikes - strike times and host deaths
 * @param params - the natural parameters (trend and host-death response default to 0)
 * @param window - days after each strike
 * @returns the mean effect and its gradient
 * @example
 * const { value, gradient } = meanStrikeEffectWithGradient(new Float64Array([1, 2, 8]), 10,
 *   { times: [3] }, { baseline: 0.5, branchingRatio: 0, decay: 1, strikeResponse: 1,
 *   strikeResponseDecay: 0.5 }, 7);
 * value; // => ≈ 0.970 (nothing clips: r(1 − e^{−7δ}) = 1 − e^{−3.5})
 * gradient[4]; // => ≈ 0.970 (d/dr = 1 − e^{−7δ})
 */
export function meanStrikeEffectWithGradient(
  times: Float64Array,
  horizon: number,
  strikes: StrikeInput,
  params: StrikeEffectParams,
  window: number,
): { value: number; gradient: number[] } {
  const { baseline: mu, branchingRatio: n, decay: beta, strikeResponseDecay: delta } = params;
  const gamma = params.trend ?? 0;
  const r = params.strikeResponse;
  const h = params.hostDeathResponse ?? 0;
  const killed = (j: number) => strikes.hostKilled?.[j] ?? 0;
  const total = new Float64Array(8); // value, then the gradient
  const outer: Walk = {
    excitation: 0,
    excitationBeta: 0,
    shock: 0,
    shockR: 0,
    shockH: 0,
    shockDelta: 0,
  };
  const state: Walk = { ...outer };
  const walk = { times, strikes, r, h, mu, gamma, n, beta, delta };
  let now = 0;
  let i = 0;
  const count = strikes.times.length;
  for (let j = 0; j < count; j++) {
    const s = strikes.times[j] as number;
    while (i < times.length && (times[i] as number) <= s) {
      decayTo(outer, beta, delta, (times[i] as number) - now);
      outer.excitation += 1;
      now = times[i] as number;
      i++;
    }
    decayTo(outer, beta, delta, s - now);
    now = s;
    const end = Math.min(horizon, s + window);
    if (end > s) {
      Object.assign(state, outer);
      state.shock += r + h * killed(j);
      state.shockR += 1;
      state.shockH += killed(j);
      clippedIntegral(walk, i, j + 1, s, end, state, total, 1);
      Object.assign(state, outer);
      clippedIntegral(walk, i, j + 1, s, end, state, total, -1);
    }
    outer.shock += r + h * killed(j);
    outer.shockR += 1;
    outer.shockH += killed(j);
  }
  const scale = 1 / Math.max(1, count);
  return {
    value: (total[0] as number) * scale,
    gradient: Array.from(total.subarray(1), (g) => g * scale),
  };
}

/** Carry E, S and their derivatives over `dt` days. */
function decayTo(w: Walk, beta: number, delta: number, dt: number): void {
  const eb = Math.exp(-beta * dt);
  const ed = Math.exp(-delta * dt);
  w.excitationBeta = (w.excitationBeta - dt * w.excitation) * eb;
  w.excitation *= eb;
  w.shockDelta = (w.shockDelta - dt * w.shock) * ed;
  w.shock *= ed;
  w.shockR *= ed;
  w.shockH *= ed;
}

interface WalkInput {
  readonly times: Float64Array;
  readonly strikes: StrikeInput;
  readonly r: number;
  readonly h: number;
  readonly mu: number;
  readonly gamma: number;
  readonly n: number;
  readonly beta: number;
  readonly delta: number;
}

/**
 * Add sign·∫_from^to max(0, η) and its gradient to `total`: the events from index `event`
 * and the strikes from index `strike` that fall in (from, to] enter as the walk reaches them.
 */
function clippedIntegral(
  input: WalkInput,
  event: number,
  strike: number,
  from: number,
  to: number,
  w: Walk,
  total: Float64Array,
  sign: number,
): void {
  const { times, strikes, r, h, mu, gamma, n, beta, delta } = input;
  let now = from;
  let i = event;
  let j = strike;
  for (;;) {
    const nextEvent = i < times.length ? (times[i] as number) : Number.POSITIVE_INFINITY;
    const nextStrike =
      j < strikes.times.length ? (strikes.times[j] as number) : Number.POSITIVE_INFINITY;
    const next = Math.min(nextEvent, nextStrike, to);
    const length = next - now;
    const c0 = mu * Math.exp(gamma * now);
    const c1 = n * beta * w.excitation;
    const c2 = delta * w.shock;
    let ends = 2;
    pieces[0] = 0;
    pieces[1] = length;
    if (w.shock < 0) ends = positivePieces(c0, c1, c2, gamma, beta, delta, length, pieces);
    for (let k = 0; k < ends; k += 2) {
      const a = pieces[k] as number;
      const b = pieces[k + 1] as number;
      moments(-gamma, a, b, m, 0);
      moments(beta, a, b, m, 2);
      moments(delta, a, b, m, 4);
      const b0 = sign * (m[0] as number);
      const b1 = sign * (m[1] as number);
      const e0 = sign * (m[2] as number);
      const e1 = sign * (m[3] as number);
      const d0 = sign * (m[4] as number);
      const d1 = sign * (m[5] as number);
      // ∫η, then ∫∂η/∂θ for μ, γ, n, β, r, δ, h.
      total[0] = (total[0] as number) + c0 * b0 + c1 * e0 + c2 * d0;
      total[1] = (total[1] as number) + (c0 / mu) * b0;
      total[2] = (total[2] as number) + c0 * (now * b0 + b1);
      total[3] = (total[3] as number) + beta * w.excitation * e0;
      total[4] = (total[4] as number) + n * (w.excitation + beta * w.excitationBeta) * e0 - c1 * e1;
      total[5] = (total[5] as number) + delta * w.shockR * d0;
      total[6] = (total[6] as number) + (w.shock + delta * w.shockDelta) * d0 - c2 * d1;
      total[7] = (total[7] as number) + delta * w.shockH * d0;
    }
    decayTo(w, beta, delta, length);
    now = next;
    if (next >= to) return;
    if (next === nextEvent) {
      w.excitation += 1;
      i++;
    } else {
      w.shock += r + h * (strikes.hostKilled?.[j] ?? 0);
      w.shockR += 1;
      w.shockH += strikes.hostKilled?.[j] ?? 0;
      j++;
    }
  }
}
