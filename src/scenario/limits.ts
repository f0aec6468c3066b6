/**
 * Physical and computational bounds of a scenario, one place for all of them.
 *
 * Why: a scenario that validates must run to completion in bounded work with finite
 * outcomes. Every rate, response, count and size in the schema has a documented upper bound
 * chosen far beyond any real case but below where the arithmetic breaks (overflow, a
 * rejection loop that never ends, an Int32 count that wraps):
 *
 * - `ratePerDay` 1,000: a decay or recovery faster than 1,000 per day is a kernel shorter
 *   than 90 seconds, finer than any event data this model is fitted to.
 * - `attacksPerDay` 1,000: a baseline of a thousand attacks a day.
 * - `branching` 10: expected follow-on attacks per attack (≥ 1 is explosive and needs maxEvents).
 * - `response` 1,000: attacks one strike (or one host death) provokes or prevents.
 * - `rockets` 10,000 per salvo on average; every negative-binomial `dispersion` in [0.001, 1e6].
 * - `personnel` 10,000,000 people per base (sums stay exact in doubles; never an Int32 wrap).
 * - `perSite` 10,000 people or fighters per struck site, or people per rocket hit.
 * - `pressure` 1e6 per jump; `threshold` 1e9 (also the initial pressure).
 * - `days` 36,525 (100 years) for every span (horizon, lags, windows, intelligence).
 * - `weight` 1e6 per target weight or relative exposure.
 * - `militias` 100 and `bases` 1,000 per scenario; `idLength` 100, `nameLength` 200 and
 *   `descriptionLength` 10,000 characters.
 * - `strikeTargets` 10,000 sites per strike; `strikeDelayDays` 36,525 days.
 * - `maxEvents` 1,000,000 attacks per run: one run's work is proportional to its attacks (the
 *   engine's step cap is ten steps per attack and a million more): 18–33 s for one run at this
 *   ceiling on a loaded 2-core machine (an explosive branching ratio; a strike response of
 *   1,000 under tit-for-tat), where ten million took minutes.
 *
 * @example
 * SCENARIO_LIMITS.ratePerDay; // => 1000
 */
export const SCENARIO_LIMITS = Object.freeze({
  ratePerDay: 1_000,
  attacksPerDay: 1_000,
  branching: 10,
  response: 1_000,
  rockets: 10_000,
  minDispersion: 0.001,
  maxDispersion: 1e6,
  personnel: 10_000_000,
  perSite: 10_000,
  pressure: 1e6,
  threshold: 1e9,
  days: 36_525,
  weight: 1e6,
  militias: 100,
  bases: 1_000,
  idLength: 100,
  nameLength: 200,
  descriptionLength: 10_000,
  strikeTargets: 10_000,
  strikeDelayDays: 36_525,
  maxEvents: 1_000_000,
});
