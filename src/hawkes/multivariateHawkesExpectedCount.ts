import { matrixExponential } from '../linalg/matrixExponential.js';
import { requirePositive } from '../util/validate.js';
import {
  type MultivariateHawkesParams,
  validateMultivariateParams,
} from './MultivariateHawkesParams.js';

/**
 * Expected number of events per dimension on [0, T] of a multivariate exponential-kernel
 * Hawkes process started empty (no trend, no shocks).
 *
 * With y_k(t) = ∫₀ᵗ β_k e^{−β_k(t−s)} m_k(s) ds, the mean intensity is m = μ + N y (N the
 * branching-ratio matrix) and y' = B(μ + (N − I) y), B = diag(β). The augmented linear system
 * d/dt [y; ∫y; 1] = [[B(N−I), 0, Bμ]; [I, 0, 0]; [0, 0, 0]]·[y; ∫y; 1] is solved exactly by one
 * matrix exponential (Padé with scaling and squaring, `matrixExponential`), and
 * E[N(T)] = μT + N ∫₀ᵀ y. Valid for any spectral radius (an explosive mean grows
 * exponentially). Cost O(K³).
 *
 * @param params - baselines, branching-ratio matrix, decays (a trend is refused)
 * @param horizon - T in days
 * @returns E[N_m(T)] for each dimension m
 * @throws RangeError for invalid parameters or a trend
 * @example
 * multivariateHawkesExpectedCount({ baseline: [0.5], branchingRatio: [[2 / 3]], decay: [1.2] }, 20);
 * // ≈ [27.500838656569762]
 */
export function multivariateHawkesExpectedCount(
  params: MultivariateHawkesParams,
  horizon: number,
): number[] {
  const dims = validateMultivariateParams(params);
  requirePositive('horizon', horizon);
  if (params.trend?.some((g) => g !== 0)) {
    throw new RangeError(
      'trend must be absent or zero for the closed-form expected count, received a non-zero trend',
    );
  }
  const size = 2 * dims + 1;
  const generator: number[][] = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  for (let m = 0; m < dims; m++) {
    const beta = params.decay[m] as number;
    const row = generator[m] as number[];
    for (let k = 0; k < dims; k++) {
      const n = (params.branchingRatio[m] as readonly number[])[k] as number;
      row[k] = beta * (n - (m === k ? 1 : 0)) * horizon;
    }
    row[size - 1] = beta * (params.baseline[m] as number) * horizon;
    (generator[dims + m] as number[])[m] = horizon;
  }
  const flow = matrixExponential(generator);
  const integralY = Array.from(
    { length: dims },
    (_, k) => (flow[dims + k] as number[])[size - 1] as number,
  );
  return params.baseline.map(
    (mu, m) =>
      mu * horizon +
      (params.branchingRatio[m] as readonly number[]).reduce(
        (sum, n, k) => sum + n * (integralY[k] as number),
        0,
      ),
  );
}
