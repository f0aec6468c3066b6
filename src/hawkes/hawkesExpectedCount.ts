import { requirePositive } from '../util/validate.js';
import { type HawkesParams, validateHawkesParams } from './HawkesParams.js';

/**
 * Expected number of events on [0, T] of an exponential-kernel Hawkes process started
 * empty: E[N(T)] = μT/(1−n) − μn(1 − e^{−(1−n)βT}) / (β(1−n)²).
 *
 * Derivation: the mean intensity m(t) solves m(t) = μ + ∫₀ᵗ nβe^{−β(t−s)} m(s) ds, so
 * m' = β(1−n)(m* − m)… and integrating gives the form above. It is evaluated as
 * μT·(1 + nβT·k(c)) with c = (1−n)βT and k(c) = (c − 1 + e^{−c})/c², which is exact, stable
 * as n → 1 (limit μT + μnβT²/2) and valid for n > 1 (the mean of an explosive process).
 *
 * @param params - baseline (per day), branchingRatio, decay (per day)
 * @param horizon - T in days
 * @returns E[N(T)]
 * @throws RangeError for invalid parameters or horizon
 * @example
 * hawkesExpectedCount({ baseline: 0.5, branchingRatio: 2 / 3, decay: 1.2 }, 20); // ≈ 27.500838656569762 (to 1e-14)
 */
export function hawkesExpectedCount(params: HawkesParams, horizon: number): number {
  validateHawkesParams(params);
  requirePositive('horizon', horizon);
  const { baseline, branchingRatio, decay } = params;
  const c = (1 - branchingRatio) * decay * horizon;
  return baseline * horizon * (1 + branchingRatio * decay * horizon * relaxation(c));
}

/** k(c) = (c − 1 + e^{−c})/c², by its Taylor series near 0 where the closed form cancels. */
function relaxation(c: number): number {
  if (Math.abs(c) < 1e-3) return 1 / 2 - c / 6 + (c * c) / 24 - (c * c * c) / 120;
  return (c + Math.expm1(-c)) / (c * c);
}
