import { LEWIS_2012_BRANCHING_PRIOR } from '../../calibrate/priors/defaultPriors.js';
import { Prior } from '../../calibrate/priors/Prior.js';
import { priorLogDensityFunction } from '../../calibrate/priors/priorLogDensity.js';

/**
 * A prior for one fit parameter: the calibration's {@link Prior} shapes (natural scale), so a
 * fit and an ABC calibration can be given the same prior. `fixed` is not a density: hold a
 * parameter with `fix` instead.
 */
export type ParameterPrior = Exclude<Prior, { type: 'fixed' }>;

/**
 * Named priors from the literature. `lewis2012` (for `branchingRatio`) is the calibration's
 * branching-ratio prior, Beta(4.3, 5.6): Lewis, Mohler, Brantingham & Bertozzi (2012),
 * "Self-exciting point process models of civilian deaths in Iraq", Security Journal 25, found
 * self-excitation behind roughly 37–50% of violent events.
 */
export const NAMED_PRIORS = {
  lewis2012: LEWIS_2012_BRANCHING_PRIOR as ParameterPrior,
} as const satisfies Record<string, ParameterPrior>;

/** A prior or the name of one in {@link NAMED_PRIORS}. */
export type PriorOption = ParameterPrior | keyof typeof NAMED_PRIORS;

/** Log density, its first and second derivatives at x (−∞, 0, 0 outside the support). */
export interface PriorTerms {
  readonly value: number;
  readonly first: number;
  readonly second: number;
}

const OUTSIDE: PriorTerms = { value: Number.NEGATIVE_INFINITY, first: 0, second: 0 };

/**
 * Resolve and check a prior option, naming the field (`priors.decay.sd`) that breaks a rule.
 *
 * @throws RangeError for an unknown name or type, a `fixed` prior, or a parameter out of its
 *   range
 */
export function resolvePrior(name: string, option: unknown): ParameterPrior {
  const field = `priors.${name}`;
  if (typeof option === 'string') {
    const named = (NAMED_PRIORS as Record<string, ParameterPrior>)[option];
    if (!named)
      throw new RangeError(
        `${field} must be a prior object or one of ${Object.keys(NAMED_PRIORS).join(', ')}, received ${JSON.stringify(option)}`,
      );
    return named;
  }
  const result = Prior.safeParse(option);
  if (!result.success) {
    const issue = result.error.issues[0];
    const at = issue && issue.path.length > 0 ? `.${issue.path.join('.')}` : '';
    throw new RangeError(`${field}${at}: ${issue?.message ?? 'is not a prior'}`);
  }
  if (result.data.type === 'fixed')
    throw new RangeError(
      `${field}: a fixed prior has no density to fit with; hold the parameter with fix: { ${name}: ${result.data.value} } instead`,
    );
  return result.data;
}

/**
 * log p(x) with its first two derivatives, normalised (so MAP fits report a log posterior).
 * The value is the calibration's own log density; the derivatives are the closed forms.
 */
export function priorTerms(prior: ParameterPrior, x: number): PriorTerms {
  const value = priorLogDensityFunction(prior)(x);
  if (value === Number.NEGATIVE_INFINITY) return OUTSIDE;
  switch (prior.type) {
    case 'uniform':
      return { value, first: 0, second: 0 };
    case 'logUniform':
      return { value, first: -1 / x, second: 1 / (x * x) };
    case 'normal':
    case 'truncatedNormal':
      return {
        value,
        first: -(x - prior.mean) / (prior.sd * prior.sd),
        second: -1 / (prior.sd * prior.sd),
      };
    case 'gamma':
      return {
        value,
        first: (prior.shape - 1) / x - prior.rate,
        second: -(prior.shape - 1) / (x * x),
      };
    case 'beta': {
      const { alpha: a, beta: b } = prior;
      return {
        value,
        first: (a - 1) / x - (b - 1) / (1 - x),
        second: -(a - 1) / (x * x) - (b - 1) / ((1 - x) * (1 - x)),
      };
    }
  }
}

/** The interval where a prior's density is positive. */
export function priorSupport(prior: ParameterPrior): [number, number] {
  switch (prior.type) {
    case 'uniform':
    case 'logUniform':
      return [prior.min, prior.max];
    case 'truncatedNormal':
      return [prior.min ?? Number.NEGATIVE_INFINITY, prior.max ?? Number.POSITIVE_INFINITY];
    case 'gamma':
      return [0, Number.POSITIVE_INFINITY];
    case 'beta':
      return [0, 1];
    case 'normal':
      return [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY];
  }
}
