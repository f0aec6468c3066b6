import type { ModelSpec } from './ModelSpec.js';
import { type ParameterPrior, priorSupport, priorTerms } from './parameterPrior.js';

/**
 * The model with log prior densities added to its log-likelihood (a penalised likelihood
 * whose maximiser is the posterior mode, MAP), with the priors' exact first and second
 * derivatives added to the gradient and Hessian, so the observed information becomes the
 * Laplace approximation's precision. Each parameter's search range is cut to its prior's
 * support, so no start falls where the posterior is zero. Priors on parameters the model
 * does not have are ignored (a compared alternative may lack them).
 */
export function withPriors(
  spec: ModelSpec,
  priors: Readonly<Record<string, ParameterPrior>>,
): ModelSpec {
  const indexed = spec.parameters
    .map((p, i) => ({ i, prior: priors[p.name] }))
    .filter((e): e is { i: number; prior: ParameterPrior } => e.prior !== undefined);
  if (indexed.length === 0) return spec;
  const logPrior = (theta: readonly number[]) =>
    indexed.reduce((sum, { i, prior }) => sum + priorTerms(prior, theta[i] as number).value, 0);
  const parameters = spec.parameters.map((p) => {
    const prior = priors[p.name];
    const [lo, hi] = prior ? priorSupport(prior) : [-Infinity, Infinity];
    // Keep a hair inside an open end, where a density such as Beta's may be infinite or zero.
    const lower = Math.max(p.lower, lo === -Infinity ? lo : lo + 1e-9 * Math.max(1, Math.abs(lo)));
    const upper = Math.min(p.upper, hi === Infinity ? hi : hi - 1e-9 * Math.max(1, Math.abs(hi)));
    return { ...p, lower, upper };
  });
  const clampStart = (theta: number[]) =>
    theta.map((v, i) => {
      const p = parameters[i];
      return p ? Math.min(p.upper, Math.max(p.lower, v)) : v;
    });
  const withGradient = spec.withGradient;
  const hessian = spec.hessian;
  return {
    ...spec,
    parameters,
    logLikelihood: (theta) => {
      const value = spec.logLikelihood(theta) + logPrior(theta);
      return Number.isNaN(value) ? Number.NEGATIVE_INFINITY : value;
    },
    ...(withGradient
      ? {
          withGradient: (theta: readonly number[]) => {
            const both = withGradient(theta);
            const gradient = [...both.gradient];
            for (const { i, prior } of indexed)
              gradient[i] = (gradient[i] as number) + priorTerms(prior, theta[i] as number).first;
            return { value: both.value + logPrior(theta), gradient };
          },
        }
      : {}),
    ...(hessian
      ? {
          hessian: (theta: readonly number[]) => {
            const h = hessian(theta).map((row) => [...row]);
            for (const { i, prior } of indexed) {
              const row = h[i] as number[];
              row[i] = (row[i] as number) + priorTerms(prior, theta[i] as number).second;
            }
            return h;
          },
        }
      : {}),
    starts: () => spec.starts().map(clampStart),
    candidates: () => spec.candidates().map(clampStart),
  };
}
