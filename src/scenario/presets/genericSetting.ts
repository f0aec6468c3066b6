import type { ScenarioInput } from '../Scenario.js';

type MilitiaInput = ScenarioInput['militias'][number];
type ForceInput = ScenarioInput['foreignForce'];

/**
 * The shared, fictional setting of the generic presets: one militia and three bases over a
 * year, so the presets differ only in what they are about. All numbers are assumptions
 * chosen to make the dynamics visible, not calibrated.
 *
 * @param name - the preset's name
 * @param description - what it shows
 * @param militia - overrides of the militia's parameters
 * @param force - overrides of the foreign force (policy, bases, …)
 * @returns the scenario input
 */
export function genericSetting(
  name: string,
  description: string,
  militia: Partial<MilitiaInput> = {},
  force: Partial<ForceInput> = {},
): ScenarioInput {
  return {
    name,
    description: `${description} Generic setting: every number is an assumption chosen for illustration.`,
    start: '2025-01-01',
    horizonDays: 365,
    militias: [
      {
        id: 'militia',
        baseline: 0.1,
        branchingRatio: 0.4,
        decay: 0.5,
        rockets: { mean: 6, dispersion: 2, largeShare: 0 },
        ...militia,
      },
    ],
    foreignForce: {
      name: 'foreign force',
      bases: [
        { id: 'main-base', foreignPersonnel: 2000, hostPersonnel: 1000, protection: 0.6 },
        { id: 'embassy', foreignPersonnel: 300, hostPersonnel: 200, protection: 0.7 },
        { id: 'outpost', foreignPersonnel: 150, hostPersonnel: 300, protection: 0.3 },
      ],
      // 0.2 people harmed per unprotected rocket, a quarter of them killed.
      hitProbability: 0.1,
      victimsPerHit: 2,
      lethality: 0.25,
      ...force,
    },
  };
}
