import type { z } from 'zod';

/**
 * Where a default comes from: fitted to data (`calibrated`), a fact from a source
 * (`documented: <fact>`), or a modelling choice (`assumption`), each optionally with detail.
 */
export type Provenance =
  | 'calibrated'
  | 'assumption'
  | `${'calibrated' | 'documented' | 'assumption'}: ${string}`;

/** The documentation of one numeric parameter. */
export interface ParamDoc<T> {
  /** What the parameter means, one sentence. */
  readonly summary: string;
  /** Its unit, e.g. `per day`, `attacks`, `probability`. */
  readonly unit: string;
  readonly default: T;
  readonly source: Provenance;
}

/**
 * Give a parameter schema its default and a `.describe()` text that states meaning, unit,
 * default and provenance, so the JSON Schema documents every number the same way.
 *
 * @param schema - the constrained schema (e.g. `z.number().min(0)`)
 * @param doc - summary, unit, default and source
 * @returns the schema with default and description
 * @example
 * param(z.number().min(0), { summary: 'Baseline rate.', unit: 'per day', default: 0.1, source: 'assumption' }).description;
 * // => 'Baseline rate. Unit: per day. Default: 0.1. Source: assumption.'
 */
export function param<S extends z.ZodType>(schema: S, doc: ParamDoc<z.output<S>>) {
  return schema
    .default(doc.default as never)
    .describe(
      `${doc.summary} Unit: ${doc.unit}. Default: ${formatDefault(doc.default)}. Source: ${doc.source}.`,
    );
}

function formatDefault(value: unknown): string {
  return typeof value === 'number' ? String(Number(value.toPrecision(6))) : JSON.stringify(value);
}
