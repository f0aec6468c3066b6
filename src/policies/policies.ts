import type { z } from 'zod';
import { CasualtyThresholdParams, casualtyThreshold } from './casualtyThreshold.js';
import { DeliberateParams, deliberate } from './deliberate.js';
import { GenerousTitForTatParams, generousTitForTat } from './generousTitForTat.js';
import { GraduatedParams, graduated } from './graduated.js';
import { MassiveParams, massive } from './massive.js';
import { PressureAwareParams, pressureAware } from './pressureAware.js';
import { ProportionalParams, proportional } from './proportional.js';
import { RestraintParams, restraint } from './restraint.js';
import { TitForTatParams, titForTat } from './titForTat.js';
import type { Policy, PolicyMeta } from './types.js';

/** One catalogue entry: a factory, the metadata of its default instance, its params schema. */
export interface PolicyEntry<S extends z.ZodType> {
  /** Build the policy; omitted parameters take their defaults. */
  create(params?: z.input<S>): Policy;
  /** Metadata of the policy with default parameters (memory depth may change with them). */
  readonly meta: PolicyMeta;
  /** Strict zod object of the parameters, with defaults: validates `params` in JSON scenarios. */
  readonly paramsSchema: S;
}

function entry<S extends z.ZodType>(
  paramsSchema: S,
  create: (params?: z.input<S>) => Policy,
): PolicyEntry<S> {
  return Object.freeze({ create, meta: create().meta, paramsSchema });
}

/**
 * The retaliation policy catalogue, keyed by name: each entry has `create(params?)`, the
 * default `meta` (Axelrod-style classifiers: memory depth, stochastic, reads, references)
 * and a strict `paramsSchema` with defaults, so `{ name: 'graduated', params: { quietDays: 20 } }`
 * in a JSON scenario validates. Custom rules: `customPolicy` (a function) and
 * `expressionPolicy` (mathjs expressions; `name: 'expression'` in `PolicySpec`).
 *
 * @example
 * policies.graduated.create({ quietDays: 20 }).meta.name; // => 'graduated'
 */
export const policies = Object.freeze({
  restraint: entry(RestraintParams, restraint),
  titForTat: entry(TitForTatParams, titForTat),
  casualtyThreshold: entry(CasualtyThresholdParams, casualtyThreshold),
  proportional: entry(ProportionalParams, proportional),
  graduated: entry(GraduatedParams, graduated),
  deliberate: entry(DeliberateParams, deliberate),
  massive: entry(MassiveParams, massive),
  generousTitForTat: entry(GenerousTitForTatParams, generousTitForTat),
  pressureAware: entry(PressureAwareParams, pressureAware),
});

/** The name of a catalogue policy. */
export type PolicyName = keyof typeof policies;
