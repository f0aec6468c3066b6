import type { RandomSource } from '../../random/createRng.js';
import { sampleGamma } from '../../random/sampleGamma.js';
import { sampleNormal } from '../../random/sampleNormal.js';
import { normalCdf } from '../../stats/normalCdf.js';
import { normalQuantile } from '../../stats/normalQuantile.js';
import { requireFunction, requireObject } from '../../util/requireArgument.js';
import { PRIOR_EXPECTED, type Prior } from './Prior.js';

/**
 * One draw from a prior.
 *
 * Truncated normals are drawn by inversion between Φ(a) and Φ(b), computed on the side of
 * the mean where the bounds lie so that far-tail truncation keeps its precision; beta as
 * G₁/(G₁ + G₂) of two gamma draws.
 *
 * @param prior - a parsed prior
 * @param rng - the random source
 * @returns a value in the prior's support
 * @example
 * samplePrior({ type: 'fixed', value: 3 }, createRng(1)); // => 3
 */
export function samplePrior(prior: Prior, rng: RandomSource): number {
  requireObject('prior', prior, PRIOR_EXPECTED);
  requireFunction('rng', rng, 'a random source (createRng(seed))');
  switch (prior.type) {
    case 'uniform':
      return prior.min + (prior.max - prior.min) * rng();
    case 'logUniform':
      return prior.min * (prior.max / prior.min) ** rng();
    case 'normal':
      return sampleNormal(rng, prior.mean, prior.sd);
    case 'truncatedNormal': {
      const { mean, sd } = prior;
      const a = prior.min === undefined ? -Infinity : (prior.min - mean) / sd;
      const b = prior.max === undefined ? Infinity : (prior.max - mean) / sd;
      // Mirror to the lower tail when the window lies above the mean (precision of Φ near 1).
      const flip = a > 0;
      const lo = flip ? -b : a;
      const hi = flip ? -a : b;
      const pLo = normalCdf(lo);
      const pHi = normalCdf(hi);
      const z = normalQuantile(pLo + (pHi - pLo) * rng());
      const clamped = Math.min(hi, Math.max(lo, z));
      return mean + sd * (flip ? -clamped : clamped);
    }
    case 'beta': {
      const x = sampleGamma(rng, prior.alpha, 1);
      const y = sampleGamma(rng, prior.beta, 1);
      return x / (x + y);
    }
    case 'gamma':
      return sampleGamma(rng, prior.shape, 1 / prior.rate);
    case 'fixed':
      return prior.value;
  }
}
