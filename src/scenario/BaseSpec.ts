import { z } from 'zod';
import { SCENARIO_LIMITS as L } from './limits.js';
import { param } from './param.js';

/** A base that houses foreign forces, often with host forces beside them. */
export const BaseSpec = z.strictObject({
  id: z
    .string()
    .min(1)
    .max(L.idLength)
    .describe('Identifier, used in events and in militia target weights.'),
  name: z
    .string()
    .max(L.nameLength)
    .optional()
    .describe('A readable name, e.g. "Camp Taji, Baghdad".'),
  foreignPersonnel: param(z.int().min(0).max(L.personnel), {
    summary: 'Foreign personnel present.',
    unit: 'people',
    default: 1000,
    source: 'assumption: an order of magnitude; garrison sizes are not in the source',
  }),
  hostPersonnel: param(z.int().min(0).max(L.personnel), {
    summary: 'Host-nation soldiers and police present at the same base.',
    unit: 'people',
    default: 1000,
    source: 'assumption: an order of magnitude; garrison sizes are not in the source',
  }),
  protection: param(z.number().min(0).max(1), {
    summary:
      'Share of rocket effects the base defences stop (deterrence by denial): shelters, warning, counter-rocket systems.',
    unit: 'fraction',
    default: 0.5,
    source: 'assumption',
  }),
});
export type BaseSpec = z.infer<typeof BaseSpec>;
