import { requireObject } from '../../util/requireArgument.js';
import { PRIOR_EXPECTED, type Prior, truncatedMass } from './Prior.js';

const phi = (z: number) =>
  Number.isFinite(z) ? Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI) : 0;

/**
 * The mean and standard deviation of a prior, in closed form.
 *
 * Why: a posterior is judged by how much it narrowed from its prior; the prior's spread is
 * the yardstick (posterior sd / prior sd near 1: the data said little).
 *
 * @param prior - a parsed prior
 * @returns mean and sd
 * @example
 * priorMoments({ type: 'gamma', shape: 4, rate: 2 }); // => { mean: 2, sd: 1 }
 */
export function priorMoments(prior: Prior): { mean: number; sd: number } {
  requireObject('prior', prior, PRIOR_EXPECTED);
  switch (prior.type) {
    case 'uniform':
      return { mean: (prior.min + prior.max) / 2, sd: (prior.max - prior.min) / Math.sqrt(12) };
    case 'logUniform': {
      const { min: a, max: b } = prior;
      const L = Math.log(b / a);
      const mean = (b - a) / L;
      const second = (b * b - a * a) / (2 * L);
      return { mean, sd: Math.sqrt(Math.max(0, second - mean * mean)) };
    }
    case 'normal':
      return { mean: prior.mean, sd: prior.sd };
    case 'truncatedNormal': {
      const { mean, sd } = prior;
      const a = prior.min === undefined ? -Infinity : (prior.min - mean) / sd;
      const b = prior.max === undefined ? Infinity : (prior.max - mean) / sd;
      const Z = truncatedMass(prior);
      const pa = phi(a);
      const pb = phi(b);
      const m = (pa - pb) / Z;
      const aTerm = Number.isFinite(a) ? a * pa : 0;
      const bTerm = Number.isFinite(b) ? b * pb : 0;
      const variance = 1 + (aTerm - bTerm) / Z - m * m;
      return { mean: mean + sd * m, sd: sd * Math.sqrt(Math.max(0, variance)) };
    }
    case 'beta': {
      const { alpha: a, beta: b } = prior;
      const s = a + b;
      return { mean: a / s, sd: Math.sqrt((a * b) / (s * s * (s + 1))) };
    }
    case 'gamma':
      return { mean: prior.shape / prior.rate, sd: Math.sqrt(prior.shape) / prior.rate };
    case 'fixed':
      return { mean: prior.value, sd: 0 };
  }
}
