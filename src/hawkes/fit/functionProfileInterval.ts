import { findRoot } from '../../optimize/findRoot.js';
import { minimizeMultiStart } from '../../optimize/minimizeMultiStart.js';
import type { ModelSpec } from './ModelSpec.js';
import { type SearchObjective, searchObjective } from './searchObjective.js';

/** End points of a profile-likelihood interval for a function of the parameters. */
export interface FunctionProfileBounds {
  readonly lower: number;
  readonly upper: number;
  /** The profile never fell to the cut-off: the end is the furthest value the model reaches. */
  readonly lowerOpen: boolean;
  readonly upperOpen: boolean;
  /** The constrained maximiser (natural scale) at each end. */
  readonly lowerTheta: readonly number[];
  readonly upperTheta: readonly number[];
  /** Why an end could not be located (it is then reported open), else null. */
  readonly problem: string | null;
}

/** Multipliers tried on each side: growing from the first, up to the last. */
const FIRST_MULTIPLIER = 0.25;
const LAST_MULTIPLIER = 2 ** 40;
/** Relative step of the forward differences of g: √ε, the error's balance of truncation and rounding. */
const STEP = 1.5e-8;
/** A relative change of g below this when λ doubles: g has reached what the model allows. */
const SATURATED = 1e-7;

/**
 * Profile-likelihood interval for a scalar function g(θ) of a model's parameters: the set of
 * values e with max{ℓ(θ) : g(θ) = e} ≥ ℓ̂ − cutoff/2, each end with its own cut-off on
 * 2(ℓ̂ − ℓ) (χ²₁, or a bootstrap-calibrated one). Fixed parameters stay fixed.
 *
 * Why a Lagrange multiplier and not a root in one parameter: the maximiser θ_λ of
 * ℓ(θ) + λ·g(θ) is a point of the profile, ℓ_p(g(θ_λ)) = ℓ(θ_λ), because any θ with the same
 * g has ℓ(θ) + λg ≤ ℓ(θ_λ) + λg. As λ grows from 0, g(θ_λ) rises and ℓ(θ_λ) falls
 * monotonically, so each end is the root in λ of ℓ̂ − ℓ(θ_λ) − cutoff/2, bracketed by
 * growing λ and then found by Brent's method (the tilting form of the constrained profile: Venzon & Moolgavkar
 * 1988, Appl. Statist. 37, 87–94). It needs no monotone map from g to one parameter (the
 * strike effect is not monotone in the response when strikes' responses overlap and the
 * intensity clips) and no solve for it; where g saturates (a clipped intensity bounds the
 * attacks a strike can remove) before the profile falls to the cut-off, that end is the
 * value g approaches and is marked open. Where the profile is not concave the tilted
 * maximiser jumps over a stretch of values, and the end falls on one side of the jump.
 *
 * Each θ_λ is a local quasi-Newton search started from the nearest λ's solution so far (the
 * maximum at first) and from that end's `starts` (e.g. the end of a parameter's profile
 * interval on the same side); the
 * gradient of g is `gWithGradient`'s where given (g and its natural-scale gradient in one
 * pass), else by forward differences on the search scale (one evaluation of g per free
 * parameter). Cost: about 15–30 local searches per end.
 *
 * @param spec - the model (with priors added, for a posterior-mode profile)
 * @param fixed - parameters held, by index
 * @param g - the function, of natural-scale parameters
 * @param mle - the maximiser (natural scale)
 * @param maxLogLikelihood - ℓ at the maximiser
 * @param cutoffs - 2(ℓ̂ − ℓ) at each end; 0 puts that end at g(mle)
 * @param starts - more natural-scale starting points for each end's constrained searches
 * @param gWithGradient - g and its exact gradient in the natural parameters (by index), if known
 */
