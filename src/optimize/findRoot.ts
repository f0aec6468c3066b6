import { requireFinite, requireInteger, requirePositive } from '../util/validate.js';

/** Options for {@link findRoot}. */
export interface FindRootOptions {
  /** Absolute tolerance on the root's position; default 1e-12. Relative 2ε·|x| is always added. */
  readonly tolerance?: number;
  /** Cap on function evaluations after the two end points; default 200. */
  readonly maxIterations?: number;
}

/** Outcome of {@link findRoot}. */
export interface RootResult {
  /** The root: a point where f changes sign, located within the tolerance. */
  readonly x: number;
  /** f at `x`. */
  readonly value: number;
  readonly iterations: number;
  /** false only when the iteration cap was reached before the bracket shrank to the tolerance. */
  readonly converged: boolean;
}

/**
 * Find a root of f in [a, b], where f(a) and f(b) have opposite signs (Brent–Dekker).
 *
 * Profile-likelihood interval end points are the roots of ℓ_p(θ) − (ℓ̂ − χ²₁,₁₋α/2); Brent's
 * method keeps the bracket of bisection (so it cannot fail) while converging superlinearly
 * by secant and inverse quadratic interpolation on smooth functions.
 *
 * Reference: Brent (1973), Algorithms for Minimization without Derivatives, ch. 4 (zero);
 * the form of Numerical Recipes, 3rd ed., §9.3. At most about (log₂((b − a)/tol))² steps,
 * usually under 15.
 *
 * @param f - continuous function of one variable
 * @param a - one end of the bracket
 * @param b - the other end
 * @param options - tolerance and iteration cap
 * @returns the root, f there, the iteration count and whether the tolerance was met
 * @throws RangeError when a or b is not finite, f(a) and f(b) have the same sign, or f
 *   returns NaN
 * @example
 * const { x } = findRoot((x) => x * x - 2, 0, 2);
 * Math.abs(x - Math.SQRT2) < 1e-12;
 * // => true
 */
export function findRoot(
  f: (x: number) => number,
  a: number,
  b: number,
  options: FindRootOptions = {},
): RootResult {
  requireFinite('a', a);
  requireFinite('b', b);
  const tolerance = options.tolerance ?? 1e-12;
  const maxIterations = options.maxIterations ?? 200;
  requirePositive('tolerance', tolerance);
  requireInteger('maxIterations', maxIterations, 1);
  const evaluate = (x: number): number => {
    const y = f(x);
    if (Number.isNaN(y)) throw new RangeError(`f must not return NaN, received NaN at x = ${x}`);
    return y;
  };
  let fa = evaluate(a);
  let fb = evaluate(b);
  if (fa === 0) return { x: a, value: fa, iterations: 0, converged: true };
  if (fb === 0) return { x: b, value: fb, iterations: 0, converged: true };
  if (fa > 0 === fb > 0) {
    throw new RangeError(
      `f(a) and f(b) must have opposite signs, received f(${a}) = ${fa} and f(${b}) = ${fb}`,
    );
  }
  let c = b;
  let fc = fb;
  let d = b - a;
  let e = d;
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    if (fb > 0 === fc > 0) {
      // Keep the root bracketed by b and c.
      c = a;
      fc = fa;
      d = b - a;
      e = d;
    }
    if (Math.abs(fc) < Math.abs(fb)) {
      a = b;
      b = c;
      c = a;
      fa = fb;
      fb = fc;
      fc = fa;
    }
    const tol1 = 2 * Number.EPSILON * Math.abs(b) + 0.5 * tolerance;
    const xm = 0.5 * (c - b);
    if (Math.abs(xm) <= tol1 || fb === 0)
      return { x: b, value: fb, iterations: iteration, converged: true };
    if (Math.abs(e) >= tol1 && Math.abs(fa) > Math.abs(fb)) {
      const s = fb / fa;
      let p: number;
      let q: number;
      if (a === c) {
        p = 2 * xm * s; // secant
        q = 1 - s;
      } else {
        const qa = fa / fc; // inverse quadratic interpolation
        const r = fb / fc;
        p = s * (2 * xm * qa * (qa - r) - (b - a) * (r - 1));
        q = (qa - 1) * (r - 1) * (s - 1);
      }
      if (p > 0) q = -q;
      p = Math.abs(p);
      if (2 * p < Math.min(3 * xm * q - Math.abs(tol1 * q), Math.abs(e * q))) {
        e = d;
        d = p / q;
      } else {
        d = xm; // interpolation would leave the bracket or converge too slowly: bisect
        e = d;
      }
    } else {
      d = xm;
      e = d;
    }
    a = b;
    fa = fb;
    b += Math.abs(d) > tol1 ? d : Math.sign(xm) * tol1;
    fb = evaluate(b);
  }
  return { x: b, value: fb, iterations: maxIterations, converged: false };
}
