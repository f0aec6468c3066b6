/**
 * The shortest strike response a record can resolve, as a fraction of the mean gap between
 * attacks: the response's mean duration 1/δ must hold at least this many attacks at the
 * record's mean rate. Chosen from evidence (see `strikeDecayLimit`).
 */
export const RESPONSE_GAP_FRACTION = 0.25;

/** The upper bound of the strike response's decay and what sets it. */
export interface StrikeDecayLimit {
  /** Largest strike response decay δ the fit may take, per day. */
  readonly upper: number;
  /**
   * 'time-resolution': the record's time resolution h (δ ≤ 1/h: a response shorter than the
   * step at which times are known cannot show in the record); 'mean-gap': a quarter of the
   * mean gap T/N between attacks (δ ≤ 4N/T).
   */
  readonly basis: 'time-resolution' | 'mean-gap';
}

/**
 * The fastest strike response decay a record can resolve. A response r·δ·e^{−δ(t−s)} whose
 * mean duration 1/δ is far shorter than the gaps between attacks predicts nothing the record
 * could contain: a strong negative response then clips the intensity to zero for a few
 * minutes after each strike, and since the shortest of S strike-to-attack gaps is of order
 * 1/(S·λ) by chance alone, such a silence always raises the clipped likelihood a little.
 * Unbounded, the fit took it (on 1,863 attacks and 50 strikes: r = −1873 with δ = 1739 per
 * day, a 7-day effect of −0.06 against a true −1.93). So 1/δ must be at least the record's
 * time resolution `timeResolution` (daily dates cannot show a silence shorter than a day) and
 * at least a quarter of the mean gap between attacks.
 *
 * Why a quarter: on that record (N/T = 7.45 per day) the profile likelihood over δ has a
 * local maximum at δ = 1 (the truth is 0.5), is lowest near 1.3 N/T and climbs from 2.7 N/T
 * to its peak at 230 N/T; of eight records of its kind (seeds `cost-0…7`) two had their
 * maximum at 290 and 1000 N/T. On the strike-coverage records (about 60 attacks) the true δ
 * is 2N/T. 4N/T keeps that truth inside with a factor of 2 to spare and removes the spikes
 * (scripts/strike-decay-limit.ts).
 * On those 200 coverage records the strike response's default interval then covers 192
 * (191 before) and the 7-day effect's 195 (188 before); on the record above the fit gives
 * r = −1.39, δ = 1.0 and an effect of −1.39 whose interval [−7.07, −0.015] holds −1.93.
 *
 * @param count - number of attacks in the record (at least 1 is assumed)
 * @param horizon - window length in days
 * @param timeResolution - step at which times are known, in days; 0 for continuous times
 * @returns the bound and which rule set it
 * @throws RangeError when horizon is not > 0 or timeResolution is not a number >= 0
 * @example
 * strikeDecayLimit(100, 50, 0); // => { upper: 8, basis: 'mean-gap' }
 * strikeDecayLimit(100, 50, 1); // => { upper: 1, basis: 'time-resolution' }
 */
export function strikeDecayLimit(
  count: number,
  horizon: number,
  timeResolution: number,
): StrikeDecayLimit {
  if (!(Number.isFinite(horizon) && horizon > 0))
    throw new RangeError(`horizon must be a number of days > 0, received ${horizon}`);
  if (!(Number.isFinite(timeResolution) && timeResolution >= 0))
    throw new RangeError(
      `timeResolution must be a number of days >= 0 (0 for continuous times), received ${timeResolution}`,
    );
  const gapLimit = Math.max(count, 1) / horizon / RESPONSE_GAP_FRACTION;
  const resolutionLimit = timeResolution > 0 ? 1 / timeResolution : Number.POSITIVE_INFINITY;
  return resolutionLimit < gapLimit
    ? { upper: resolutionLimit, basis: 'time-resolution' }
    : { upper: gapLimit, basis: 'mean-gap' };
}
