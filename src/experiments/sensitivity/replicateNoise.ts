/**
 * Replicate noise in a sensitivity analysis, split into the part every design point shares
 * (which common random numbers cancel) and the part that differs from point to point (which
 * enters the indices).
 */
export interface ReplicateNoise {
  /**
   * Noise in a point's mean that differs between points: the residual mean square of the
   * points × replicates two-way layout over R (σ²_u/R). This is what adds to the output
   * variance over the design and to the differences the estimators are built on.
   */
  readonly variance: number;
  /** variance / output variance: the share of the output variance that is noise. */
  readonly share: number;
  /** The mean squared standard error of a point's mean: all replicate noise, shared or not. */
  readonly perPoint: number;
  /**
   * perPoint − variance (at least 0): noise common to every point (replicate r high or low
   * at every point alike), which cancels from every difference and from the output variance.
   */
  readonly common: number;
}

/**
 * Separate replicate noise into what common random numbers cancel and what they leave.
 *
 * Model: y(x, r) = m(x) + c_r + u_r(x): replicate r's noise has a part c_r common to every
 * point (the same streams) and a part u_r(x) of variance σ²_u that differs between points.
 * Each point's mean carries (c̄ + ū(x)); c̄ is the same at every point and cancels from the
 * output variance over the design and from every difference Morris and Jansen use, so only
 * σ²_u/R enters. The spread of replicates at one point (its squared SE, `perPoint`) measures
 * σ²_c/R + σ²_u/R and overstates the noise in the indices by the common part; with fully
 * shared noise it reports noise where none enters. σ²_u is estimated by the residual mean
 * square of the two-way layout (points × replicates, one value per cell):
 * Σ_x Σ_r (y(x, r) − ȳ(x) − ȳ_r + ȳ)² / ((P − 1)(R − 1)), unbiased under the model.
 *
 * What unshared noise of share s does to the indices (noise independent between points):
 * Jansen's S_i estimates S_i·(1 − s) and ST_i estimates ST_i·(1 − s) + s, where S_i, ST_i are
 * those of the noise-free mean; Morris's σ grows and μ* rises towards √(2σ²_u/R)/Δ for inputs
 * without effect. The estimators' pairs differ in one input, and under common random numbers
 * near points usually share more of their noise than two random points do, so the noise in
 * their differences is then smaller and s an upper bound on the bias, not its exact size.
 *
 * Cost: O(P·R).
 *
 * @param values - y(x, r) point by point: P·R numbers, replicates 0…R − 1 of point 0 first
 * @param replicates - R
 * @param outputVariance - the variance of the points' means over the design
 * @returns variance (unshared, per point mean), share, perPoint and common
 * @throws RangeError when values is not P·R numbers
 * @example
 * // Replicate 1 is 1 higher than replicate 0 at every point: all the noise is shared.
 * separateReplicateNoise([0, 1, 5, 6, 9, 10], 2, 20.33).share; // => 0
 */
export function separateReplicateNoise(
  values: ArrayLike<number>,
  replicates: number,
  outputVariance: number,
): ReplicateNoise {
  const R = replicates;
  if (!(Number.isSafeInteger(R) && R >= 1 && values.length % R === 0))
    throw new RangeError(
      `values must hold R = ${R} replicate values per point, received ${values.length} values`,
    );
  const P = values.length / R;
  if (P === 0 || R === 1) return { variance: 0, share: 0, perPoint: 0, common: 0 };
  const pointMean = new Float64Array(P);
  const replicateMean = new Float64Array(R);
  let grand = 0;
  for (let x = 0; x < P; x++)
    for (let r = 0; r < R; r++) {
      const y = values[x * R + r] as number;
      pointMean[x] = (pointMean[x] as number) + y / R;
      replicateMean[r] = (replicateMean[r] as number) + y / P;
      grand += y / (P * R);
    }
  let within = 0; // Σ (y − ȳ(x))²: all replicate noise
  let residual = 0; // Σ (y − ȳ(x) − ȳ_r + ȳ)²: the part that differs between points
  for (let x = 0; x < P; x++)
    for (let r = 0; r < R; r++) {
      const d = (values[x * R + r] as number) - (pointMean[x] as number);
      within += d * d;
      const e = d - (replicateMean[r] as number) + grand;
      residual += e * e;
    }
  const perPoint = within / (P * (R - 1)) / R;
  const variance = P > 1 ? residual / ((P - 1) * (R - 1)) / R : perPoint;
  return {
    variance,
    share: outputVariance > 0 ? variance / outputVariance : 0,
    perPoint,
    common: Math.max(0, perPoint - variance),
  };
}
