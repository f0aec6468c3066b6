import type { ModelFit } from './fitModel.js';

/** One row of a model comparison table. */
export interface ModelComparisonRow {
  readonly model: string;
  readonly description: string;
  readonly freeParameters: number;
  readonly logLikelihood: number;
  readonly aic: number;
  /** AIC minus the smallest AIC in the table. */
  readonly deltaAic: number;
  /** exp(−ΔAIC/2), normalised: the relative weight of evidence (Burnham & Anderson 2002, §2.9). */
  readonly akaikeWeight: number;
  readonly values: Readonly<Record<string, number>>;
  /** Predictive log-likelihood of the held-out events under the fit to the earlier window; null without a holdout. */
  readonly heldOutLogLikelihood: number | null;
}

/**
 * Rank fitted models by AIC = 2k − 2ℓ with ΔAIC and Akaike weights, best first, with each
 * model's held-out predictive log-likelihood beside it when one was computed.
 *
 * Reference: K. P. Burnham & D. R. Anderson (2002), Model Selection and Multimodel
 * Inference, 2nd ed., §2.6 and §2.9. With few events, ΔAIC below about 2 does not separate
 * models.
 */
export function compareModels(
  fits: readonly ModelFit[],
  heldOut: readonly { readonly model: string; readonly logLikelihood: number }[] = [],
): ModelComparisonRow[] {
  const best = Math.min(...fits.map((f) => f.aic));
  const weights = fits.map((f) => Math.exp(-(f.aic - best) / 2));
  const total = weights.reduce((a, b) => a + b, 0);
  return fits
    .map((f, i) => ({
      model: f.model,
      description: f.description,
      freeParameters: f.freeParameters,
      logLikelihood: f.logLikelihood,
      aic: f.aic,
      deltaAic: f.aic - best,
      akaikeWeight: (weights[i] as number) / total,
      values: f.values,
      heldOutLogLikelihood: heldOut.find((h) => h.model === f.model)?.logLikelihood ?? null,
    }))
    .sort((a, b) => a.aic - b.aic);
}
