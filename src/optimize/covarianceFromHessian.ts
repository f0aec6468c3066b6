import { identityMatrix, solveLinear } from '../linalg/solveLinear.js';
import { symmetricEigenvalues } from '../linalg/symmetricEigenvalues.js';

/** Options for {@link covarianceFromHessian}. */
export interface CovarianceOptions {
  /** Eigenvalues at or below this·(largest |eigenvalue|) count as zero; default 1e-10. */
  readonly relativeTolerance?: number;
}

/** Outcome of {@link covarianceFromHessian}; nulls (never NaN) when no covariance exists. */
export interface CovarianceResult {
  /** H⁻¹, symmetrised; null unless ok. */
  readonly covariance: number[][] | null;
  /** √diag(H⁻¹); null unless ok. */
  readonly standardErrors: number[] | null;
  /** Correlation matrix of the estimates; null unless ok. */
  readonly correlation: number[][] | null;
  /** Eigenvalues of the symmetrised H, ascending (empty if they could not be computed). */
  readonly eigenvalues: number[];
  /** Largest over smallest eigenvalue; null unless ok. */
  readonly conditionNumber: number | null;
  readonly ok: boolean;
  readonly message: string;
}

/**
 * Asymptotic covariance of maximum-likelihood estimates from the Hessian of the negative
 * log-likelihood at the optimum (the observed information), with a check that it exists.
 *
 * Standard errors and Wald intervals come from H⁻¹; a Hessian that is singular or not
 * positive definite (a flat ridge, a maximum on a bound, too few events) has no such
 * inverse, and the honest answer is "no standard errors", not NaN or a huge number.
 *
 * Reference: Pawitan (2001), In All Likelihood, §9.1 (observed Fisher information);
 * eigenvalues (cyclic Jacobi) decide positive definiteness, the inverse is by Gaussian
 * elimination with partial pivoting. Cost O(k³).
 *
 * @param hessian - k×k Hessian of the negative log-likelihood (symmetrised here)
 * @param options - tolerance for a numerically zero eigenvalue
 * @returns covariance, standard errors, correlation, eigenvalues, ok and a message
 * @throws RangeError when the matrix is empty, not square, or holds a non-finite entry
 * @example
 * covarianceFromHessian([[4, 0], [0, 25]]).standardErrors;
 * // => [0.5, 0.2]
 */
export function covarianceFromHessian(
  hessian: ReadonlyArray<readonly number[]>,
  options: CovarianceOptions = {},
): CovarianceResult {
  const k = hessian.length;
  const tolerance = options.relativeTolerance ?? 1e-10;
  if (k === 0) throw new RangeError('hessian must be a non-empty square matrix, received 0 rows');
  hessian.forEach((row, i) => {
    if (row.length !== k)
      throw new RangeError(`hessian[${i}] must have ${k} entries, received ${row.length}`);
    row.forEach((v, j) => {
      if (!Number.isFinite(v))
        throw new RangeError(`hessian[${i}][${j}] must be finite, received ${v}`);
    });
  });
  const H = hessian.map((row, i) =>
    row.map((v, j) => 0.5 * (v + ((hessian[j] as number[])[i] as number))),
  );
  const fail = (eigenvalues: number[], message: string): CovarianceResult => ({
    covariance: null,
    standardErrors: null,
    correlation: null,
    eigenvalues,
    conditionNumber: null,
    ok: false,
    message,
  });
  const eigenvalues = symmetricEigenvalues(H);
  if (!eigenvalues.every(Number.isFinite))
    return fail([], 'eigenvalues could not be computed: the Hessian overflows');
  const largest = Math.max(...eigenvalues.map(Math.abs));
  const smallest = eigenvalues[0] as number;
  if (!(largest > 0)) return fail(eigenvalues, 'the Hessian is zero: the likelihood is flat here');
  if (smallest < -tolerance * largest) {
    return fail(
      eigenvalues,
      `the Hessian is not positive definite (smallest eigenvalue ${smallest.toPrecision(3)}): not a strict minimum, or an estimate on a bound`,
    );
  }
  if (smallest <= tolerance * largest) {
    return fail(
      eigenvalues,
      `the Hessian is numerically singular (smallest eigenvalue ${smallest.toPrecision(3)}, largest ${largest.toPrecision(3)}): some parameter combination is not identified`,
    );
  }
  const raw = solveLinear(H, identityMatrix(k));
  if (raw === null) return fail(eigenvalues, 'the Hessian is singular to working precision');
  const covariance = raw.map((row, i) =>
    row.map((v, j) => 0.5 * (v + ((raw[j] as number[])[i] as number)) + 0),
  );
  const standardErrors = covariance.map((row, i) => Math.sqrt(row[i] as number));
  if (!standardErrors.every((se) => Number.isFinite(se) && se > 0)) {
    return fail(
      eigenvalues,
      'the inverse Hessian has a non-positive diagonal: inversion lost too much precision',
    );
  }
  const correlation = covariance.map((row, i) =>
    row.map((v, j) =>
      i === j ? 1 : v / ((standardErrors[i] as number) * (standardErrors[j] as number)) + 0,
    ),
  );
  return {
    covariance,
    standardErrors,
    correlation,
    eigenvalues,
    conditionNumber: largest / smallest,
    ok: true,
    message: 'positive definite',
  };
}
