import type { SimEvent, StrikeEvent } from '../src/model/SimEvent.js';
import type { Scenario } from '../src/scenario/Scenario.js';

/** Where the host's pressure just before a strike stood against its first two thresholds. */
export type PressureCase =
  | 'aboveSummon' // P ≥ summon: neither threshold can be crossed upward by this strike
  | 'betweenThresholds' // condemnation ≤ P < summon: only the summons can follow
  | 'belowBoth' // P < condemnation and the jump reaches summon: both follow
  | 'jumpShort'; // P < summon and the jump does not reach it: no summons

/**
 * The host government's sovereignty pressure just before and just after `strike`,
 * recomputed from the run's event log and the scenario's host parameters (P(0) =
 * initialPressure; each strike adds perStrike + perHostDeath·hostKilled; exponential decay;
 * perAttack must be 0, as in the presets this is used on), and which case of
 * {@link PressureCase} that puts the strike in. An independent reading of the engine's
 * pressure: the scripts check it against the pressure each political event carries.
 */
export function hostPressureAtStrike(
  scenario: Scenario,
  events: readonly SimEvent[],
  strike: StrikeEvent,
): { before: number; after: number; case: PressureCase } {
  const host = scenario.hostGovernment;
  const { perStrike, perHostDeath, perAttack, decay } = host.pressure;
  if (perAttack !== 0)
    throw new RangeError(
      `scenario.hostGovernment.pressure.perAttack must be 0 here, received ${perAttack}`,
    );
  let pressure = host.initialPressure;
  let at = 0;
  for (const e of events) {
    if (e === strike) break;
    if (e.type !== 'strike') continue;
    pressure = pressure * Math.exp(-decay * (e.time - at)) + perStrike + perHostDeath * e.hostKilled;
    at = e.time;
  }
  const before = pressure * Math.exp(-decay * (strike.time - at));
  const after = before + perStrike + perHostDeath * strike.hostKilled;
  const { condemnation, summon } = host.thresholds;
  const where: PressureCase =
    before >= summon
      ? 'aboveSummon'
      : after < summon
        ? 'jumpShort'
        : before >= condemnation
          ? 'betweenThresholds'
          : 'belowBoth';
  return { before, after, case: where };
}
