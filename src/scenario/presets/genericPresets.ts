import { defineScenario } from '../defineScenario.js';
import type { Scenario } from '../Scenario.js';
import { genericSetting } from './genericSetting.js';

/**
 * `restraint`: the foreign force never strikes. The militia's attacks are a plain Hawkes
 * process (μ = 0.1 per day, n = 0.4, β = 0.5 per day; E[N(365)] ≈ 60): the control against
 * which every retaliation policy is compared, and no host pressure ever builds.
 */
export const restraintPreset: Scenario = defineScenario(
  genericSetting(
    'restraint',
    'The control: no retaliation, attacks follow their own self-exciting dynamics.',
    {},
    {
      policy: { name: 'restraint' },
    },
  ),
);

/**
 * `tit-for-tat-spiral`: every attack draws a quick, careless strike, and strikes provoke —
 * each adds 0.25 expected attacks, and 0.05 more per host soldier it kills — while
 * hitting mostly empty sites (delay 1 day: q ≈ 0.13) that cost the militia little.
 * The effective branching ratio approaches 0.4 + 0.25 + 0.05·E[host killed] ≈ 0.85: attacks
 * and strikes feed each other, host pressure climbs past the expulsion threshold and the
 * force is made to leave (H1 provocation, H3 expulsion).
 */
export const titForTatSpiral: Scenario = defineScenario(
  genericSetting(
    'tit-for-tat-spiral',
    'Strikes provoke: a quick strike after every attack raises the attack rate, and the spiral ends in an expulsion demand.',
    { strikeResponse: 0.25, hostDeathResponse: 0.05, capabilityLossPerHit: 0.02 },
    { policy: { name: 'titForTat', params: { delayDays: 1, targets: 3, care: 0.1 } } },
  ),
);

/**
 * `deterrence-by-denial`: no strikes, but hardened bases (protection 0.9 everywhere:
 * shelters, warning, counter-rocket systems). Attacks go on at the restraint rate; what
 * falls is what they cost — casualties per attack drop by three quarters against the
 * generic bases.
 */
export const deterrenceByDenial: Scenario = defineScenario(
  genericSetting(
    'deterrence-by-denial',
    'Hardened bases and no strikes: attacks continue but cost little.',
    {},
    {
      policy: { name: 'restraint' },
      bases: [
        { id: 'main-base', foreignPersonnel: 2000, hostPersonnel: 1000, protection: 0.9 },
        { id: 'embassy', foreignPersonnel: 300, hostPersonnel: 200, protection: 0.9 },
        { id: 'outpost', foreignPersonnel: 150, hostPersonnel: 300, protection: 0.9 },
      ],
    },
  ),
);

/**
 * `massive-retaliation`: decapitation. Every attack draws a large, deliberate strike (15
 * sites after 4 days: q ≈ 0.43); each occupied site hit removes 30% of the militia's
 * capability, which recovers slowly (1/90 per day), and strikes deter (response −0.5
 * attacks each). Attacks collapse after the first few strikes, at the price of host
 * casualties and pressure.
 */
export const massiveRetaliation: Scenario = defineScenario(
  genericSetting(
    'massive-retaliation',
    'Decapitation: large strikes that find the militia, destroy its capability and deter it.',
    { strikeResponse: -0.5, capabilityLossPerHit: 0.3, recoveryRate: 1 / 90 },
    {
      policy: { name: 'massive', params: { delayDays: 4, targets: 15, care: 0.6 } },
      fightersPerOccupiedSite: 5,
    },
  ),
);
