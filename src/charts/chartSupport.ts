// Small helpers shared by the chart builders: the schema URL, dates and argument checks.
import type { TopLevelSpec } from 'vega-lite';
import { describeValue } from '../util/requireArgument.js';

/** The Vega-Lite schema the builders write (a name only: nothing is fetched). */
export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/** A Vega-Lite specification as the builders return it: plain JSON. */
export type ChartSpec = TopLevelSpec;

const DAY_MS = 86_400_000;

/** Milliseconds since 1970 of an ISO date (midnight UTC) or date-time. */
export function isoToMs(iso: string): number {
  return Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
}

/** The ISO date-time `days` after `startMs`. */
export function dayToIso(startMs: number, days: number): string {
  return new Date(startMs + days * DAY_MS).toISOString();
}

/** Days between two instants in milliseconds. */
export function msToDays(ms: number): number {
  return ms / DAY_MS;
}

/** A result argument must be an object; the message says which builder wanted what. */
export function requireResult(name: string, value: unknown, expected: string): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new TypeError(`${name} must be ${expected}, received ${describeValue(value)}`);
}

/** A field a chart needs: present and an array, or an error naming it and how to get it. */
export function requireList<T>(name: string, value: unknown, how: string): readonly T[] {
  if (!Array.isArray(value))
    throw new RangeError(`${name} is missing (received ${describeValue(value)}): ${how}`);
  return value as readonly T[];
}
