/**
 * The likelihood-ratio statistic 2(ℓ₁ − ℓ₀) of nested models, with a difference at the
 * rounding level of ℓ reported as 0 rather than as a tiny number such as 7e-15.
 */
export function likelihoodRatio(alternative: number, nullModel: number): number {
  const statistic = 2 * (alternative - nullModel);
  return statistic > 1e-9 * Math.max(1, Math.abs(nullModel)) ? statistic : 0;
}
