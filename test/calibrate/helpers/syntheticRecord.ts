import type { ObservedRecord } from '../../../src/calibrate/observed/ObservedRecord.js';
import { runToRecord } from '../../../src/calibrate/runToRecord.js';
import { compileScenario } from '../../../src/model/compileScenario.js';
import type { ImposedStrike } from '../../../src/model/ImposedStrike.js';
import { runScenario } from '../../../src/model/runScenario.js';
import { setScenarioValues } from '../../../src/scenario/paths/setScenarioValues.js';
import type { Scenario } from '../../../src/scenario/Scenario.js';

/**
 * A record simulated from a scenario with known values at paths, over (0, horizonDays]: the
 * foreign force never decides (restraint) and the given strikes are imposed, as replay mode
 * imposes a record's strikes.
 */
export function syntheticRecord(
  scenario: Scenario,
  values: Readonly<Record<string, number>>,
  options: { horizonDays: number; strikeTimes?: readonly number[]; seed: string },
): { record: ObservedRecord; scenario: Scenario } {
  const withHorizon = setScenarioValues(
    {
      ...scenario,
      horizonDays: options.horizonDays,
      foreignForce: { ...scenario.foreignForce, policy: { name: 'restraint' } },
    },
    Object.keys(values),
    Object.values(values),
  );
  const imposedStrikes: ImposedStrike[] = (options.strikeTimes ?? []).map((time) => ({
    time,
    targets: 1,
    care: 0.5,
    delayDays: 1,
    militia: 0,
  }));
  const compiled = compileScenario(withHorizon, { imposedStrikes });
  const events = runScenario(compiled, { seed: options.seed }).events;
  const template: ObservedRecord = {
    label: `synthetic:${options.seed}`,
    start: withHorizon.start,
    window: { from: 0, to: options.horizonDays },
    attacks: [],
    strikes: [],
    political: [],
  };
  return {
    record: { ...runToRecord(events, template), label: template.label },
    scenario: withHorizon,
  };
}
