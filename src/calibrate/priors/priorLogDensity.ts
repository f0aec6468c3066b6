import { logGamma } from '../../stats/logGamma.js';
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
  switch (prior.type) {
    case 'uniform':
      return x < prior.min || x > prior.max ? -Infinity : -Math.log(prior.max - prior.min);
    case 'logUniform':
      return x < prior.min || x > prior.max
        ? -Infinity
        : -Math.log(x) - Math.log(Math.log(prior.max / prior.min));
    case 'normal': {
      const z = (x - prior.mean) / prior.sd;
      return -0.5 * z * z - Math.log(prior.sd) - LOG_SQRT_2PI;
    }
    case 'truncatedNormal': {
      if ((prior.min !== undefined && x < prior.min) || (prior.max !== undefined && x > prior.max))
        return -Infinity;
      const z = (x - prior.mean) / prior.sd;
      return -0.5 * z * z - Math.log(prior.sd) - LOG_SQRT_2PI - Math.log(truncatedMass(prior));
    }
    case 'beta': {
      if (x < 0 || x > 1) return -Infinity;
      const { alpha: a, beta: b } = prior;
      return (
        (a - 1) * Math.log(x) +
        (b - 1) * Math.log1p(-x) +
        logGamma(a + b) -
        logGamma(a) -
        logGamma(b)
      );
    }
    case 'gamma': {
      if (x < 0) return -Infinity;
      const { shape: k, rate } = prior;
      return k * Math.log(rate) + (k - 1) * Math.log(x) - rate * x - logGamma(k);
    }
    case 'fixed':
      return x === prior.value ? 0 : -Infinity;
  }
}
