import type { RunState } from './RunState.js';

/**
 * Move the militia state from `state.t` to `t` in closed form: excitation and strike
 * response decay exponentially, capability recovers as C(t) = 1 − (1 − C(s))·e^{−r(t−s)}
 * (the solution of dC/dt = r·(1 − C)). O(M) per call, no allocation.
 *
 * @param state - the run state (mutated)
 * @param t - the new time, ≥ state.t
 * @example
 * advanceMilitias(state, 2); // state.t => 2 (excitation ×e^{−2β})
 */
export function advanceMilitias(state: RunState, t: number): void {
  const dt = t - state.t;
  if (dt <= 0) return;
  const { decay, responseDecay, recovery } = state.cs;
  const { excitation, response, capability } = state;
  for (let m = 0; m < excitation.length; m++) {
    const a = excitation[m] as number;
    if (a !== 0) excitation[m] = a * Math.exp(-(decay[m] as number) * dt);
    const r = response[m] as number;
    if (r !== 0) response[m] = r * Math.exp(-(responseDecay[m] as number) * dt);
    const c = capability[m] as number;
    if (c < 1) capability[m] = 1 - (1 - c) * Math.exp(-(recovery[m] as number) * dt);
  }
  state.t = t;
}

/**
 * The argument of militia m's intensity before capability and clipping:
 * μ_m + Σ_k n_mk A_k + R_m, where A_k carries β_k (the kernel n_mk β_k e^{−β_k u}).
 */
function drive(state: RunState, m: number): number {
  return addExcitation(state, m, (state.cs.baseline[m] as number) + (state.response[m] as number));
}

/** x + Σ_k n_mk A_k over m's sources, added one by one in increasing k as a dense sum would. */
function addExcitation(state: RunState, m: number, start: number): number {
  const ks = state.cs.sources[m] as Int32Array;
  const ws = state.cs.sourceWeights[m] as Float64Array;
  let x = start;
  for (let j = 0; j < ks.length; j++)
    x += (ws[j] as number) * (state.excitation[ks[j] as number] as number);
  return x;
}

/**
 * Militia m's attack intensity at `state.t`: λ_m = C_m · max(0, μ_m + Σ_k n_mk A_k + R_m),
 * attacks per day; 0 once the foreign force has withdrawn (no attack on it follows).
 *
 * @param state - the run state
 * @param m - the militia index
 * @returns λ_m(t) ≥ 0
 * @example
 * militiaIntensity(createRunState(compileScenario(presets.restraint), '1/0', false, []), 0); // => 0.1 (μ at day 0)
 */
export function militiaIntensity(state: RunState, m: number): number {
  if (state.withdrawn) return 0;
  const x = drive(state, m);
  return x > 0 ? (state.capability[m] as number) * x : 0;
}

/**
 * Σ_m λ_m at `state.t`, attacks per day.
 *
 * @param state - the run state
 * @returns the total attack intensity ≥ 0
 * @example
 * totalIntensity(createRunState(compileScenario(presets.restraint), '1/0', false, [])); // => 0.1
 */
export function totalIntensity(state: RunState): number {
  let total = 0;
  for (let m = 0; m < state.excitation.length; m++) total += militiaIntensity(state, m);
  return total;
}

/**
 * Draw militia m's next thinning candidate from `from` (Ogata 1981).
 *
 * The bound holds until the next upward jump of m's intensity (an attack that excites m,
 * or a strike with a positive response), after which the caller redraws: excitation only
 * decays, a positive response decays, a negative one rises towards 0 (bounded by 0), and
 * capability, which only recovers between hits, is bounded by `capabilityBound`: its value
 * at the horizon, or, when it is far below that, its value at the end of a shorter window
 * (the candidate then stops at the window's end with an infinite bound, so it is rejected
 * and redrawn from there).
 * Daily checks and other scheduled events leave candidates alone, so policies that never
 * act see exactly the same attack draws (common random numbers).
 *
 * @param state - the run state, at time `from`
 * @param m - the militia index
 * @param from - the current time
 * @example
 * redrawCandidate(state, 0, state.t); // state.candidate[0] => a time > state.t (Infinity if the bound is 0)
 */
