import { z } from 'zod';
import { spectralRadius } from '../hawkes/spectralRadius.js';
import { ForeignForceSpec } from './ForeignForceSpec.js';
import { HostGovernmentSpec } from './HostGovernmentSpec.js';
import { SCENARIO_LIMITS as L } from './limits.js';
import { MilitiaSpec } from './MilitiaSpec.js';
import { param } from './param.js';
import type { ScenarioFields, ScenarioInputFields } from './scenarioTypes.js';

/**
 * A scenario: who acts, with which parameters, from when and for how long. JSON-serialisable
 * (a policy written as a TypeScript function is passed to `compileScenario` instead),
 * strict (unknown keys are errors), and complete once parsed (every omitted number takes
 * its documented default). The schema value and the parsed type share the name.
 *
 * @example
 * Scenario.parse({ name: 'x', start: '2020-01-01', militias: [{ id: 'm' }], foreignForce: { bases: [{ id: 'b' }] } }).horizonDays;
 * // => 365
 */
const ScenarioShape = z.strictObject({
  name: z.string().min(1).max(L.nameLength).describe('The scenario’s name.'),
  description: z
    .string()
    .max(L.descriptionLength)
    .default('')
    .describe('What the scenario is for, and where its numbers come from.'),
  start: z
    .union([z.iso.date(), z.iso.datetime({ offset: true })], {
      error: (issue) =>
        `must be an ISO date (2020-01-01) or date-time (2020-03-11T19:30:00Z), received ${JSON.stringify(issue.input)}`,
    })
    .describe(
      'Day 0 as an ISO date (2020-01-01, midnight UTC) or date-time; events carry dates from it.',
    ),
  horizonDays: param(z.number().positive().max(L.days), {
    summary: 'Length of the simulated window (at most 100 years).',
    unit: 'days',
    default: 365,
    source: 'assumption: one year',
  }),
  maxEvents: z
    .int()
    .min(1)
    .max(L.maxEvents, {
      error: (issue) =>
        `must be ≤ ${L.maxEvents} attacks per run (one run of more takes minutes), received ${String(issue.input)}`,
    })
    .optional()
    .describe(
      `Stop a run after this many attacks and return a warning. Required for an explosive attack process (spectral radius ≥ 1). Unit: attacks, at most ${L.maxEvents}. Default: none (a safety cap of 100000 applies). Source: a computational bound, not a model parameter.`,
    ),
  cycleWindowDays: param(z.number().positive().max(L.days), {
    summary:
      'Window of the attack → strike → attack cycle outcome: a strike within this many days after an attack, followed by an attack within as many days.',
    unit: 'days',
    default: 7,
    source: 'assumption: holds the documented cycle of March 11 → 13 → 14, 2020',
  }),
  militias: z
    .array(MilitiaSpec)
    .min(1)
    .max(L.militias)
    .describe('The militias that attack the foreign force.'),
  crossExcitation: z
    .array(z.array(z.number().min(0).max(L.branching)).max(L.militias))
    .max(L.militias)
    .optional()
    .describe(
      'Cross-excitation: [m][k] is the expected number of attacks by militia m directly triggered by one attack of militia k (kernel n·β_k·e^{−β_k u}); the diagonal must be 0 (self-excitation is each militia’s branchingRatio). Unit: unitless. Default: no cross-excitation. Source: assumption.',
    ),
  foreignForce: ForeignForceSpec,
  hostGovernment: HostGovernmentSpec.prefault({}),
});

export const Scenario = ScenarioShape.superRefine(checkScenario);
/**
 * A scenario: who acts, with which parameters, from when and for how long; complete, every default filled in (what `defineScenario` returns).
 * Each field's unit, default, bounds and source are in its documentation.
 */
export interface Scenario extends ScenarioFields {}
/** `Scenario` as written: fields with defaults may be left out. */
export interface ScenarioInput extends ScenarioInputFields {}

