import { z } from 'zod';
import { SCENARIO_LIMITS as L } from './limits.js';
import { param } from './param.js';
import type {
  HostGovernmentSpecFields,
  HostGovernmentSpecInputFields,
  HostPressureSpecFields,
  HostPressureSpecInputFields,
  HostThresholdsSpecFields,
  HostThresholdsSpecInputFields,
} from './scenarioTypes.js';

/** Sovereignty pressure P(t): jumps per strike and per host death, decays exponentially. */
export const HostPressureSpec = z.strictObject({
  perStrike: param(z.number().min(0).max(L.pressure), {
    summary: 'Pressure added by every foreign strike on host soil.',
    unit: 'pressure units per strike',
    default: 1,
    source: 'assumption: one strike is the unit of pressure',
  }),
  perHostDeath: param(z.number().min(0).max(L.pressure), {
    summary: 'Pressure added per host soldier or policeman killed by a foreign strike.',
    unit: 'pressure units per death',
    default: 1,
    source: 'assumption',
  }),
  perAttack: param(z.number().min(0).max(L.pressure), {
    summary: 'Pressure added by every militia attack on foreign forces on host soil.',
    unit: 'pressure units per attack',
    default: 0,
    source: 'assumption: the source reports reactions to the strike only',
  }),
  decay: param(z.number().positive().max(L.ratePerDay), {
    summary: 'Decay rate of the pressure.',
    unit: 'per day',
    default: 1 / 30,
    source: 'assumption: outrage halves in about three weeks',
  }),
});
/**
 * Sovereignty pressure P(t): jumps per strike and per host death, decays exponentially.
 * Each field's unit, default, bounds and source are in its documentation.
 */
export interface HostPressureSpec extends HostPressureSpecFields {}
/** `HostPressureSpec` as written: fields with defaults may be left out. */
export interface HostPressureSpecInput extends HostPressureSpecInputFields {}

/**
 * Pressure levels at which the host government reacts, each when pressure crosses it upward.
 * They are assumptions meant to be calibrated (put priors on them), not documented facts.
 */
export const HostThresholdsSpec = z
  .strictObject({
    condemnation: param(z.number().positive().max(L.threshold), {
      summary:
        'Pressure at which the government condemns (e.g. the Joint Operations Command statement).',
      unit: 'pressure units',
      default: 1,
      source:
        'assumption: meant to be calibrated; one strike condemns (the Joint Operations Command condemned the strike of March 2020 as a violation of sovereignty, source text)',
    }),
    summon: param(z.number().positive().max(L.threshold), {
      summary: 'Pressure at which the foreign ministry summons the ambassadors.',
      unit: 'pressure units',
      default: 5,
      source:
        'assumption: meant to be calibrated; chosen so that one strike killing five host forces (1 + 5 = 6 with the default jumps) reaches it, as the strike of March 2020 brought the US and UK ambassadors summoned (source text)',
    }),
    expulsion: param(z.number().positive().max(L.threshold), {
      summary: 'Pressure at which the government demands that the foreign force leave.',
      unit: 'pressure units',
      default: 12,
      source:
        'assumption: meant to be calibrated; above the pressure of that strike, which brought no expulsion demand in the source',
    }),
  })
  .refine((t) => t.condemnation <= t.summon && t.summon <= t.expulsion, {
    message: 'thresholds must be ordered: condemnation ≤ summon ≤ expulsion',
  });

/**
 * The host government: sovereignty pressure (from its level at the start), its thresholds,
 * and the withdrawal lag.
 */
export const HostGovernmentSpec = z.strictObject({
  name: z
    .string()
    .max(L.nameLength)
    .default('host government')
    .describe('A readable name, e.g. "Government of Iraq".'),
  initialPressure: param(z.number().min(0).max(L.threshold), {
    summary:
      'Sovereignty pressure P(0) at the start, from events before it (a jump J made d days before the start counts J·e^{−decay·d}); it decays like any other. A threshold it already reaches counts as crossed before the start: it does not fire until pressure has fallen below it and crossed it again.',
    unit: 'pressure units',
    default: 0,
    source: 'assumption: a host at rest unless a scenario says otherwise',
  }),
  pressure: HostPressureSpec.prefault({}),
  thresholds: HostThresholdsSpec.prefault({}),
  withdrawalLagDays: param(z.number().min(0).max(L.days), {
    summary: 'Days from the expulsion demand to the foreign force’s withdrawal.',
    unit: 'days',
    default: 90,
    source: 'assumption',
  }),
});
/**
 * Pressure levels at which the host government reacts, each when pressure crosses it upward.
 * Each field's unit, default, bounds and source are in its documentation.
 */
export interface HostThresholdsSpec extends HostThresholdsSpecFields {}
/** `HostThresholdsSpec` as written: fields with defaults may be left out. */
export interface HostThresholdsSpecInput extends HostThresholdsSpecInputFields {}
/**
 * The host government: its sovereignty pressure and the thresholds of its reactions.
 * Each field's unit, default, bounds and source are in its documentation.
 */
export interface HostGovernmentSpec extends HostGovernmentSpecFields {}
/** `HostGovernmentSpec` as written: fields with defaults may be left out. */
export interface HostGovernmentSpecInput extends HostGovernmentSpecInputFields {}
