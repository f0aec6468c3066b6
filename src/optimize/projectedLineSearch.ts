import { projectOntoBox, type ResolvedBounds } from './bounds.js';

const ARMIJO = 1e-4;
const MAX_BACKTRACKS = 60;

/** An accepted step of {@link projectedLineSearch}. */
export interface LineSearchStep {
  readonly x: number[];
  readonly value: number;
  readonly gradient: number[];
  readonly step: number;
}

/**
 * Backtracking line search along the projection arc x(α) = P(x + α·d), for box-constrained
 * quasi-Newton methods.
 *
 * Accepts the first α in 1, then shrinking by safeguarded quadratic interpolation (factor
 * in [0.1, 0.5]), with f(x(α)) ≤ f(x) + c·∇f(x)ᵀ(x(α) − x), c = 10⁻⁴, and a finite gradient
 * at x(α). A non-finite f or gradient counts as +Infinity. Never accepts a point with a
 * larger value, even where the projected direction is not one of descent.
 *
 * Reference: Bertsekas (1982), SIAM J. Control Optim. 20, 221–246 (Armijo rule along the
 * projection arc); Nocedal & Wright (2006), Numerical Optimization, §3.5 (interpolation).
 *
 * @param f - objective (its calls are counted by the caller)
 * @param gradient - its gradient (returns an array of the right length)
 * @param x - current point, inside the box
 * @param fx - f(x), finite
 * @param g - ∇f(x), finite
 * @param d - search direction
 * @param box - resolved bounds
 * @returns the accepted point with f and ∇f there, or null when no step lowers f
 * @example
 * const box = { lower: [0], upper: [1] };
 * projectedLineSearch(([x]) => (x - 2) ** 2, ([x]) => [2 * (x - 2)], [0.5], 2.25, [-3], [3], box)?.x;
 * // => [1]
 */
export function projectedLineSearch(
  f: (x: readonly number[]) => number,
  gradient: (x: readonly number[]) => number[],
  x: readonly number[],
  fx: number,
  g: readonly number[],
  d: readonly number[],
  box: ResolvedBounds,
): LineSearchStep | null {
  let alpha = 1;
  for (let trial = 0; trial < MAX_BACKTRACKS; trial++) {
    const candidate = projectOntoBox(
      x.map((xi, i) => xi + alpha * (d[i] as number)),
      box,
    );
    let slope = 0; // ∇f(x)ᵀ(x(α) − x)
    let moved = false;
    for (let i = 0; i < x.length; i++) {
      const delta = (candidate[i] as number) - (x[i] as number);
      if (delta !== 0) moved = true;
      slope += (g[i] as number) * delta;
    }
    if (!moved) return null;
    let value = f(candidate);
    if (!Number.isFinite(value)) value = Number.POSITIVE_INFINITY;
    const sufficient = value <= fx + ARMIJO * Math.min(slope, 0) && (slope < 0 || value < fx);
    if (sufficient) {
      const gradientThere = gradient(candidate);
      if (gradientThere.every(Number.isFinite))
        return { x: candidate, value, gradient: gradientThere, step: alpha };
      value = Number.POSITIVE_INFINITY;
    }
    alpha = shrink(alpha, fx, value, slope);
  }
  return null;
}

/** Minimiser of the quadratic through f(x), the slope and f(x(α)), kept within [0.1α, 0.5α]. */
function shrink(alpha: number, fx: number, value: number, slope: number): number {
  if (!Number.isFinite(value) || slope >= 0) return 0.1 * alpha;
  const curvature = value - fx - slope;
  const next = curvature > 0 ? (-slope * alpha) / (2 * curvature) : 0.5 * alpha;
  return Math.min(0.5 * alpha, Math.max(0.1 * alpha, next));
}
