import { requireInteger, requirePositive } from '../util/validate.js';
import { type Bounds, projectOntoBox, type ResolvedBounds, resolveBounds } from './bounds.js';
import { type CurvaturePair, lbfgsDirection } from './lbfgsDirection.js';
import { projectedLineSearch } from './projectedLineSearch.js';

/** Function to minimise; receives a fresh array it may keep. */
export type Objective = (x: readonly number[]) => number;
/** Its gradient, of the same length as x. */
export type ObjectiveGradient = (x: readonly number[]) => ArrayLike<number>;

/** Options for {@link minimizeBounded}. */
export interface MinimizeBoundedOptions {
  /** Iteration cap; default 500. */
  readonly maxIterations?: number;
  /** Stop when max_i |P(x − ∇f)_i − x_i| ≤ this (the projected gradient); default 1e-8. */
  readonly gradientTolerance?: number;
  /** Stop when one iteration lowers f by ≤ this·max(|f|, 1); default 1e-12. */
  readonly relativeTolerance?: number;
  /** A coordinate within this·max(1, |bound|) of a bound is reported as on it; default 1e-6. */
  readonly boundTolerance?: number;
  /** Number of curvature pairs kept by L-BFGS; default 10. */
  readonly memory?: number;
}

/** Outcome of {@link minimizeBounded}; every number is finite. */
export interface MinimizeResult {
  readonly x: number[];
  readonly value: number;
  readonly gradient: number[];
  /** max_i |P(x − ∇f)_i − x_i|: zero at a point satisfying the KKT conditions. */
  readonly projectedGradientNorm: number;
  readonly iterations: number;
  /** Calls of f (gradient calls are fewer: one per accepted step). */
  readonly evaluations: number;
  readonly converged: boolean;
  readonly atLowerBound: boolean[];
  readonly atUpperBound: boolean[];
  readonly message: string;
}

/**
 * Minimise a smooth f: ℝᵏ → ℝ with analytic gradient subject to box bounds, by a projected
 * limited-memory BFGS method.
 *
 * Maximum-likelihood estimates often sit on a bound (a branching ratio at its cap, a decay
 * at its floor); a transform such as log or logit would push them to infinity and hide them.
 * Here iterates move along the projection arc P(x + αd) and land exactly on a bound, and
 * the result says which coordinates are there.
 *
 * Reference: Bertsekas (1982), "Projected Newton methods for optimization problems with
 * simple constraints", SIAM J. Control Optim. 20, 221–246 (ε-active set: a coordinate
 * within ε = min(10⁻³, ‖x − P(x − ∇f)‖∞) of a bound with the gradient pushing outwards is
 * held, the others take an L-BFGS step); Kelley (1999), Iterative Methods for Optimization,
 * §5.5; Nocedal & Wright (2006), Numerical Optimization, §7.2 (two-loop recursion). Line
 * search: backtracking with Armijo's condition along the arc; a non-finite f or gradient
 * counts as +Infinity, so the step shrinks. Each accepted step lowers f, so the result is
 * never worse than the start. Put a bound where f is still finite (say 1 − 10⁻⁹ rather
 * than 1): an iterate can land on a bound but only approach a point where f fails.
 * Cost per iteration O(k·memory) plus a few evaluations of f and one of the gradient.
 *
 * @param f - objective
 * @param gradient - its gradient
 * @param x0 - start; projected into the box first; f and its gradient must be finite there
 * @param bounds - lower and upper bounds per coordinate (either may be omitted or ±Infinity)
 * @param options - tolerances, iteration cap and memory
 * @returns the minimiser, f and ∇f there, convergence flags and which bounds are active
 * @throws RangeError when x0 is empty, the bounds are malformed, the gradient has the wrong
 *   length, or f or its gradient is not finite at the (projected) start
 * @example
 * const r = minimizeBounded(
 *   ([x, y]) => (x - 2) ** 2 + (y + 1) ** 2,
 *   ([x, y]) => [2 * (x - 2), 2 * (y + 1)],
 *   [0, 0],
 *   { lower: [0, 0], upper: [1, 5] },
 * );
 * [r.x, r.atUpperBound, r.atLowerBound];
 * // => [[1, 0], [true, false], [false, true]]
 */
