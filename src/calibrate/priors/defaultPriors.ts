import type { Prior } from './Prior.js';

/**
 * The branching ratio's prior from the literature: Lewis, Mohler, Brantingham & Bertozzi
 * (2012) found self-excitation behind roughly 37–50% of violent events in Iraq. Beta(4.3, 5.6)
 * has mean 0.434 (the middle of that range) and sd 0.15, wide enough that the range is a
 * belief, not a point: its central 90% runs from about 0.19 to 0.69.
 */
export const LEWIS_2012_BRANCHING_PRIOR: Prior = { type: 'beta', alpha: 4.3, beta: 5.6 };

/**
 * A weakly informative prior set for militia m's attack process, for any scenario: baseline
 * log-uniform over 0.005–2 attacks per day (one attack in 200 days to two a day), the
 * branching ratio from Lewis et al. (2012), the decay log-uniform over 0.05–5 per day (a
 * triggered attack follows within hours to three weeks), and the strike response normal
 * around 0 with sd 2 (a strike provokes or prevents a few attacks, sign unknown).
 *
 * @param militia - the militia's index (default 0)
 * @returns priors by scenario path
 * @example
 * Object.keys(attackProcessPriors()).length; // => 4
 */
export function attackProcessPriors(militia = 0): Record<string, Prior> {
  const at = `militias.${militia}`;
  return {
    [`${at}.baseline`]: { type: 'logUniform', min: 0.005, max: 2 },
    [`${at}.branchingRatio`]: LEWIS_2012_BRANCHING_PRIOR,
    [`${at}.decay`]: { type: 'logUniform', min: 0.05, max: 5 },
    [`${at}.strikeResponse`]: { type: 'normal', mean: 0, sd: 2 },
  };
}

/**
 * The documented default prior set for the `iraq-2020` preset, the one its calibration uses:
 *
 * - the attack process (attackProcessPriors), and the extra attacks per host soldier or
 *   policeman a strike kills (normal around 0, sd 0.5: five deaths move the response by
 *   about ±2.5 attacks);
 * - salvo sizes: the share of large salvos Beta(2, 6) (mean 0.25: "a few salvos of thirty or
 *   more" among mostly small attacks), the small salvo's mean log-uniform over 1.5–12 rockets
 *   or rounds, the large salvo's mean normal(32, 8) truncated to 10–100 (the documented ~30
 *   and 33);
 * - casualties: the chance a rocket lands on a populated spot log-uniform over 0.005–0.5,
 *   people harmed per such hit log-uniform over 1–20, and the share of them killed
 *   Beta(2, 12) (mean 0.14);
 * - host politics: the initial pressure uniform over 0–10 (the host did not start from rest)
 *   and the three thresholds log-uniform over wide ranges (the schema keeps them ordered, so
 *   draws out of order count as outside the prior).
 *
 * @returns priors by scenario path
 * @example
 * iraq2020Priors()['hostGovernment.thresholds.expulsion']?.type; // => 'logUniform'
 */
export function iraq2020Priors(): Record<string, Prior> {
  return {
    ...attackProcessPriors(0),
    'militias.0.hostDeathResponse': { type: 'normal', mean: 0, sd: 0.5 },
    'militias.0.rockets.largeShare': { type: 'beta', alpha: 2, beta: 6 },
    'militias.0.rockets.mean': { type: 'logUniform', min: 1.5, max: 12 },
    'militias.0.rockets.largeMean': { type: 'truncatedNormal', mean: 32, sd: 8, min: 10, max: 100 },
    'foreignForce.hitProbability': { type: 'logUniform', min: 0.005, max: 0.5 },
    'foreignForce.victimsPerHit': { type: 'logUniform', min: 1, max: 20 },
    'foreignForce.lethality': { type: 'beta', alpha: 2, beta: 12 },
    'hostGovernment.initialPressure': { type: 'uniform', min: 0, max: 10 },
    'hostGovernment.thresholds.condemnation': { type: 'logUniform', min: 0.3, max: 10 },
    'hostGovernment.thresholds.summon': { type: 'logUniform', min: 1, max: 30 },
    'hostGovernment.thresholds.expulsion': { type: 'logUniform', min: 3, max: 100 },
  };
}
