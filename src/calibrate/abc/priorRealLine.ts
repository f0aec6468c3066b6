import type { Prior } from '../priors/Prior.js';
import { priorLogDensityFunction } from '../priors/priorLogDensity.js';
import { type PriorTransform, priorTransform } from '../priors/priorTransform.js';

/** Parameters moved to the real line and back, with the prior's density there. */
export interface PriorRealLine {
  toReal(theta: readonly number[]): number[];
  fromReal(u: readonly number[]): number[];
  /** Each parameter's map to the real line and back. */
  readonly transforms: readonly PriorTransform[];
  /** Each parameter's prior log density (−∞ outside its support). */
  readonly densities: readonly ((x: number) => number)[];
  /** The prior's log density on the real line at u (theta = fromReal(u)): π(θ)·|dθ/du|; −∞ as soon as one parameter is outside its prior's support. */
  logPriorAt(u: readonly number[], theta: readonly number[]): number;
}

/**
 * The real line ABC-SMC perturbs particles on: each prior's support mapped to ℝ
 * (priorTransform: log for rates, logit for bounded parameters), so proposals stay in the
 * support, and the prior's density carried over with the Jacobian.
 *
 * @param priors - one prior per parameter
 * @returns the maps and the density
 * @example
 * priorRealLine([{ type: 'uniform', min: 0, max: 2 }]).fromReal([0]); // => [1]
 */
export function priorRealLine(priors: readonly Prior[]): PriorRealLine {
  const d = priors.length;
  const transforms = priors.map(priorTransform);
  const densities = priors.map(priorLogDensityFunction);
  return {
    transforms,
    densities,
    toReal: (theta) => theta.map((x, j) => (transforms[j] as PriorTransform).toReal(x)),
    fromReal: (u) => u.map((x, j) => (transforms[j] as PriorTransform).fromReal(x)),
    logPriorAt(u, theta) {
      let s = 0;
      for (let j = 0; j < d; j++) {
        const density = (densities[j] as (x: number) => number)(theta[j] as number);
        // Outside the support: no need to add up the rest (most rejected proposals stop here).
        if (density === Number.NEGATIVE_INFINITY) return density;
        s = s + density + (transforms[j] as PriorTransform).logJacobian(u[j] as number);
      }
      return s;
    },
  };
}
