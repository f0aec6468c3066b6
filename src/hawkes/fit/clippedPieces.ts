/**
 * The pieces of the strike models' pass (strikeLogLikelihood.ts) that depend only on the
 * three exponentials of one interval: where the clipped intensity is positive, and the
 * moments ∫e^{−ρu}, ∫u·e^{−ρu} its derivatives are integrated with.
 */

import { zeroInBracket } from '../exponentialSum.js';

// η's coefficients and rates for the root finder, reused: this runs for every clipped interval.
const coefficients = [0, 0, 0];
const rates = [0, 0, 0];

/**
 * The pieces of [0, length] where η(u) = c0·e^{γu} + c1·e^{−βu} + c2·e^{−δu} > 0 (c0 > 0,
 * c1 ≥ 0, c2 < 0), written to `ends` as from, to, from, to; returns how many values.
 * η·e^{δu} = c0·e^{(γ+δ)u} + c1·e^{(δ−β)u} + c2 has one critical point at most (where its
 * two exponentials balance), so η has at most two zeros, each on a monotone bracket, found by
 * Newton steps kept inside it. No allocation: this runs for every clipped interval.
 */
export function positivePieces(
  c0: number,
  c1: number,
  c2: number,
  gamma: number,
  beta: number,
  delta: number,
  length: number,
  ends: Float64Array,
): number {
  // h'(u) = 0 where c0(γ+δ)e^{(γ+β)u} = −c1(δ−β).
  const ratio = (-c1 * (delta - beta)) / (c0 * (gamma + delta));
  const critical = ratio > 0 && gamma + beta !== 0 ? Math.log(ratio) / (gamma + beta) : -1;
  const split = critical > 0 && critical < length;
  let count = 0;
  let from = 0;
  let fromValue = c0 + c1 + c2;
  let inside = fromValue > 0;
  if (inside) ends[count++] = 0;
  for (const to of split ? [critical, length] : [length]) {
    // η(to), written out: a closure here is re-created on every call of this hot function.
    const toValue =
      c0 * Math.exp(gamma * to) + c1 * Math.exp(-beta * to) + c2 * Math.exp(-delta * to);
    if (fromValue > 0 !== toValue > 0 && fromValue !== 0 && toValue !== 0) {
      coefficients[0] = c0;
      coefficients[1] = c1;
      coefficients[2] = c2;
      rates[0] = -gamma;
      rates[1] = beta;
      rates[2] = delta;
      ends[count++] = zeroInBracket(coefficients, rates, from, to, fromValue);
      inside = !inside;
    }
    from = to;
    fromValue = toValue;
  }
  if (inside) ends[count++] = length;
  return count;
}

/**
 * ∫_a^b e^{−ρu} du and ∫_a^b u e^{−ρu} du into target[at], target[at + 1], stable for small
 * ρ(b − a) (a power series where the closed form would cancel).
 */
export function moments(
  rho: number,
  from: number,
  to: number,
  target: Float64Array,
  at: number,
): void {
  const length = to - from;
  const x = rho * length;
  let i0: number;
  let i1: number;
  if (Math.abs(x) < 1e-3) {
    i0 = length * (1 - x / 2 + (x * x) / 6 - (x * x * x) / 24);
    i1 = length * length * (1 / 2 - x / 3 + (x * x) / 8 - (x * x * x) / 30);
  } else {
    i0 = -Math.expm1(-x) / rho;
    i1 = (i0 - length * Math.exp(-x)) / rho;
  }
  const start = from === 0 ? 1 : Math.exp(-rho * from);
  target[at] = start * i0;
  target[at + 1] = start * (from * i0 + i1);
}

/**
 * The moments of {@link moments} over a whole interval [0, length], from e^{−ρ·length}
 * already computed for the walk (no exp of its own).
 */
export function wholeMoments(
  rho: number,
  length: number,
  decayed: number,
  target: Float64Array,
  at: number,
): void {
  const x = rho * length;
  if (Math.abs(x) < 1e-3) {
    target[at] = length * (1 - x / 2 + (x * x) / 6 - (x * x * x) / 24);
    target[at + 1] = length * length * (1 / 2 - x / 3 + (x * x) / 8 - (x * x * x) / 30);
    return;
  }
  const i0 = (1 - decayed) / rho;
  target[at] = i0;
  target[at + 1] = (i0 - length * decayed) / rho;
}
