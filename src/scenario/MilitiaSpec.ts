import { z } from 'zod';
import { SCENARIO_LIMITS as L } from './limits.js';
import { param } from './param.js';
import type {
  MilitiaSpecFields,
  MilitiaSpecInputFields,
  RocketsSpecFields,
  RocketsSpecInputFields,
} from './scenarioTypes.js';

/**
 * The schema's default attack process: an assumption of the order of magnitude of the 2020
 * rocket campaign in Iraq, for scenarios that leave these numbers out. It is not fitted to
 * any record (the `iraq-2020` preset replaces the baseline by its calibrated value).
 *
 * - baseline μ = 0.075 attacks per day: assumed, about one untriggered attack every two weeks;
 * - branchingRatio n = 0.4: Lewis, Mohler, Brantingham & Bertozzi (2012), self-excitation
 *   behind roughly 37–50% of violent events in Iraq;
 * - decay β = 1/3 per day: assumed, triggered attacks follow within a few days.
 *
 * What these imply, from an empty start (exponential kernel):
 *
 *   E[N(T)] = μT/(1−n) − μn(1 − e^{−(1−n)βT}) / (β(1−n)²)
 *
 * is 120μ = 9 attacks over `windowDays` = 74 days and about 45 over a year: the scale of the
 * nine attacks the 2020 source tabulates, which makes the number plausible but is not a fit
 * (the record starts with its first attack, so it says nothing of the quiet before it).
 */
export const IRAQ_2020_ATTACK_PROCESS = {
  baseline: 0.075,
  branchingRatio: 0.4,
  decay: 1 / 3,
  windowDays: 74,
  windowAttacks: 9,
} as const;

/**
 * Rockets per attack: a two-component mixture of shifted negative binomials. With
 * probability `largeShare` the attack is a large salvo, 1 + NB(largeMean − 1,
 * largeDispersion); otherwise a small one (a handful of rockets or mortar rounds),
 * 1 + NB(mean − 1, dispersion). `largeShare` 0 gives one negative binomial (the model
 * before the mixture). See createSalvoSampler for the moments.
 */
export const RocketsSpec = z
  .strictObject({
    mean: param(z.number().min(1).max(L.rockets), {
      summary:
        'Mean rockets (or mortar rounds) of a small salvo, the typical attack (every attack fires at least one: 1 + NB(mean − 1)).',
      unit: 'rockets',
      default: 4,
      source:
        'assumption: public reporting on early 2020 describes most attacks as a handful of rockets or mortar rounds',
    }),
    dispersion: param(z.number().min(L.minDispersion).max(L.maxDispersion), {
      summary:
        'Negative-binomial dispersion k of a small salvo (variance m + m²/k; larger is closer to Poisson).',
      unit: 'unitless',
      default: 1,
      source: 'assumption: k = 1 is geometric-like, a wide spread',
    }),
    largeShare: param(z.number().min(0).max(1), {
      summary: 'Probability that an attack is a large salvo rather than a small one.',
      unit: 'probability',
      default: 0.2,
      source:
        'assumption: a few salvos of thirty or more among mostly small attacks (2 of the 10 attacks of the wire reading, 2020); a prior for calibration',
    }),
    largeMean: param(z.number().min(1).max(L.rockets), {
      summary: 'Mean rockets of a large salvo (1 + NB(largeMean − 1, largeDispersion)).',
      unit: 'rockets',
      default: 30,
      source:
        'documented: the large salvos on Camp Taji, about 30 rockets on 2020-03-11 (wire) and 33 from seven launchers on 2020-03-14 (source text)',
    }),
    largeDispersion: param(z.number().min(L.minDispersion).max(L.maxDispersion), {
      summary: 'Negative-binomial dispersion of a large salvo.',
      unit: 'unitless',
      default: 10,
      source:
        'assumption: large salvos are of similar size (standard deviation about 10 rockets at mean 30)',
    }),
  })
  .describe(
    'Rockets per attack: a mixture of small salvos and, with probability largeShare, large ones.',
  );

