import { type Bounds, type ResolvedBounds, resolveBounds } from './bounds.js';

/** Options for the numerical Hessians. */
export interface HessianOptions {
  /** Step per coordinate; default ε^{1/3}·max(|x_i|, 1) (gradient form) or ε^{1/4}·max(|x_i|, 1). */
  readonly steps?: readonly number[];
  /** Box the difference points must stay in; near a bound the stencil turns one-sided. */
  readonly bounds?: Bounds;
}

/** A difference stencil in one coordinate: absolute offsets from x_i and their weights. */
interface Stencil {
  readonly offsets: readonly number[];
  readonly weights: readonly number[];
}

/**
 * Hessian of f as the symmetrised central-difference Jacobian of its analytic gradient.
 *
 * Standard errors of maximum-likelihood estimates come from the inverse of the observed
 * information, the Hessian of the negative log-likelihood; differencing an exact gradient
 * is far more accurate than differencing f twice.
 *
 * Reference: Nocedal & Wright (2006), Numerical Optimization, §8.1 (step ε^{1/3}·scale
 * balances O(h²) truncation against O(ε/h) rounding, error ≈ ε^{2/3}); near a bound,
 * where x ± h would leave the box, the second-order one-sided formula
 * (−3g(x) + 4g(x + h) − g(x + 2h))/(2h) (Fornberg 1988), with h shrunk if even that does
 * not fit. The result is (J + Jᵀ)/2. Cost: 2k gradient evaluations (3 on a one-sided
 * coordinate).
 *
 * @param gradient - analytic gradient of f
 * @param x - point (inside the bounds, if given)
 * @param options - steps and bounds
 * @returns the k×k symmetric Hessian
 * @throws RangeError when x is empty, a step is not positive, x lies outside the bounds, or
 *   the gradient is not finite at a difference point
 * @example
 * hessianFromGradient(([x, y]) => [2 * x + y, x + 6 * y], [1, 2]); // f = x² + xy + 3y²
 * // => [[2, 1], [1, 6]] (to about 1e-10)
 */
export function hessianFromGradient(
  gradient: (x: readonly number[]) => ArrayLike<number>,
  x: readonly number[],
  options: HessianOptions = {},
): number[][] {
  const k = checkPoint(x);
  const box = resolveBounds(options.bounds, k);
  const steps = chooseSteps(x, options.steps, Math.cbrt(Number.EPSILON));
  const jacobian: number[][] = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (let j = 0; j < k; j++) {
    const stencil = firstDerivativeStencil(x, j, steps[j] as number, box, 2);
    stencil.offsets.forEach((offset, a) => {
      const g = evaluateFinite(
        () => Array.from(gradient(shifted(x, [[j, offset]]))),
        'gradient',
        x,
        j,
        offset,
      );
      for (let i = 0; i < k; i++) {
        const row = jacobian[i] as number[];
        row[j] = (row[j] as number) + (stencil.weights[a] as number) * (g[i] as number);
      }
    });
  }
  return jacobian.map((row, i) =>
    row.map((v, j) => 0.5 * (v + ((jacobian[j] as number[])[i] as number))),
  );
}

/**
 * Hessian of f by second differences of f itself, for when no gradient is available.
 *
 * Reference: central differences (f(x+h) − 2f(x) + f(x−h))/h² on the diagonal and the
 * four-point formula off it; step ε^{1/4}·max(|x_i|, 1) balances O(h²) truncation against
 * O(ε/h²) rounding (error ≈ ε^{1/2}, about 1e-8 relative). Near a bound the stencil in that
 * coordinate turns one-sided: (2f₀ − 5f₁ + 4f₂ − f₃)/h² on the diagonal and the one-sided
 * first-derivative formula in mixed terms (Fornberg 1988, Math. Comp. 51, 699–706).
 * Cost: 1 + 2k + 4·k(k − 1)/2 evaluations of f when all stencils are central.
 *
 * @param f - function
 * @param x - point (inside the bounds, if given)
 * @param options - steps and bounds
 * @returns the k×k symmetric Hessian
 * @throws RangeError when x is empty, a step is not positive, x lies outside the bounds, or
 *   f is not finite at a difference point
 * @example
 * hessianFromFunction(([x, y]) => x * x + x * y + 3 * y * y, [1, 2]);
 * // => [[2, 1], [1, 6]] (to about 1e-7)
 */