/**
 * The cross-field rules (unique ids, known target bases, the matrix shape, stability) that a
 * scenario whose every field obeys its own schema breaks, as `path: message` lines: what
 * createScenarioPatcher checks again after setting numbers, instead of parsing the whole
 * scenario.
 *
 * @param scenario - a scenario whose fields each parse
 * @returns the broken rules, none when the scenario is valid
 * @example
 * scenarioRuleIssues(presets['iraq-2020']); // => []
 */
export function scenarioRuleIssues(scenario: Scenario): string[] {
  const issues: string[] = [];
  const ctx = {
    addIssue: (issue: { path?: PropertyKey[]; message?: string }) => {
      issues.push(`${(issue.path ?? []).join('.')}: ${issue.message ?? ''}`);
    },
  } as unknown as z.RefinementCtx;
  checkScenario(scenario, ctx);
  return issues;
}

/** Cross-field rules: unique ids, known target bases, the matrix shape, and stability. */
function checkScenario(scenario: z.output<typeof ScenarioShape>, ctx: z.RefinementCtx): void {
  const bases = scenario.foreignForce.bases.map((b) => b.id);
  const known = new Set(bases);
  const size = scenario.militias.length;
  unique(bases, ['foreignForce', 'bases'], 'base', ctx);
  unique(
    scenario.militias.map((m) => m.id),
    ['militias'],
    'militia',
    ctx,
  );
  scenario.militias.forEach((m, i) => {
    if (m.targetWeights === undefined) return;
    let total = 0;
    for (const [id, w] of Object.entries(m.targetWeights)) {
      if (!known.has(id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['militias', i, 'targetWeights', id],
          message: `unknown base "${id}"; bases are ${listSome(bases)}`,
        });
      } else total += w;
    }
    if (total <= 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['militias', i, 'targetWeights'],
        message: 'weights of known bases must sum to more than 0',
      });
    }
  });
  const matrix = scenario.crossExcitation;
  if (matrix !== undefined) {
    if (matrix.length !== size || matrix.some((row) => row.length !== size)) {
      ctx.addIssue({
        code: 'custom',
        path: ['crossExcitation'],
        message: `must be a ${size}×${size} matrix (one row and column per militia)`,
      });
      return;
    }
    matrix.forEach((row, i) => {
      if (row[i] !== 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['crossExcitation', i, i],
          message: 'diagonal must be 0: self-excitation is the militia’s branchingRatio',
        });
      }
    });
  }
  if (scenario.maxEvents !== undefined) return;
  if (matrix === undefined) {
    scenario.militias.forEach((m, i) => {
      if (m.branchingRatio >= 1)
        ctx.addIssue({
          code: 'custom',
          path: ['militias', i, 'branchingRatio'],
          message: explosive(`branching ratio ${m.branchingRatio}`),
        });
    });
    return;
  }
  const branching = scenario.militias.map((m, i) =>
    scenario.militias.map((_, k) => (i === k ? m.branchingRatio : (matrix[i]?.[k] ?? 0))),
  );
  // A negative or non-finite entry is already a field error; the radius would mean nothing.
  if (branching.some((row) => row.some((v) => !(Number.isFinite(v) && v >= 0)))) return;
  const radius = spectralRadius(branching);
  if (radius >= 1) {
    ctx.addIssue({
      code: 'custom',
      path: ['crossExcitation'],
      message: explosive(
        `spectral radius ${Number(radius.toPrecision(4))} of the branching matrix (branching ratios on the diagonal)`,
      ),
    });
  }
}

function explosive(what: string): string {
  return `explosive attack process: ${what} is ≥ 1, so attacks grow without bound; lower it below 1 or set maxEvents to cap the run`;
}

function unique(
  ids: readonly string[],
  path: (string | number)[],
  what: string,
  ctx: z.RefinementCtx,
): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id))
      ctx.addIssue({
        code: 'custom',
        path: [...path, i, 'id'],
        message: `duplicate ${what} id "${id}"`,
      });
    seen.add(id);
  });
}

/** The first few ids, then how many more (a message stays short with a thousand bases). */
function listSome(ids: readonly string[]): string {
  const shown = ids.slice(0, 10).join(', ');
  return ids.length > 10 ? `${shown} and ${ids.length - 10} more` : shown;
}
