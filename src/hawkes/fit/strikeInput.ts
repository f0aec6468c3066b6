import type { ExogenousShocks } from '../MultivariateHawkesParams.js';

/**
 * Retaliation strikes as exogenous inputs to a fit: their times and, optionally, the host
 * forces each one killed. Strike j changes the expected number of later attacks by
 * r_j = strikeResponse + hostDeathResponse · hostKilled_j (negative: deterrence).
 */
export interface StrikeInput {
  /** Strike times in days from the start, non-decreasing. */
  readonly times: readonly number[];
  /** Host soldiers and police killed by each strike; 0 for all when omitted. */
  readonly hostKilled?: readonly number[];
}

/** Check a strike input against the horizon, naming the entry that breaks a rule. */
export function validateStrikes(strikes: StrikeInput, horizon: number): void {
  let previous = 0;
  strikes.times.forEach((t, j) => {
    if (!(Number.isFinite(t) && t >= 0 && t <= horizon)) {
      throw new RangeError(
        `strikes.times[${j}] must be a number in [0, ${horizon}], received ${t}`,
      );
    }
    if (t < previous)
      throw new RangeError(
        `strikes.times[${j}] must not be before strikes.times[${j - 1}], received ${t}`,
      );
    previous = t;
  });
  if (strikes.hostKilled !== undefined) {
    if (strikes.hostKilled.length !== strikes.times.length) {
      throw new RangeError(
        `strikes.hostKilled must have one entry per strike (${strikes.times.length}), received ${strikes.hostKilled.length}`,
      );
    }
    strikes.hostKilled.forEach((k, j) => {
      if (!(Number.isInteger(k) && k >= 0))
        throw new RangeError(`strikes.hostKilled[${j}] must be an integer >= 0, received ${k}`);
    });
  }
}

/** The shocks of one parameter value: r_j = response + perHostDeath·hostKilled_j, decay δ. */
export function strikeShocks(
  strikes: StrikeInput,
  response: number,
  perHostDeath: number,
  decay: number,
): ExogenousShocks {
  return {
    times: strikes.times,
    response: strikes.times.map((_, j) => [
      response + perHostDeath * (strikes.hostKilled?.[j] ?? 0),
    ]),
    decay: [decay],
  };
}

/** Whether the strikes' host deaths vary, so a per-death response is separately identified. */
export function hostDeathsVary(strikes: StrikeInput): boolean {
  const killed = strikes.hostKilled ?? [];
  return killed.some((k) => k !== killed[0]);
}
