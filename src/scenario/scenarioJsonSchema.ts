import { z } from 'zod';
import { Scenario } from './Scenario.js';

/**
 * The JSON Schema (draft 2020-12) of a scenario as a user writes it: fields with defaults
 * are optional, and every number's description states its unit, default and source.
 *
 * Why: editors validate and autocomplete scenario files with it; other languages can
 * check inputs before calling the CLI. Computed on demand (it is large). Save it (`escalation-sim
 * scenario --schema > scenario.schema.json`) and point a file's `$schema` key at it.
 *
 * @returns the JSON Schema object
 * @example
 * scenarioJsonSchema().required; // => ['name', 'start', 'militias', 'foreignForce']
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(Scenario, { io: 'input' }) as Record<string, unknown>;
  // A scenario file may name this schema in a `$schema` key (defineScenario ignores it).
  const properties = schema.properties as Record<string, unknown>;
  schema.properties = {
    $schema: {
      type: 'string',
      description: 'where this file’s JSON Schema is (for editors; ignored by the simulation)',
    },
    ...properties,
  };
  return schema;
}
