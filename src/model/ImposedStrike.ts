/**
 * A strike imposed on a run at a fixed time, whatever the policy decides: how calibration
 * replays the strikes a record documents ("replay" mode), so that the militia and host
 * parameters are judged given what the foreign force actually did.
 */
export interface ImposedStrike {
  /** Landing time, days from the scenario's start. */
  readonly time: number;
  /** Sites struck (an integer ≥ 1). */
  readonly targets: number;
  /** Care in [0, 1]: collateral host casualties scale by (1 − care). */
  readonly care: number;
  /** Days from decision to landing: sets intelligence quality q = 1 − e^{−delay/intelligenceDays}. */
  readonly delayDays: number;
  /** Index of the militia struck (scenario order). */
  readonly militia: number;
  /** Host killed, when the record gives it (the run then does not draw it); else drawn. */
  readonly hostKilled?: number;
}

/**
 * Check imposed strikes against a scenario's horizon and militias.
 *
 * @param strikes - the strikes
 * @param horizon - the scenario's horizon (days)
 * @param militias - the number of militias
 * @throws RangeError naming the strike and field that break a rule
 * @example
 * checkImposedStrikes([{ time: 3, targets: 1, care: 0, delayDays: 1, militia: 0 }], 10, 1); // => undefined
 */
export function checkImposedStrikes(
  strikes: readonly ImposedStrike[],
  horizon: number,
  militias: number,
): void {
  strikes.forEach((s, i) => {
    const at = `imposedStrikes[${i}]`;
    if (!(s.time >= 0 && s.time <= horizon))
      throw new RangeError(`${at}.time must be in [0, ${horizon}], received ${s.time}`);
    if (!(Number.isInteger(s.targets) && s.targets >= 1 && s.targets <= 1000))
      throw new RangeError(`${at}.targets must be an integer in [1, 1000], received ${s.targets}`);
    if (!(s.care >= 0 && s.care <= 1))
      throw new RangeError(`${at}.care must be in [0, 1], received ${s.care}`);
    if (!(s.delayDays >= 0 && Number.isFinite(s.delayDays)))
      throw new RangeError(`${at}.delayDays must be a finite number >= 0, received ${s.delayDays}`);
    if (!(Number.isInteger(s.militia) && s.militia >= 0 && s.militia < militias))
      throw new RangeError(
        `${at}.militia must be a militia index in [0, ${militias - 1}], received ${s.militia}`,
      );
    if (
      s.hostKilled !== undefined &&
      !(Number.isInteger(s.hostKilled) && s.hostKilled >= 0 && s.hostKilled <= 1e6)
    )
      throw new RangeError(
        `${at}.hostKilled must be an integer in [0, 1e6], received ${s.hostKilled}`,
      );
  });
}
