import { z } from 'zod';
import { PolicySpec } from '../policies/PolicySpec.js';
import { BaseSpec } from './BaseSpec.js';
import { SCENARIO_LIMITS as L } from './limits.js';
import { param } from './param.js';
import type {
  DomesticPressureSpecFields,
  DomesticPressureSpecInputFields,
  ForeignForceSpecFields,
  ForeignForceSpecInputFields,
} from './scenarioTypes.js';

/** Domestic pressure D(t) on the foreign force: jumps with own killed and wounded, decays. */
export const DomesticPressureSpec = z.strictObject({
  perKilled: param(z.number().min(0).max(L.pressure), {
    summary: 'Pressure added per own soldier killed.',
    unit: 'pressure units per death',
    default: 1,
    source: 'assumption: one death is the unit of domestic pressure',
  }),
  perWounded: param(z.number().min(0).max(L.pressure), {
    summary: 'Pressure added per own soldier wounded.',
    unit: 'pressure units per wounded',
    default: 0.25,
    source: 'assumption',
  }),
  decay: param(z.number().positive().max(L.ratePerDay), {
    summary: 'Decay rate of domestic pressure.',
    unit: 'per day',
    default: 1 / 30,
    source: 'assumption: the news cycle halves attention in about three weeks',
  }),
});
/**
 * Domestic pressure D(t) on the foreign force: jumps with own killed and wounded, decays.
 * Each field's unit, default, bounds and source are in its documentation.
 */
export interface DomesticPressureSpec extends DomesticPressureSpecFields {}
/** `DomesticPressureSpec` as written: fields with defaults may be left out. */
export interface DomesticPressureSpecInput extends DomesticPressureSpecInputFields {}

/**
 * The foreign force: its bases, what a rocket does there, its domestic pressure, its
 * intelligence and its retaliation policy, and what its strikes find.
 */
export const ForeignForceSpec = z.strictObject({
  name: z
    .string()
    .max(L.nameLength)
    .default('foreign force')
    .describe('A readable name, e.g. "US-led coalition".'),
  bases: z
    .array(BaseSpec)
    .min(1)
    .max(L.bases)
    .describe('Bases housing the force; militias attack these.'),
  hitProbability: param(z.number().min(0).max(1), {
    summary:
      'Probability that one rocket lands on a populated spot (a barracks, a gathering) at an unprotected base; scaled by 1 − protection. Most rockets hurt nobody.',
    unit: 'probability per rocket',
    default: 0.1,
    source:
      'assumption: casualties were reported after 2 of the 10 attacks of early 2020 (wire), both salvos of about 30; with protection 0.5 a 30-rocket salvo then makes 1.5 hits on average; a prior for calibration',
  }),
  victimsPerHit: param(z.number().min(0).max(L.perSite), {
    summary:
      'Mean people killed or wounded by one rocket that lands on a populated spot (negative binomial).',
    unit: 'people per hit',
    default: 5,
    source:
      'assumption: about 17 killed and wounded on 2020-03-11 from ~30 rockets and 6–7 wounded on 2020-03-14 from 33 (source text, wire): a few hits, each harming several people',
  }),
  victimDispersion: param(z.number().min(L.minDispersion).max(L.maxDispersion), {
    summary:
      'Negative-binomial dispersion of the people one hit harms (small: most hits harm one or two, a few harm many).',
    unit: 'unitless',
    default: 1,
    source: 'assumption: geometric-like (k = 1)',
  }),
  lethality: param(z.number().min(0).max(1), {
    summary: 'Probability that a person a rocket harms is killed rather than wounded.',
    unit: 'probability',
    default: 0.12,
    source:
      'documented: 3 killed among about 24 killed and wounded in the attacks of March 2020 (2 US and 1 UK killed, 12–14 wounded on March 11; 3 US and 2–4 Iraqi wounded on March 14; source text and wire)',
  }),
  domesticPressure: DomesticPressureSpec.prefault({}),
  intelligenceDays: param(z.number().positive().max(L.days), {
    summary:
      'Time scale of intelligence: a strike after delay d finds occupied sites with q = 1 − e^{−d/intelligenceDays}.',
    unit: 'days',
    default: 7,
    source:
      'assumption: gives q ≈ 0.16 for the strike 1.25 days after the deadly attack of March 2020, whose targets were "likely empty" (Knights, in the source)',
  }),
  policy: PolicySpec.prefault({ name: 'restraint' }).describe(
    'The retaliation policy: { name, params } from the catalogue, or { name: "expression", strike, … }. Default: restraint (never strikes).',
  ),
  fightersPerOccupiedSite: param(z.number().min(0).max(L.perSite), {
    summary: 'Mean militia fighters killed per occupied site struck (Poisson).',
    unit: 'fighters per site',
    default: 2,
    source: 'assumption: the source reports no militia losses',
  }),
  hostColocatedProbability: param(z.number().min(0).max(1), {
    summary: 'Probability that a struck site holds host soldiers or police.',
    unit: 'probability',
    default: 0.4,
    source:
      'documented: the March 2020 strike on five sites killed men of two units (19th Division, 3rd Babil Police regiment): at least 2 of 5 sites',
  }),
  hostKilledPerColocatedSite: param(z.number().min(0).max(L.perSite), {
    summary:
      'Mean host killed at a co-located site struck with no care and no intelligence; scaled by (1 − care)(1 − q).',
    unit: 'people per site',
    default: 4,
    source:
      'calibrated: 5 host killed (3 soldiers, 2 police; source) = 5 sites · 0.4 · x · (1 − care 0.25) · (1 − q 0.163) gives x ≈ 4',
  }),
  hostWoundedPerColocatedSite: param(z.number().min(0).max(L.perSite), {
    summary:
      'Mean host wounded at a co-located site struck with no care and no intelligence; scaled as above.',
    unit: 'people per site',
    default: 0,
    source: 'assumption: the source reports no host wounded from the strike; 0 unless set',
  }),
});
/**
 * The foreign force: its bases, what a rocket does there, its domestic pressure, its intelligence and its retaliation policy, and what its strikes find.
 * Each field's unit, default, bounds and source are in its documentation.
 */
export interface ForeignForceSpec extends ForeignForceSpecFields {}
/** `ForeignForceSpec` as written: fields with defaults may be left out. */
export interface ForeignForceSpecInput extends ForeignForceSpecInputFields {}