export function minimizeBounded(
  f: Objective,
  gradient: ObjectiveGradient,
  x0: readonly number[],
  bounds?: Bounds,
  options: MinimizeBoundedOptions = {},
): MinimizeResult {
  const k = x0.length;
  requireInteger('x0.length', k, 1);
  const box = resolveBounds(bounds, k);
  const maxIterations = options.maxIterations ?? 500;
  const gradientTolerance = options.gradientTolerance ?? 1e-8;
  const relativeTolerance = options.relativeTolerance ?? 1e-12;
  const boundTolerance = options.boundTolerance ?? 1e-6;
  const memory = options.memory ?? 10;
  requireInteger('maxIterations', maxIterations, 0);
  requirePositive('gradientTolerance', gradientTolerance);
  requirePositive('relativeTolerance', relativeTolerance);
  requirePositive('boundTolerance', boundTolerance);
  requireInteger('memory', memory, 1);

  let evaluations = 0;
  const value = (x: readonly number[]): number => {
    evaluations++;
    return f([...x]);
  };
  const gradientAt = (x: readonly number[]): number[] => {
    const g = Array.from(gradient([...x]));
    if (g.length !== k)
      throw new RangeError(`gradient must return ${k} values, received ${g.length}`);
    return g;
  };

  let x = projectOntoBox(x0, box);
  let fx = value(x);
  let g = gradientAt(x);
  if (!Number.isFinite(fx) || !g.every(Number.isFinite)) {
    throw new RangeError(
      `x0 must be a point where f and its gradient are finite, received f = ${fx}, gradient = [${g.join(', ')}] at [${x.join(', ')}]`,
    );
  }
  const pairs: CurvaturePair[] = [];
  let iterations = 0;
  let converged = false;
  let message = `reached the iteration cap (${maxIterations})`;
  while (true) {
    const pgNorm = projectedGradientNorm(x, g, box);
    if (pgNorm <= gradientTolerance) {
      converged = true;
      message = 'projected gradient below tolerance';
      break;
    }
    if (iterations >= maxIterations) break;
    const epsilon = Math.min(1e-3, pgNorm);
    const free = x.map((xi, i) =>
      isFree(xi, g[i] as number, box.lower[i] as number, box.upper[i] as number, epsilon),
    );
    const direction = lbfgsDirection(g, free, pairs);
    const step = projectedLineSearch(value, gradientAt, x, fx, g, direction, box);
    if (step === null) {
      if (pairs.length > 0) {
        pairs.length = 0; // the quasi-Newton model misled; retry once along the gradient
        continue;
      }
      const predicted = -dot(g, direction);
      converged = predicted <= relativeTolerance * Math.max(Math.abs(fx), 1);
      message = converged
        ? 'no further decrease possible at rounding precision'
        : `line search could not lower f (projected gradient ${pgNorm.toExponential(2)})`;
      break;
    }
    iterations++;
    // A small decrease proves convergence only after a full quasi-Newton step, not after a
    // bare gradient step or a step cut short by backtracking (that would be a stall).
    const fullQuasiNewtonStep = pairs.length > 0 && step.step === 1;
    const s = step.x.map((v, i) => v - (x[i] as number));
    const y = step.gradient.map((v, i) => v - (g[i] as number));
    if (dot(s, y) > Number.EPSILON * dot(y, y)) {
      pairs.push({ s, y });
      if (pairs.length > memory) pairs.shift();
    }
    const decrease = fx - step.value;
    x = step.x;
    fx = step.value;
    g = step.gradient;
    if (fullQuasiNewtonStep && decrease <= relativeTolerance * Math.max(Math.abs(fx), 1)) {
      converged = true;
      message = 'relative change in f below tolerance';
      break;
    }
  }
  return {
    x,
    value: fx,
    gradient: g,
    projectedGradientNorm: projectedGradientNorm(x, g, box),
    iterations,
    evaluations,
    converged,
    atLowerBound: x.map((v, i) => near(v, box.lower[i] as number, boundTolerance)),
    atUpperBound: x.map((v, i) => near(v, box.upper[i] as number, boundTolerance)),
    message,
  };
}

function near(v: number, bound: number, tolerance: number): boolean {
  return Number.isFinite(bound) && Math.abs(v - bound) <= tolerance * Math.max(1, Math.abs(bound));
}

function projectedGradientNorm(
  x: readonly number[],
  g: readonly number[],
  box: ResolvedBounds,
): number {
  let norm = 0;
  for (let i = 0; i < x.length; i++) {
    const xi = x[i] as number;
    const moved = Math.min(
      box.upper[i] as number,
      Math.max(box.lower[i] as number, xi - (g[i] as number)),
    );
    norm = Math.max(norm, Math.abs(moved - xi));
  }
  return norm;
}

/** Not held at a bound: fixed coordinates and those ε-close to a bound the gradient pushes into are held. */
function isFree(x: number, g: number, lower: number, upper: number, epsilon: number): boolean {
  if (lower === upper) return false;
  if (x - lower <= epsilon && g > 0) return false;
  if (upper - x <= epsilon && g < 0) return false;
  return true;
}

function dot(a: readonly number[], b: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += (a[i] as number) * (b[i] as number);
  return sum;
}
