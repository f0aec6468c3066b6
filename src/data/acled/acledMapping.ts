import type { EventType } from '../EventRecord.js';

/**
 * One rule mapping ACLED's `event_type` (and optionally `sub_event_type`) to a generic event
 * type; `type: null` excludes matching rows on purpose. Matching ignores case; the first
 * matching rule wins.
 */
export interface AcledMappingRule {
  readonly eventType: string;
  readonly subEventType?: string;
  readonly type: EventType | null;
}

/**
 * The default ACLED → generic mapping, over the six event types of the ACLED codebook:
 *
 * | ACLED event_type / sub_event_type | generic |
 * | --- | --- |
 * | Explosions/Remote violence / Air/drone strike | strike |
 * | Explosions/Remote violence / any other (shelling/artillery/missile, IED, grenade, …) | attack |
 * | Battles / any | attack |
 * | Violence against civilians / any | attack |
 * | Protests / any, Riots / any | political |
 * | Strategic developments / Agreement | political |
 * | Strategic developments / any other (arrests, looting, bases established, …) | excluded |
 *
 * Why: rocket and mortar fire (ACLED's "Shelling/artillery/missile attack") is what the
 * militia process counts, and retaliation by a foreign force is mostly coded "Air/drone
 * strike". Override by passing your own rules first: `[...mine, ...ACLED_DEFAULT_MAPPING]`.
 */
export const ACLED_DEFAULT_MAPPING: readonly AcledMappingRule[] = [
  { eventType: 'Explosions/Remote violence', subEventType: 'Air/drone strike', type: 'strike' },
  { eventType: 'Explosions/Remote violence', type: 'attack' },
  { eventType: 'Battles', type: 'attack' },
  { eventType: 'Violence against civilians', type: 'attack' },
  { eventType: 'Protests', type: 'political' },
  { eventType: 'Riots', type: 'political' },
  { eventType: 'Strategic developments', subEventType: 'Agreement', type: 'political' },
  { eventType: 'Strategic developments', type: null },
];

/**
 * The generic type for an ACLED row under a list of rules.
 *
 * @param rules - mapping rules, first match wins
 * @param eventType - the row's `event_type`
 * @param subEventType - the row's `sub_event_type`
 * @returns the generic type, `null` when a rule excludes the row, `undefined` when no rule matches
 * @example
 * mapAcledType(ACLED_DEFAULT_MAPPING, 'Explosions/Remote violence', 'Shelling/artillery/missile attack');
 * // => 'attack'
 */
export function mapAcledType(
  rules: readonly AcledMappingRule[],
  eventType: string,
  subEventType: string,
): EventType | null | undefined {
  const et = eventType.trim().toLowerCase();
  const st = subEventType.trim().toLowerCase();
  const rule = rules.find(
    (r) =>
      r.eventType.toLowerCase() === et &&
      (r.subEventType === undefined || r.subEventType.toLowerCase() === st),
  );
  return rule === undefined ? undefined : rule.type;
}
