import { requireFinite, requireInteger, requirePositive } from '../util/validate.js';

/** Options for {@link minimizeScalar}. */
export interface MinimizeScalarOptions {
  /** Absolute tolerance on the minimiser's position; default 1e-10. √ε·|x| is always added. */
  readonly tolerance?: number;
  /** Cap on function evaluations; default 500. */
  readonly maxIterations?: number;
}

/** Outcome of {@link minimizeScalar}. */
export interface ScalarMinimum {
  readonly x: number;
  readonly value: number;
  readonly iterations: number;
  /** false only when the iteration cap was reached first. */
  readonly converged: boolean;
}

const GOLDEN = (3 - Math.sqrt(5)) / 2;
const SQRT_EPSILON = Math.sqrt(Number.EPSILON);

/**
 * Minimise a function of one variable on [a, b] by Brent's method (golden-section search
 * safeguarding parabolic interpolation), without derivatives.
 *
 * For one-parameter problems such as a profile likelihood along one coordinate, where a
 * derivative is awkward and a bracket is known.
 *
 * Reference: Brent (1973), Algorithms for Minimization without Derivatives, ch. 5
 * (localmin), in the form of Forsythe, Malcolm & Moler's fmin. Finds a local minimum; the
 * end points themselves are never evaluated, so a minimum at an end is approached to
 * within the tolerance. NaN values are treated as +Infinity. Cost: typically 10–30
 * evaluations.
 *
 * @param f - function to minimise
 * @param a - left end of the interval
 * @param b - right end (> a)
 * @param options - tolerance and evaluation cap
 * @returns the minimiser, its value, the evaluation count and whether it converged
 * @throws RangeError when a or b is not finite or a ≥ b
 * @example
 * minimizeScalar((x) => (x - 2) ** 2 + 1, 0, 5).x; // a parabola: exact after one fit
 * // => 2
 */
export function minimizeScalar(
  f: (x: number) => number,
  a: number,
  b: number,
  options: MinimizeScalarOptions = {},
): ScalarMinimum {
  requireFinite('a', a);
  requireFinite('b', b);
  if (!(a < b)) throw new RangeError(`a must be < b, received a = ${a} and b = ${b}`);
  const tolerance = options.tolerance ?? 1e-10;
  const maxIterations = options.maxIterations ?? 500;
  requirePositive('tolerance', tolerance);
  requireInteger('maxIterations', maxIterations, 1);
  const evaluate = (x: number): number => {
    const y = f(x);
    return Number.isNaN(y) ? Number.POSITIVE_INFINITY : y;
  };
  let x = a + GOLDEN * (b - a);
  let w = x;
  let v = x;
  let fx = evaluate(x);
  let fw = fx;
  let fv = fx;
  let d = 0;
  let e = 0; // size of the step before last
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    const middle = 0.5 * (a + b);
    const tol1 = SQRT_EPSILON * Math.abs(x) + tolerance / 3;
    const tol2 = 2 * tol1;
    if (Math.abs(x - middle) <= tol2 - 0.5 * (b - a)) {
      return { x, value: fx, iterations: iteration, converged: true };
    }
    let golden = true;
    if (Math.abs(e) > tol1) {
      // Parabola through (v, fv), (w, fw), (x, fx).
      let r = (x - w) * (fx - fv);
      let q = (x - v) * (fx - fw);
      let p = (x - v) * q - (x - w) * r;
      q = 2 * (q - r);
      if (q > 0) p = -p;
      q = Math.abs(q);
      r = e;
      e = d;
      if (Math.abs(p) < Math.abs(0.5 * q * r) && p > q * (a - x) && p < q * (b - x)) {
        d = p / q;
        const u = x + d;
        if (u - a < tol2 || b - u < tol2) d = x < middle ? tol1 : -tol1;
        golden = false;
      }
    }
    if (golden) {
      e = x < middle ? b - x : a - x;
      d = GOLDEN * e;
    }
    const u = x + (Math.abs(d) >= tol1 ? d : d > 0 ? tol1 : -tol1);
    const fu = evaluate(u);
    if (fu <= fx) {
      if (u < x) b = x;
      else a = x;
      v = w;
      fv = fw;
      w = x;
      fw = fx;
      x = u;
      fx = fu;
    } else {
      if (u < x) a = u;
      else b = u;
      if (fu <= fw || w === x) {
        v = w;
        fv = fw;
        w = u;
        fw = fu;
      } else if (fu <= fv || v === x || v === w) {
        v = u;
        fv = fu;
      }
    }
  }
  return { x, value: fx, iterations: maxIterations, converged: false };
}