export function functionProfileInterval(
  spec: ModelSpec,
  fixed: ReadonlyMap<number, number>,
  g: (theta: readonly number[]) => number,
  mle: readonly number[],
  maxLogLikelihood: number,
  cutoffs: { readonly lower: number; readonly upper: number },
  starts: {
    readonly lower?: readonly (readonly number[])[];
    readonly upper?: readonly (readonly number[])[];
  } = {},
  gWithGradient?: (theta: readonly number[]) => { value: number; gradient: readonly number[] },
): FunctionProfileBounds {
  for (const [side, value] of Object.entries(cutoffs))
    if (!(Number.isFinite(value) && value >= 0))
      throw new RangeError(`cutoffs.${side} must be a number >= 0, received ${value}`);
  const objective = searchObjective(spec, fixed);
  const centre = { value: g(mle), g: g(mle), theta: [...mle] };
  const problems: string[] = [];
  const side = (direction: 1 | -1, cutoff: number, extra: readonly (readonly number[])[]) => {
    if (cutoff === 0 || objective.free.length === 0) return { ...centre, open: cutoff > 0 };
    const tilted = tiltedMaximiser(
      spec,
      objective,
      g,
      gWithGradient,
      direction,
      objective.search(mle),
      extra.map((theta) => objective.search(theta.map((v, i) => fixed.get(i) ?? v))),
    );
    // The signed root of the drop against the cut-off's: near-linear in λ (the drop is
    // about λ²·var(ĝ)/2), so Brent's secant steps find it in a few searches.
    const root = (lambda: number) =>
      Math.sqrt(Math.max(0, 2 * (maxLogLikelihood - tilted(lambda).logLikelihood)));
    const gap = (lambda: number) => (lambda === 0 ? 0 : root(lambda)) - Math.sqrt(cutoff);
    let inside = 0;
    let previous = centre.value;
    let lambda = FIRST_MULTIPLIER;
    while (lambda <= LAST_MULTIPLIER) {
      if (gap(lambda) >= 0) {
        try {
          const found = findRoot(gap, inside, lambda, { tolerance: 1e-5 * lambda });
          const at = tilted(found.x);
          return { value: at.g, theta: at.theta, open: false };
        } catch (error) {
          problems.push(`${direction > 0 ? 'upper' : 'lower'} end: ${(error as Error).message}`);
          const last = inside === 0 ? centre : tilted(inside);
          return { value: last.g, theta: last.theta, open: true };
        }
      }
      const now = tilted(lambda).g;
      // g no longer moves: the model cannot take it further, and the profile stayed above.
      if (Math.abs(now - previous) <= SATURATED * (1 + Math.abs(now)))
        return { value: now, theta: tilted(lambda).theta, open: true };
      previous = now;
      inside = lambda;
      // Aim a little past the linear extrapolation of the signed root, by 1.5 to 8 times.
      const reached = root(lambda);
      const aim = reached > 0 ? (1.25 * lambda * Math.sqrt(cutoff)) / reached : 8 * lambda;
      lambda = Math.min(8 * lambda, Math.max(1.5 * lambda, aim));
    }
    const last = tilted(inside);
    return { value: last.g, theta: last.theta, open: true };
  };
  const lower = side(-1, cutoffs.lower, starts.lower ?? []);
  const upper = side(1, cutoffs.upper, starts.upper ?? []);
  return {
    lower: lower.value,
    upper: upper.value,
    lowerOpen: lower.open,
    upperOpen: upper.open,
    lowerTheta: lower.theta,
    upperTheta: upper.theta,
    problem: problems.length > 0 ? problems.join('; ') : null,
  };
}

/** The maximiser of ℓ + direction·λ·g for each λ ≥ 0, remembered and warm-started. */
function tiltedMaximiser(
  spec: ModelSpec,
  objective: SearchObjective,
  g: (theta: readonly number[]) => number,
  gWithGradient:
    | ((theta: readonly number[]) => { value: number; gradient: readonly number[] })
    | undefined,
  direction: 1 | -1,
  mle: number[],
  extra: readonly number[][],
): (lambda: number) => { theta: number[]; g: number; logLikelihood: number } {
  const memo = new Map<
    number,
    { u: number[]; theta: number[]; g: number; logLikelihood: number }
  >();
  // The optimiser asks for the value and the gradient at the same point: keep g (and its
  // gradient on the search scale, when exact) there.
  let last: { u: readonly number[]; g: number; dg: number[] | null } | null = null;
  const keep = (u: readonly number[]) => {
    if (last?.u.every((v, f) => v === u[f])) return last;
    const theta = objective.theta(u);
    if (gWithGradient === undefined) last = { u: [...u], g: g(theta), dg: null };
    else {
      const both = gWithGradient(theta);
      const dg = objective.free.map((i) => {
        const p = spec.parameters[i];
        const chain = p?.scale === 'log' ? (theta[i] as number) : (p?.step ?? 1);
        return (both.gradient[i] as number) * chain;
      });
      last = { u: [...u], g: both.value, dg };
    }
    return last;
  };
  const gAt = (u: readonly number[]) => keep(u).g;
  // Forward differences from the kept value (backward at an upper bound): one g per parameter.
  const gradientOfG = (u: readonly number[]) => {
    const kept = keep(u);
    if (kept.dg !== null) return kept.dg;
    const at = kept.g;
    return u.map((x, f) => {
      const h =
        (x + STEP * Math.max(1, Math.abs(x)) <= (objective.upper[f] as number) ? 1 : -1) *
        STEP *
        Math.max(1, Math.abs(x));
      return (g(objective.theta(u.map((v, k) => (k === f ? v + h : v)))) - at) / h;
    });
  };
  return (lambda) => {
    const known = memo.get(lambda);
    if (known) return known;
    const weight = direction * lambda;
    const value = (u: readonly number[]) => objective.value(u) - weight * gAt(u);
    const gradient = (u: readonly number[]) => {
      const dg = gradientOfG(u);
      return objective.gradient(u).map((d, f) => d - weight * (dg[f] as number));
    };
    let nearest: number[] | null = null;
    let distance = Number.POSITIVE_INFINITY;
    for (const [l, entry] of memo)
      if (Math.abs(l - lambda) < distance) {
        distance = Math.abs(l - lambda);
        nearest = entry.u;
      }
    const tries = [nearest ?? mle, ...extra].filter((u) => Number.isFinite(value(u)));
    let u = mle;
    try {
      u = minimizeMultiStart(
        value,
        gradient,
        { lower: objective.lower, upper: objective.upper },
        tries,
        { maxIterations: 500 },
      ).best.x;
    } catch {
      // no start with a finite tilted likelihood: keep the maximum (the end stays inside)
    }
    const theta = objective.theta(u);
    const entry = { u, theta, g: g(theta), logLikelihood: -objective.value(u) };
    memo.set(lambda, entry);
    return entry;
  };
}