export function redrawCandidate(state: RunState, m: number, from: number): void {
  const x = addExcitation(
    state,
    m,
    (state.cs.baseline[m] as number) + Math.max(state.response[m] as number, 0),
  );
  // The usual case inline (capability near its horizon level; no object to return).
  const atHorizon = state.capabilityAtHorizon[m] as number;
  let level = atHorizon;
  let until = Number.POSITIVE_INFINITY;
  if (
    Math.max(2 * (state.capability[m] as number), FLOOR * atHorizon) < atHorizon &&
    (state.cs.recovery[m] as number) !== 0
  ) {
    const window = capabilityBound(state, m, from);
    level = window.level;
    until = window.until;
  }
  const bound = level * x;
  state.bound[m] = bound;
  // 1 − U ∈ (0, 1], so the logarithm is finite.
  const candidate =
    bound > 0 && !state.withdrawn
      ? from - Math.log1p(-(state.attackRng[m] as () => number)()) / bound
      : Number.POSITIVE_INFINITY;
  if (candidate > until) {
    // Past the window the bound may not hold: stop there with an infinite bound, which the
    // engine's acceptance test rejects, and redraw from there (thinning is memoryless).
    state.candidate[m] = until;
    state.bound[m] = Number.POSITIVE_INFINITY;
  } else state.candidate[m] = candidate;
}

/** Capability levels a window spans at most: a factor of 2, or from 0 up to this share of C(T). */
const FLOOR = 2 ** -30;

/**
 * An upper bound on militia m's capability over [from, until]. Capability only recovers
 * between hits, so C(T) bounds it to the horizon; but when C is far below C(T) (heavy
 * losses, slow recovery) that bound is loose by the ratio and nearly every candidate is
 * rejected. Then the bound covers only the window in which C at most doubles (from 0: rises
 * to a 2^−30 share of C(T)), C(until) = level: each window costs one step, and about 30
 * windows reach C(T)/2, after which C(T) is within a factor of 2.
 *
 * @example
 * capabilityBound(state, 0, state.t); // => { level: state.capabilityAtHorizon[0], until: Infinity } unless hit hard
 */
export function capabilityBound(
  state: RunState,
  m: number,
  from: number,
): { level: number; until: number } {
  const atHorizon = state.capabilityAtHorizon[m] as number;
  const c = state.capability[m] as number;
  const r = state.cs.recovery[m] as number;
  const level = Math.max(2 * c, FLOOR * atHorizon);
  if (level >= atHorizon || r === 0) return { level: atHorizon, until: Number.POSITIVE_INFINITY };
  // C(from + w) = 1 − (1 − c)e^{−rw} = level. The engine evaluates C as 1 − (1 − c)e^{−rΔ},
  // which rounds by up to a few ε absolute: the bound carries that margin.
  const until = from + (Math.log1p(-c) - Math.log1p(-level)) / r;
  return { level: level + 4 * Number.EPSILON, until };
}

/**
 * Militia m's intensity at a later time τ ≥ state.t without moving the state (for traces,
 * which must not perturb the run).
 *
 * @param state - the run state
 * @param m - the militia index
 * @param tau - the time, ≥ state.t
 * @returns λ_m(τ) and C_m(τ)
 * @example
 * intensityAhead(createRunState(compileScenario(presets.restraint), '1/0', false, []), 0, 5).intensity; // => 0.1
 */
export function intensityAhead(
  state: RunState,
  m: number,
  tau: number,
): { intensity: number; capability: number } {
  const { baseline, sources, sourceWeights, decay, responseDecay, recovery } = state.cs;
  const dt = tau - state.t;
  let x =
    (baseline[m] as number) +
    (state.response[m] as number) * Math.exp(-(responseDecay[m] as number) * dt);
  const ks = sources[m] as Int32Array;
  const ws = sourceWeights[m] as Float64Array;
  for (let j = 0; j < ks.length; j++) {
    const k = ks[j] as number;
    x += (ws[j] as number) * (state.excitation[k] as number) * Math.exp(-(decay[k] as number) * dt);
  }
  const capability =
    1 - (1 - (state.capability[m] as number)) * Math.exp(-(recovery[m] as number) * dt);
  return { intensity: state.withdrawn || x <= 0 ? 0 : capability * x, capability };
}
