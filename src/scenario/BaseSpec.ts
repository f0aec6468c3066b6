import { z } from 'zod';
import { SCENARIO_LIMITS as L } from './limits.js';
import { param } from './param.js';
import type { BaseSpecFields, BaseSpecInputFields } from './scenarioTypes.js';

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
  hostExposure: param(z.number().min(0).max(L.weight), {
    summary:
      'Exposure of a host soldier to a rocket that lands on a populated spot, relative to a foreign one: a hit falls among foreign personnel with probability F/(F + hostExposure·H). 1 splits hits by headcount; 0 means host personnel are never where rockets land.',
    unit: 'relative exposure per person',
    default: 1,
    source:
      'assumption: equal exposure per person; on 2020-03-14 at Camp Taji 3 US and 2–4 Iraqi were wounded (source text, wire)',
  }),
});
/**
 * A base that houses foreign forces, often with host forces beside them.
 * Each field's unit, default, bounds and source are in its documentation.
 */
export interface BaseSpec extends BaseSpecFields {}
/** `BaseSpec` as written: fields with defaults may be left out. */
export interface BaseSpecInput extends BaseSpecInputFields {}
