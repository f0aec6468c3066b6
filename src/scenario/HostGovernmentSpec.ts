import { z } from 'zod';
import { SCENARIO_LIMITS as L } from './limits.js';
import { param } from './param.js';

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

/** Pressure levels at which the host government reacts, each when pressure crosses it upward. */
export const HostThresholdsSpec = z
  .strictObject({
    condemnation: param(z.number().positive().max(L.threshold), {
      summary:
        'Pressure at which the government condemns (e.g. the Joint Operations Command statement).',
      unit: 'pressure units',
      default: 1,
      source:
        'documented: the Joint Operations Command condemned the strike of March 2020 as a violation of sovereignty',
    }),
    summon: param(z.number().positive().max(L.threshold), {
      summary: 'Pressure at which the foreign ministry summons the ambassadors.',
      unit: 'pressure units',
      default: 5,
      source:
        'documented: the Foreign Ministry summoned the US and UK ambassadors after one strike that killed five (so ≤ 1 + 5 = 6 with the default jumps)',
    }),
    expulsion: param(z.number().positive().max(L.threshold), {
      summary: 'Pressure at which the government demands that the foreign force leave.',
      unit: 'pressure units',
      default: 12,
      source: 'assumption: above 6, since that strike brought no expulsion demand in the source',
    }),
  })
  .refine((t) => t.condemnation <= t.summon && t.summon <= t.expulsion, {
    message: 'thresholds must be ordered: condemnation ≤ summon ≤ expulsion',
  });

/** The host government: sovereignty pressure, its thresholds, and the withdrawal lag. */
export const HostGovernmentSpec = z.strictObject({
  name: z
    .string()
    .max(L.nameLength)
    .default('host government')
    .describe('A readable name, e.g. "Government of Iraq".'),
  pressure: HostPressureSpec.prefault({}),
  thresholds: HostThresholdsSpec.prefault({}),
  withdrawalLagDays: param(z.number().min(0).max(L.days), {
    summary: 'Days from the expulsion demand to the foreign force’s withdrawal.',
    unit: 'days',
    default: 90,
    source: 'assumption',
  }),
});
export type HostGovernmentSpec = z.infer<typeof HostGovernmentSpec>;
