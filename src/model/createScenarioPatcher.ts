import { z } from 'zod';
import type { Policy } from '../policies/types.js';
import { getScenarioValue } from '../scenario/paths/getScenarioValue.js';
import { Scenario, scenarioRuleIssues } from '../scenario/Scenario.js';
import { ScenarioError } from '../scenario/ScenarioError.js';
import { scenarioErrorMap } from '../scenario/scenarioErrorMap.js';
import { requireArrayLike } from '../util/requireArgument.js';
import {
  type CompiledScenario,
  type CompileOptions,
  compileScenario,
  compileValidScenario,
} from './compileScenario.js';

/** Compiles copies of one scenario with numbers set at fixed paths. */
export interface ScenarioPatcher {
  readonly paths: readonly string[];
  /**
   * The scenario with `values[i]` at `paths[i]`, compiled.
   *
   * @throws ScenarioError when a value breaks a rule of the schema (the same error
   *   compileScenario gives for that scenario)
   */
  compile(values: readonly number[]): CompiledScenario;
  /**
   * The same, with a refusal returned instead of thrown: the ScenarioError's message, kept
   * per distinct rule broken, so that a draw outside the rules costs little more than its
   * checks (calibration refuses many).
   */
  tryCompile(values: readonly number[]): CompiledScenario | { readonly refused: string };
}

/** Options: imposed strikes, and a policy (or a policy made from each patched scenario). */
export interface PatcherOptions {
  readonly imposedStrikes?: CompileOptions['imposedStrikes'];
  readonly policy?: Policy | ((scenario: Scenario) => Policy);
}

/** Distinct refusals whose whole-scenario issues are kept (a bound on memory). */
const MAX_CACHED_REFUSALS = 1000;

/** A sub-tree to parse again after a patch: its keys from the root, and its schema. */
interface Check {
  readonly keys: readonly string[];
  readonly schema: z.ZodType;
  /** A quick test that implies the schema accepts (a number within its bounds), if any. */
  readonly accepts?: (value: unknown) => boolean;
}

/**
 * Set numbers at dotted paths of a complete scenario and compile the result, many times,
 * without parsing the whole scenario for each set of values: the step every draw of a
 * calibration, a sweep or a sensitivity analysis takes.
 *
 * Why: validating and compiling a whole scenario costs dozens of simulated runs. Only the
 * numbers at the paths change, so only their own schemas (a number's bounds within
 * SCENARIO_LIMITS), the objects along the paths that carry a rule of their own (the
 * thresholds' order) and the scenario-wide rules (stability) are checked again. A value
 * that fails any of them is passed to compileScenario, which validates the whole scenario
 * and throws its usual ScenarioError: the result is always what compileScenario would give,
 * and a compiled scenario still comes only from checked numbers.
 *
 * @param scenario - a complete scenario (from defineScenario or a preset)
 * @param paths - dotted paths of numeric fields
 * @param options - imposed strikes; a policy or a function that makes one from the scenario
 * @returns the patcher
 * @throws ScenarioPathError for a path that names no numeric field
 * @example
 * const patcher = createScenarioPatcher(presets.restraint, ['militias.0.baseline']);
 * patcher.compile([0.2]).baseline[0]; // => 0.2
 */
export function createScenarioPatcher(
  scenario: Scenario,
  paths: readonly string[],
  options: PatcherOptions = {},
): ScenarioPatcher {
  requireArrayLike('paths', paths, 'an array of dotted paths');
  const keys = paths.map((path, i) => {
    getScenarioValue(scenario, path, `paths[${i}]`);
    return path.split('.');
  });
  const checks = dedupe(keys.flatMap(checksAlong));
  const { policy, imposedStrikes } = options;
  const compileOptions = (s: Scenario): CompileOptions => ({
    ...(imposedStrikes === undefined ? {} : { imposedStrikes }),
    ...(policy === undefined ? {} : { policy: typeof policy === 'function' ? policy(s) : policy }),
  });
  // Validated once; its samplers and policy serve every patch that leaves their objects alone.
  const reference = compileScenario(scenario, compileOptions(scenario));
  const refusals = new Map<string, Refusal>();
  const name = scenario.name;
  return {
    paths: [...paths],
    compile(values) {
      const result = attempt(values);
      if ('refused' in result) throw new ScenarioError(new z.ZodError([...result.issues]), name);
      return result;
    },
    tryCompile(values) {
      const result = attempt(values);
      return 'refused' in result ? { refused: result.refused } : result;
    },
  };

  function attempt(values: readonly number[]): CompiledScenario | Refusal {
    if (values.length !== paths.length)
      throw new RangeError(
        `values must have one entry per path (${paths.length}), received ${values.length}`,
      );
    const patched = withValues(scenario, keys, values);
    const failures: string[] = [];
    for (const c of checks) {
      const value = valueAt(patched, c.keys);
      if (c.accepts?.(value)) continue;
      const result = c.schema.safeParse(value, { error: scenarioErrorMap });
      if (!result.success)
        for (const issue of result.error.issues)
          failures.push(`${[...c.keys, ...issue.path].join('.')}: ${issue.message}`);
    }
    failures.push(...scenarioRuleIssues(patched));
    if (failures.length === 0)
      return compileValidScenario(patched, compileOptions(patched), reference);
    // The whole scenario's error depends only on the rules broken (and the values they
    // quote): validate it whole once per distinct failure, then reuse its issues.
    const key = failures.join('\n');
    const known = refusals.get(key);
    if (known !== undefined) return known;
    try {
      return compileScenario(patched, compileOptions(patched));
    } catch (error) {
      if (!(error instanceof ScenarioError)) throw error;
      const refusal = { refused: error.message, issues: error.issues };
      if (refusals.size < MAX_CACHED_REFUSALS) refusals.set(key, refusal);
      return refusal;
    }
  }
}

