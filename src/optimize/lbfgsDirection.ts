/** A step s = x_{k+1} − x_k and the gradient change y = ∇f_{k+1} − ∇f_k. */
export interface CurvaturePair {
  readonly s: readonly number[];
  readonly y: readonly number[];
}

/**
 * Search direction of a projected L-BFGS method: the two-loop recursion restricted to the
 * free coordinates, and a scaled steepest-descent step on those held at a bound.
 *
 * Restricting the quasi-Newton model to the free set is what lets the method run along a
 * bound instead of zig-zagging into it (Bertsekas 1982). Pairs without positive curvature
 * on the free set are skipped; the initial scaling is γ = sᵀy/yᵀy of the newest usable pair,
 * or 1/max(1, ‖∇f‖∞) when there is none.
 *
 * Reference: Nocedal & Wright (2006), Numerical Optimization, Algorithm 7.4; Bertsekas
 * (1982), SIAM J. Control Optim. 20, 221–246. Cost O(k·pairs).
 *
 * @param g - gradient at the current point
 * @param free - which coordinates take the quasi-Newton step
 * @param pairs - curvature pairs, oldest first
 * @returns the direction d (a descent direction: ∇fᵀd < 0 unless ∇f = 0)
 * @example
 * lbfgsDirection([2, -4], [true, true], []); // no pairs: −∇f/‖∇f‖∞
 * // => [-0.5, 1]
 */
export function lbfgsDirection(
  g: readonly number[],
  free: readonly boolean[],
  pairs: readonly CurvaturePair[],
): number[] {
  const masked = (v: readonly number[]): number[] => v.map((vi, i) => (free[i] ? vi : 0));
  const q = masked(g);
  const m = pairs.length;
  const alpha = new Array<number>(m).fill(0);
  const rho = new Array<number>(m).fill(0);
  let gamma = 0;
  for (let j = m - 1; j >= 0; j--) {
    const { s, y } = pairs[j] as CurvaturePair;
    const sy = dot(masked(s), y);
    const yy = dot(masked(y), y);
    if (!(sy > Number.EPSILON * yy)) continue; // no positive curvature on the free set
    rho[j] = 1 / sy;
    if (gamma === 0) gamma = sy / yy;
    alpha[j] = (rho[j] as number) * dot(masked(s), q);
    for (let i = 0; i < q.length; i++)
      if (free[i]) q[i] = (q[i] as number) - (alpha[j] as number) * (y[i] as number);
  }
  // Without curvature information, a first step of length at most 1 in the largest coordinate.
  if (gamma === 0) gamma = 1 / Math.max(1, ...g.map(Math.abs));
  const r = q.map((v) => gamma * v);
  for (let j = 0; j < m; j++) {
    if (rho[j] === 0) continue;
    const { s, y } = pairs[j] as CurvaturePair;
    const beta = (rho[j] as number) * dot(masked(y), r);
    for (let i = 0; i < r.length; i++)
      if (free[i]) r[i] = (r[i] as number) + (s[i] as number) * ((alpha[j] as number) - beta);
  }
  return g.map((gi, i) => (free[i] ? -(r[i] as number) : -gamma * gi));
}

function dot(a: readonly number[], b: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += (a[i] as number) * (b[i] as number);
  return sum;
}