/** One militia: its attack process, its response to strikes, and its capability. */
export const MilitiaSpec = z.strictObject({
  id: z
    .string()
    .min(1)
    .max(L.idLength)
    .describe('Identifier, used in events and to label its random streams.'),
  baseline: param(z.number().min(0).max(L.attacksPerDay), {
    summary: 'Baseline attack rate μ (attacks not triggered by earlier attacks).',
    unit: 'attacks per day',
    default: IRAQ_2020_ATTACK_PROCESS.baseline,
    source:
      'assumption: about one untriggered attack every two weeks, the order of magnitude of the 2020 rocket campaign in Iraq (with the default branchingRatio and decay, 9 attacks expected in 74 days and about 45 in a year); not fitted to any record',
  }),
  branchingRatio: param(z.number().min(0).max(L.branching), {
    summary: 'Branching ratio n: expected follow-on attacks one attack triggers (stable when < 1).',
    unit: 'unitless',
    default: IRAQ_2020_ATTACK_PROCESS.branchingRatio,
    source:
      'documented: Lewis, Mohler, Brantingham & Bertozzi (2012) found self-excitation behind ~37–50% of violent events in Iraq',
  }),
  decay: param(z.number().positive().max(L.ratePerDay), {
    summary: 'Decay β of self-excitation; 1/β is the mean delay of a triggered attack.',
    unit: 'per day',
    default: IRAQ_2020_ATTACK_PROCESS.decay,
    source: 'assumption: triggered attacks follow within a few days (mean 3 days)',
  }),
  strikeResponse: param(z.number().min(-L.response).max(L.response), {
    summary:
      'Expected extra attacks one strike provokes (> 0) or prevents (< 0, deterrence by punishment).',
    unit: 'attacks per strike',
    default: 0,
    source: 'assumption: neutral; its sign is what hypotheses H1 and H4 test',
  }),
  hostDeathResponse: param(z.number().min(-L.response).max(L.response), {
    summary: 'Extra attacks provoked per host soldier or policeman a strike kills.',
    unit: 'attacks per host death',
    default: 0,
    source: 'assumption: neutral; the source argues it is positive (H1)',
  }),
  strikeResponseDecay: param(z.number().positive().max(L.ratePerDay), {
    summary: 'Decay δ of the response to a strike.',
    unit: 'per day',
    default: 1 / 3,
    source: 'assumption: as fast as self-excitation (mean 3 days)',
  }),
  capabilityLossPerHit: param(z.number().min(0).max(1), {
    summary:
      'Fraction of remaining capability (launchers, fighters) one occupied site hit removes.',
    unit: 'fraction',
    default: 0.05,
    source: 'assumption',
  }),
  recoveryRate: param(z.number().min(0).max(L.ratePerDay), {
    summary: 'Rate r of capability recovery, dC/dt = r·(1 − C).',
    unit: 'per day',
    default: 1 / 30,
    source: 'assumption: lost capability is half rebuilt in about three weeks',
  }),
  rockets: RocketsSpec.prefault({}),
  targetWeights: z
    .record(z.string().max(L.idLength), z.number().min(0).max(L.weight))
    .optional()
    .describe(
      'Relative weight of each base (by base id) as a target; bases not listed get 0. Unit: relative weight. Default: equal weights. Source: per preset (iraq-2020: documented attack counts).',
    ),
});
/**
 * Rockets per attack: a mixture of small salvos and, with probability `largeShare`, large ones.
 * Each field's unit, default, bounds and source are in its documentation.
 */
export interface RocketsSpec extends RocketsSpecFields {}
/** `RocketsSpec` as written: fields with defaults may be left out. */
export interface RocketsSpecInput extends RocketsSpecInputFields {}
/**
 * One militia: its attack process, its response to strikes, and its capability.
 * Each field's unit, default, bounds and source are in its documentation.
 */
export interface MilitiaSpec extends MilitiaSpecFields {}
/** `MilitiaSpec` as written: fields with defaults may be left out. */
export interface MilitiaSpecInput extends MilitiaSpecInputFields {}
