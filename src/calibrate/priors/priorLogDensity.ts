import { logGamma } from '../../stats/logGamma.js';
import { requireObject } from '../../util/requireArgument.js';
import { type Prior, truncatedMass } from './Prior.js';

const LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

/**
 * The log density of a prior at x (−Infinity outside its support; for `fixed`, 0 at its
 * value and −Infinity elsewhere, a point mass).
 *
 * Why: ABC-SMC weights each particle by its prior density over the perturbation kernel's
 * mixture density, so the prior must be evaluated exactly — a uniform prior would hide a
 * weight formula that multiplies where it should divide.
 *
 * @param prior - a parsed prior
 * @param x - the value
 * @returns log π(x)
 * @example
 * priorLogDensity({ type: 'uniform', min: 0, max: 4 }, 1); // => -Math.log(4)
 */
export function priorLogDensity(prior: Prior, x: number): number {
  if (!Number.isFinite(x)) return Number.NEGATIVE_INFINITY;
  return priorLogDensityFunction(prior)(x);
}

/**
 * priorLogDensity as a function of x for one prior, its constants (log-gamma terms, the
 * truncated mass) computed once: what ABC-SMC evaluates for every proposal.
 *
 * @param prior - a parsed prior
 * @returns x ↦ log π(x), the same numbers as priorLogDensity
 * @example
 * priorLogDensityFunction({ type: 'uniform', min: 0, max: 4 })(1); // => -Math.log(4)
 */
export function priorLogDensityFunction(prior: Prior): (x: number) => number {
  requireObject('prior', prior, 'a prior such as { type: "uniform", min: 0, max: 1 }');
  const outside = Number.NEGATIVE_INFINITY;
  switch (prior.type) {
    case 'uniform': {
      const { min, max } = prior;
      const density = -Math.log(max - min);
      return (x) => (!Number.isFinite(x) || x < min || x > max ? outside : density);
    }
    case 'logUniform': {
      const { min, max } = prior;
      const logNorm = Math.log(Math.log(max / min));
      return (x) => (!Number.isFinite(x) || x < min || x > max ? outside : -Math.log(x) - logNorm);
    }
    case 'normal': {
      const { mean, sd } = prior;
      const logSd = Math.log(sd);
      return (x) => {
        if (!Number.isFinite(x)) return outside;
        const z = (x - mean) / sd;
        return -0.5 * z * z - logSd - LOG_SQRT_2PI;
      };
    }
    case 'truncatedNormal': {
      const { mean, sd, min, max } = prior;
      const logSd = Math.log(sd);
      const logMass = Math.log(truncatedMass(prior));
      return (x) => {
        if (!Number.isFinite(x)) return outside;
        if ((min !== undefined && x < min) || (max !== undefined && x > max)) return outside;
        const z = (x - mean) / sd;
        return -0.5 * z * z - logSd - LOG_SQRT_2PI - logMass;
      };
    }
    case 'beta': {
      const { alpha: a, beta: b } = prior;
      const gab = logGamma(a + b);
      const ga = logGamma(a);
      const gb = logGamma(b);
      return (x) => {
        if (!Number.isFinite(x) || x < 0 || x > 1) return outside;
        return (a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) + gab - ga - gb;
      };
    }
    case 'gamma': {
      const { shape: k, rate } = prior;
      const kLogRate = k * Math.log(rate);
      const gk = logGamma(k);
      return (x) => {
        if (!Number.isFinite(x) || x < 0) return outside;
        return kLogRate + (k - 1) * Math.log(x) - rate * x - gk;
      };
    }
    case 'fixed': {
      const { value } = prior;
      return (x) => (Number.isFinite(x) && x === value ? 0 : outside);
    }
    default:
      throw new RangeError(
        `prior.type must be uniform, logUniform, normal, truncatedNormal, beta, gamma or fixed, received ${JSON.stringify((prior as { type?: unknown }).type)}`,
      );
  }
}
