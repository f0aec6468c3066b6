/**
 * One replicate of an ensemble failed (e.g. a policy expression gave NaN). Names the seed
 * and replicate, so the run can be reproduced alone with `runScenario(s, { seed, replicate })`;
 * the original error is `cause`.
 *
 * @example
 * new ReplicateError(1, 17, new RangeError('care must be in [0, 1], received NaN')).message;
 * // => 'replicate 17 (seed 1) failed: RangeError: care must be in [0, 1], received NaN'
 */
export class ReplicateError extends Error {
  override readonly name = 'ReplicateError';
  readonly seed: number | string;
  readonly replicate: number;

  /**
   * @param seed - the ensemble's master seed
   * @param replicate - the replicate index that failed
   * @param cause - what it threw (an Error, or its text when it crossed a thread)
   */
  constructor(seed: number | string, replicate: number, cause: unknown) {
    const what = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
    super(`replicate ${replicate} (seed ${seed}) failed: ${what}`, { cause });
    this.seed = seed;
    this.replicate = replicate;
  }
}