export function hessianFromFunction(
  f: (x: readonly number[]) => number,
  x: readonly number[],
  options: HessianOptions = {},
): number[][] {
  const k = checkPoint(x);
  const box = resolveBounds(options.bounds, k);
  const steps = chooseSteps(x, options.steps, Math.sqrt(Math.sqrt(Number.EPSILON)));
  const centre = evaluateFinite(() => f([...x]), 'f', x, 0, 0);
  const at = (shifts: Array<[number, number]>): number =>
    shifts.length === 0
      ? centre
      : evaluateFinite(
          () => f(shifted(x, shifts)),
          'f',
          x,
          shifts[0]?.[0] ?? 0,
          shifts[0]?.[1] ?? 0,
        );
  const first = steps.map((h, i) => firstDerivativeStencil(x, i, h, box, 3));
  const H: number[][] = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (let i = 0; i < k; i++) {
    const second = secondDerivativeStencil(
      first[i] as Stencil,
      (first[i] as Stencil).offsets.length === 2,
    );
    let diagonal = 0;
    second.offsets.forEach((offset, a) => {
      diagonal += (second.weights[a] as number) * at(offset === 0 ? [] : [[i, offset]]);
    });
    (H[i] as number[])[i] = diagonal;
    for (let j = 0; j < i; j++) {
      // Mixed partial: the product of the two first-derivative stencils.
      const si = first[i] as Stencil;
      const sj = first[j] as Stencil;
      let mixed = 0;
      si.offsets.forEach((oi, a) => {
        sj.offsets.forEach((oj, b) => {
          const shifts: Array<[number, number]> = [];
          if (oi !== 0) shifts.push([i, oi]);
          if (oj !== 0) shifts.push([j, oj]);
          mixed += (si.weights[a] as number) * (sj.weights[b] as number) * at(shifts);
        });
      });
      (H[i] as number[])[j] = mixed;
      (H[j] as number[])[i] = mixed;
    }
  }
  return H;
}

function checkPoint(x: readonly number[]): number {
  if (x.length === 0) throw new RangeError('x must have at least one coordinate, received 0');
  x.forEach((v, i) => {
    if (!Number.isFinite(v)) throw new RangeError(`x[${i}] must be a finite number, received ${v}`);
  });
  return x.length;
}

function chooseSteps(
  x: readonly number[],
  steps: readonly number[] | undefined,
  power: number,
): number[] {
  if (steps !== undefined && steps.length !== x.length) {
    throw new RangeError(`steps must have length ${x.length}, received length ${steps.length}`);
  }
  return x.map((xi, i) => {
    const h = steps?.[i] ?? power * Math.max(Math.abs(xi), 1);
    if (!(Number.isFinite(h) && h > 0))
      throw new RangeError(`steps[${i}] must be a finite number > 0, received ${h}`);
    return xi + h - xi; // a step that is exactly representable from xi
  });
}

/**
 * Central stencil when x ± h stays inside the box, else one-sided towards the roomier side
 * needing `reach`·h of room (2 for first derivatives, 3 when the diagonal second derivative
 * is built from it), with h shrunk to fit.
 */
function firstDerivativeStencil(
  x: readonly number[],
  i: number,
  h: number,
  box: ResolvedBounds,
  reach: number,
): Stencil {
  const xi = x[i] as number;
  const below = xi - (box.lower[i] as number);
  const above = (box.upper[i] as number) - xi;
  if (below < 0 || above < 0)
    throw new RangeError(`x[${i}] must lie within the bounds, received ${xi}`);
  if (below >= h && above >= h) return { offsets: [-h, h], weights: [-1 / (2 * h), 1 / (2 * h)] };
  const sign = above >= below ? 1 : -1;
  const room = Math.max(above, below);
  if (!(room > 0))
    throw new RangeError(
      `bounds must leave room to difference x[${i}], received a fixed coordinate`,
    );
  const step = Math.min(h, room / reach);
  const w = sign / (2 * step);
  return { offsets: [0, sign * step, 2 * sign * step], weights: [-3 * w, 4 * w, -w] };
}

/** The matching second-derivative stencil: central three-point or one-sided four-point. */
function secondDerivativeStencil(first: Stencil, central: boolean): Stencil {
  if (central) {
    const h = first.offsets[1] as number;
    return { offsets: [-h, 0, h], weights: [1 / (h * h), -2 / (h * h), 1 / (h * h)] };
  }
  const step = first.offsets[1] as number; // signed
  const w = 1 / (step * step);
  return { offsets: [0, step, 2 * step, 3 * step], weights: [2 * w, -5 * w, 4 * w, -w] };
}

function shifted(x: readonly number[], shifts: ReadonlyArray<readonly [number, number]>): number[] {
  const y = [...x];
  for (const [i, offset] of shifts) y[i] = (y[i] as number) + offset;
  return y;
}

function evaluateFinite<T extends number | number[]>(
  compute: () => T,
  name: string,
  x: readonly number[],
  i: number,
  offset: number,
): T {
  const value = compute();
  const ok = Array.isArray(value) ? value.every(Number.isFinite) : Number.isFinite(value);
  if (!ok) {
    throw new RangeError(
      `${name} must be finite at every difference point, received ${Array.isArray(value) ? `[${value.join(', ')}]` : value} near x = [${x.join(', ')}] (coordinate ${i} shifted by ${offset})`,
    );
  }
  return value;
}