/** A ScenarioError's message and issues. */
interface Refusal {
  readonly refused: string;
  readonly issues: readonly z.core.$ZodIssue[];
}

/**
 * The schemas to check after setting the number at `keys`: the number's own, and those of
 * the objects along the way with a rule that reads their values. A union (a policy's
 * parameters) is checked whole, as the branch that applies depends on the value.
 */
function checksAlong(keys: readonly string[]): Check[] {
  const checks: Check[] = [];
  let schema = unwrap(Scenario as unknown as z.ZodType);
  for (let depth = 0; depth < keys.length; depth++) {
    const key = keys[depth] as string;
    const def = defOf(schema);
    let child: z.ZodType | undefined;
    if (def.type === 'object') child = (def.shape as Record<string, z.ZodType>)[key];
    else if (def.type === 'array') child = def.element as z.ZodType;
    else if (def.type === 'record') child = def.valueType as z.ZodType;
    if (child === undefined) {
      checks.push({ keys: keys.slice(0, depth), schema });
      return checks;
    }
    schema = unwrap(child);
    if (depth < keys.length - 1 && readsValues(schema))
      checks.push({ keys: keys.slice(0, depth + 1), schema });
  }
  const accepts = numberTest(schema);
  checks.push(accepts === undefined ? { keys, schema } : { keys, schema, accepts });
  return checks;
}

/**
 * For a number schema whose only rules are bounds (and perhaps being an integer), the same
 * test as a plain function; undefined for any other schema. A value it refuses still goes to
 * the schema, for zod's message.
 */
function numberTest(schema: z.ZodType): ((value: unknown) => boolean) | undefined {
  const def = defOf(schema);
  if (def.type !== 'number' || !(def.format === undefined || def.format === 'safeint'))
    return undefined;
  const integer = def.format === 'safeint';
  let min = Number.NEGATIVE_INFINITY;
  let max = Number.POSITIVE_INFINITY;
  let minInclusive = true;
  let maxInclusive = true;
  for (const check of (def.checks ?? []) as { _zod: { def: Record<string, unknown> } }[]) {
    const { check: kind, value, inclusive } = check._zod.def;
    if (typeof value !== 'number') return undefined;
    // The strictest of each kind applies.
    if (kind === 'greater_than') {
      if (value > min || (value === min && inclusive !== true)) {
        min = value;
        minInclusive = inclusive === true;
      }
    } else if (kind === 'less_than') {
      if (value < max || (value === max && inclusive !== true)) {
        max = value;
        maxInclusive = inclusive === true;
      }
    } else return undefined;
  }
  return (v) =>
    typeof v === 'number' &&
    Number.isFinite(v) &&
    (integer ? Number.isSafeInteger(v) : true) &&
    (minInclusive ? v >= min : v > min) &&
    (maxInclusive ? v <= max : v < max);
}

interface Def {
  type: string;
  [key: string]: unknown;
}

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/** The schema inside defaults and optionals (a value is always present after a patch). */
function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  for (;;) {
    const def = defOf(s);
    if (['default', 'prefault', 'optional', 'nullable'].includes(def.type))
      s = def.innerType as z.ZodType;
    else return s;
  }
}

/** Whether a container schema has a rule beyond its length (e.g. ordered thresholds). */
function readsValues(schema: z.ZodType): boolean {
  const checks = (defOf(schema).checks ?? []) as { _zod: { def: { check: string } } }[];
  return checks.some(
    (c) => !['min_length', 'max_length', 'length_equals'].includes(c._zod.def.check),
  );
}

function dedupe(checks: readonly Check[]): Check[] {
  const seen = new Map<string, Check>();
  for (const c of checks) seen.set(c.keys.join('.'), c);
  return [...seen.values()];
}

function valueAt(root: unknown, keys: readonly string[]): unknown {
  let value = root;
  for (const key of keys) value = (value as Record<string, unknown>)[key];
  return value;
}

/** A copy with values set; only the objects along the paths are copied, the rest shared. */
function withValues(
  scenario: Scenario,
  keys: readonly (readonly string[])[],
  values: readonly number[],
): Scenario {
  const root: Record<string, unknown> = { ...scenario };
  const copied = new Set<unknown>([root]);
  keys.forEach((path, i) => {
    let holder = root;
    for (const key of path.slice(0, -1)) {
      let child = holder[key] as Record<string, unknown>;
      if (!copied.has(child)) {
        child = (Array.isArray(child) ? [...child] : { ...child }) as Record<string, unknown>;
        copied.add(child);
        holder[key] = child;
      }
      holder = child;
    }
    holder[path[path.length - 1] as string] = values[i];
  });
  return root as unknown as Scenario;
}
