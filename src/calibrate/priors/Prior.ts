import { z } from 'zod';
import { normalCdf } from '../../stats/normalCdf.js';

const finite = z.number().refine(Number.isFinite, { error: 'must be a finite number' });
const positive = finite.refine((x) => x > 0, { error: 'must be > 0' });

const ordered = <T extends { min: number; max: number }>(p: T) => p.min < p.max;
const orderedRule = { error: 'min must be < max', path: ['max'] };

/** What a prior argument may be, for messages. */
export const PRIOR_EXPECTED =
  "a prior such as { type: 'uniform', min: 0, max: 1 } (types: uniform, logUniform, normal, truncatedNormal, beta, gamma, fixed)";

/**
 * A prior distribution of one parameter, as JSON: the same shapes in code, in CLI files and
 * in a saved posterior. Gamma uses shape and rate (mean shape/rate); truncated normal's
 * bounds are optional (one-sided truncation); beta lives on [0, 1].
 *
 * @example
 * Prior.parse({ type: 'logUniform', min: 0.01, max: 1 }).type; // => 'logUniform'
 */
export const Prior = z.discriminatedUnion(
  'type',
  [
    z
      .strictObject({ type: z.literal('uniform'), min: finite, max: finite })
      .refine(ordered, orderedRule),
    z
      .strictObject({ type: z.literal('logUniform'), min: positive, max: positive })
      .refine(ordered, orderedRule),
    z.strictObject({ type: z.literal('normal'), mean: finite, sd: positive }),
    z
      .strictObject({
        type: z.literal('truncatedNormal'),
        mean: finite,
        sd: positive,
        min: finite.optional(),
        max: finite.optional(),
      })
      .refine((p) => p.min === undefined || p.max === undefined || p.min < p.max, orderedRule)
      .refine((p) => truncatedMass(p) > 1e-12, {
        error: 'has no mass: the bounds lie more than 7 standard deviations out in the tail',
      }),
    z.strictObject({ type: z.literal('beta'), alpha: positive, beta: positive }),
    z.strictObject({ type: z.literal('gamma'), shape: positive, rate: positive }),
    z.strictObject({ type: z.literal('fixed'), value: finite }),
  ],
  {
    error: (issue) =>
      issue.code === 'invalid_union'
        ? 'type must be one of uniform, logUniform, normal, truncatedNormal, beta, gamma, fixed'
        : undefined,
  },
);
export type Prior = z.infer<typeof Prior>;

/** Φ((max − mean)/sd) − Φ((min − mean)/sd) for a truncated normal (bounds optional). */
export function truncatedMass(p: {
  mean: number;
  sd: number;
  min?: number | undefined;
  max?: number | undefined;
}): number {
  const lo = p.min === undefined ? 0 : normalCdf((p.min - p.mean) / p.sd);
  const hi = p.max === undefined ? 1 : normalCdf((p.max - p.mean) / p.sd);
  return hi - lo;
}
