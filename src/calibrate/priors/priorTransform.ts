import type { Prior } from './Prior.js';

/** A map from a prior's support to the real line, where ABC-SMC perturbs particles. */
export interface PriorTransform {
  /** Support → ℝ. */
  toReal(x: number): number;
  /** ℝ → support. */
  fromReal(u: number): number;
  /** log |dx/du| at u: the change of variables for the prior density on ℝ. */
  logJacobian(u: number): number;
}

const identity: PriorTransform = { toReal: (x) => x, fromReal: (u) => u, logJacobian: () => 0 };

const logistic = (u: number) => 1 / (1 + Math.exp(-u));
// log σ(u) + log(1 − σ(u)) = −log(1 + e^{−u}) − log(1 + e^{u}), stable for large |u|.
const logLogisticDensity = (u: number) => -softplus(-u) - softplus(u);
const softplus = (u: number) => (u > 30 ? u : Math.log1p(Math.exp(u)));

function interval(min: number, max: number): PriorTransform {
  const width = max - min;
  return {
    toReal: (x) => {
      const p = (x - min) / width;
      return Math.log(p) - Math.log1p(-p);
    },
    fromReal: (u) => min + width * logistic(u),
    logJacobian: (u) => Math.log(width) + logLogisticDensity(u),
  };
}

function above(min: number): PriorTransform {
  return {
    toReal: (x) => Math.log(x - min),
    fromReal: (u) => min + Math.exp(u),
    logJacobian: (u) => u,
  };
}

function below(max: number): PriorTransform {
  return {
    toReal: (x) => Math.log(max - x),
    fromReal: (u) => max - Math.exp(u),
    logJacobian: (u) => u,
  };
}

/**
 * The transform under which a prior's support becomes the real line: log for positive
 * supports, logit for bounded ones, identity for the real line.
 *
 * Why: a Gaussian perturbation kernel fits a log-uniform rate spanning two decades badly in
 * its natural scale (most proposals fall outside the support or all in one corner); on the
 * transformed scale it proposes evenly and never leaves the support. The prior density on
 * the real line is π(x(u))·|dx/du|, so the importance weights stay exact.
 *
 * @param prior - a parsed prior (not `fixed`)
 * @returns the transform
 * @example
 * priorTransform({ type: 'logUniform', min: 0.01, max: 1 }).toReal(1); // => 0
 */
export function priorTransform(prior: Prior): PriorTransform {
  switch (prior.type) {
    case 'uniform':
      return interval(prior.min, prior.max);
    case 'beta':
      return interval(0, 1);
    case 'logUniform':
    case 'gamma':
      return above(0);
    case 'truncatedNormal':
      if (prior.min !== undefined && prior.max !== undefined) return interval(prior.min, prior.max);
      if (prior.min !== undefined) return above(prior.min);
      if (prior.max !== undefined) return below(prior.max);
      return identity;
    case 'normal':
    case 'fixed':
      return identity;
  }
}
