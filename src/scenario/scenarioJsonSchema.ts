import { z } from 'zod';
import { Scenario } from './Scenario.js';

/**
 * The JSON Schema (draft 2020-12) of a scenario as a user writes it: fields with defaults
 * are optional, and every number's description states its unit, default and source.
 *
 * Why: editors validate and autocomplete scenario files with it; other languages can
 * check inputs before calling the CLI. Computed on demand (it is large).
 *
 * @returns the JSON Schema object
 * @example
 * scenarioJsonSchema().required; // => ['name', 'start', 'militias', 'foreignForce']
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(Scenario, { io: 'input' }) as Record<string, unknown>;
}
