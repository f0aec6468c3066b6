import fc from 'fast-check';
import { OUTCOME_NAMES } from '../../src/model/outcomes.js';
import { runScenario } from '../../src/model/runScenario.js';
import { presets } from '../../src/scenario/presets.js';
import { ScenarioError } from '../../src/scenario/ScenarioError.js';

/**
 * A scenario fuzzer: presets mutated the way an attacker or a careless user would — numbers
 * replaced by extremes, fields deleted, types changed, unknown and prototype keys added,
 * huge arrays and strings, several militias with cross-excitation — and a classifier of what
 * `runScenario` does with each. Every input must be refused with a path (a ScenarioError
 * whose every issue names where) or run to completion with finite outcomes; anything else
 * (another exception, a non-finite outcome, an issue without a path, a polluted prototype)
 * is a defect. The work of one run is bounded by construction (schema bounds, the event and
 * step caps), so no wall-clock limit is asserted.
 */

type Json = unknown;
type Path = readonly (string | number)[];

const EXTREMES: readonly unknown[] = [
  0,
  -0,
  -1,
  1,
  0.5,
  5e-324,
  1e-300,
  -1e-300,
  1e-3,
  1e3,
  1e3 + 1e-9,
  36_525,
  2 ** 31,
  2 ** 53,
  1e16,
  1e308,
  -1e308,
  Number.MAX_VALUE,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  Number.NaN,
];

const ODD_VALUES: readonly unknown[] = [
  null,
  true,
  '',
  '1',
  '=1+1',
  [],
  {},
  [1, 2, 3],
  { name: 'x' },
  'x'.repeat(100_000),
  undefined,
];

const ODD_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'x', ''];

/** Every path to a leaf or a node of a JSON value (objects and arrays). */
function paths(value: Json, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => void paths(v, [...prefix, i], out));
  else if (typeof value === 'object' && value !== null)
    for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
  return out;
}

function numberPaths(value: Json): Path[] {
  return paths(value).filter((p) => typeof get(value, p) === 'number');
}

function get(root: Json, path: Path): unknown {
  let node = root as Record<string | number, unknown> | undefined;
  for (const key of path) node = node?.[key] as Record<string | number, unknown> | undefined;
  return node;
}

/** Set (own property, even for __proto__) or delete (value undefined and remove) at a path. */
function set(root: Json, path: Path, value: unknown, remove = false): Json {
  if (path.length === 0) return value;
  const parent = get(root, path.slice(0, -1));
  if (typeof parent !== 'object' || parent === null) return root;
  const key = path[path.length - 1] as string | number;
  if (remove) {
    if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
    else delete (parent as Record<string | number, unknown>)[key];
  } else
    Object.defineProperty(parent, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return root;
}

/** One mutation, as data so fast-check can print and shrink it. */
type Mutation =
  | { kind: 'extreme'; at: number; value: unknown }
  | { kind: 'delete'; at: number }
  | { kind: 'type'; at: number; value: unknown }
  | { kind: 'key'; at: number; key: string; value: unknown }
  | { kind: 'militias'; count: number; cross: number; seed: number }
  | { kind: 'hugeArray'; at: number; length: number }
  | { kind: 'policy'; spec: unknown };

const POLICIES: readonly unknown[] = [
  { name: 'titForTat' },
  { name: 'massive', params: { targets: 10000 } },
  { name: 'graduated' },
  { name: 'pressureAware' },
  { name: 'expression', strike: 'isAttack', targets: '2^53' },
  { name: 'expression', strike: 'isAttack', delayDays: 'Infinity' },
  { name: 'expression', strike: 'isAttack', targets: '10000', delayDays: 0 },
  { name: 'expression', strike: 'NaN' },
  { name: 'expression', strike: '   ' },
  { name: 'expression', strike: `${'('.repeat(400)}1${')'.repeat(400)}` },
  { name: 'expression', strike: 'constructor.constructor("return process")()' },
  { name: 'casualtyThreshold', params: { threshold: 1e308 } },
];

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('extreme' as const),
      at: fc.nat(),
      value: fc.constantFrom(...EXTREMES),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('type' as const),
      at: fc.nat(),
      value: fc.constantFrom(...ODD_VALUES),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('key' as const),
      at: fc.nat(),
      key: fc.constantFrom(...ODD_KEYS),
      value: fc.constantFrom<unknown>({ polluted: true }, 1, null, 'x'),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('militias' as const),
      count: fc.integer({ min: 2, max: 6 }),
      cross: fc.constantFrom(0, 0.05, 0.2, 0.5, 2, 10, 11),
      seed: fc.nat(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('hugeArray' as const),
      at: fc.nat(),
      length: fc.constantFrom(150, 2_000, 20_000),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('policy' as const),
      spec: fc.constantFrom(...POLICIES),
    }),
  },
);

function pick<T>(list: readonly T[], at: number): T | undefined {
  return list.length === 0 ? undefined : list[at % list.length];
}

function apply(root: Json, m: Mutation): Json {
  const isObject = typeof root === 'object' && root !== null;
  if (!isObject && (m.kind === 'militias' || m.kind === 'policy')) return root;
  switch (m.kind) {
    case 'extreme': {
      const p = pick(numberPaths(root), m.at);
      return p === undefined ? root : set(root, p, m.value);
    }
    case 'delete': {
      const p = pick(paths(root).slice(1), m.at);
      return p === undefined ? root : set(root, p, undefined, true);
    }
    case 'type': {
      // A fresh copy: the constants are shared between inputs and must never alias.
      const p = pick(paths(root), m.at);
      return p === undefined ? root : set(root, p, structuredClone(m.value));
    }
    case 'key': {
      const objects = paths(root).filter((p) => {
        const v = get(root, p);
        return typeof v === 'object' && v !== null && !Array.isArray(v);
      });
      const p = pick(objects, m.at);
      return p === undefined ? root : set(root, [...p, m.key], structuredClone(m.value));
    }
    case 'militias': {
      const r = root as { militias?: unknown; crossExcitation?: unknown };
      const first = Array.isArray(r.militias) ? r.militias[0] : undefined;
      if (typeof first !== 'object' || first === null) return root;
      r.militias = Array.from({ length: m.count }, (_, i) => ({ ...first, id: `m${i}` }));
      r.crossExcitation = Array.from({ length: m.count }, (_, i) =>
        Array.from({ length: m.count }, (_, k) =>
          i === k ? 0 : (((m.seed + i * 7 + k) % 3) * m.cross) / 2,
        ),
      );
      return root;
    }
    case 'hugeArray': {
      const arrays = paths(root).filter((p) => Array.isArray(get(root, p)));
      const p = pick(arrays, m.at);
      if (p === undefined) return root;
      const items = get(root, p) as unknown[];
      const item = items[0] ?? 0;
      return set(
        root,
        p,
        Array.from({ length: m.length }, (_, i) =>
          typeof item === 'object' && item !== null && 'id' in item
            ? { ...item, id: `id${i}` }
            : item,
        ),
      );
    }
    case 'policy': {
      const force = (root as { foreignForce?: unknown }).foreignForce;
      if (typeof force === 'object' && force !== null)
        (force as Record<string, unknown>).policy = structuredClone(m.spec);
      return root;
    }
  }
}

/** A fuzzed scenario input: a preset (shortened, so a run stays cheap) and its mutations. */
export const fuzzedScenario = fc
  .record({
    preset: fc.constantFrom(...(Object.keys(presets) as (keyof typeof presets)[])),
    horizonDays: fc.constantFrom(30, 120, 365),
    mutations: fc.array(mutation, { minLength: 1, maxLength: 4 }),
  })
  .map(({ preset, horizonDays, mutations }) => {
    let input: Json = { ...structuredClone(presets[preset]), horizonDays };
    for (const m of mutations) input = apply(input, m);
    return { preset, mutations, input };
  });

/** What happened to one input. */
export type FuzzOutcome = 'refused-by-path' | 'ran-clean' | 'other';

/** Run one input and classify the result; `detail` says what went wrong for 'other'. */
export function classify(input: unknown, seed: number): { outcome: FuzzOutcome; detail?: string } {
  let outcome: FuzzOutcome;
  let detail: string | undefined;
  try {
    const run = runScenario(input as never, { seed, keepEvents: false });
    const bad = OUTCOME_NAMES.filter((n) => {
      const v = run.outcomes[n];
      return v !== null && !Number.isFinite(v);
    });
    outcome = bad.length === 0 ? 'ran-clean' : 'other';
    if (bad.length > 0) detail = `non-finite outcomes: ${bad.join(', ')}`;
  } catch (error) {
    if (error instanceof ScenarioError && error.issues.length > 0) {
      const pathless = error.issues.filter((i) => i.path.length === 0 && !isRootTypeIssue(i));
      outcome =
        pathless.length === 0 && error.message.length < 20_000 ? 'refused-by-path' : 'other';
      if (outcome === 'other')
        detail = `refused without a path or with a huge message (${error.message.length} characters): ${error.message.slice(0, 300)}`;
    } else if (error instanceof TypeError && /^scenario must be /.test(error.message)) {
      // A root that is not an object at all is refused by the argument check, which names it.
      outcome = 'refused-by-path';
    } else {
      outcome = 'other';
      detail = `${(error as Error)?.name}: ${(error as Error)?.message?.slice(0, 300)}`;
    }
  }
  if (
    Object.keys(Object.prototype).length > 0 ||
    ({} as { polluted?: unknown }).polluted !== undefined
  ) {
    outcome = 'other';
    detail = 'Object.prototype was polluted';
  }
  return detail === undefined ? { outcome } : { outcome, detail };
}

/**
 * Issues of the root itself name their place without a path: a scenario that is not an
 * object, or an unknown top-level key (the message names the key).
 */
function isRootTypeIssue(issue: { code: string }): boolean {
  return issue.code === 'invalid_type' || issue.code === 'unrecognized_keys';
}

/** A mutation as a short text (values cut), for failure reports. */
function describe(m: Mutation): string {
  return JSON.stringify(m, (_, v) =>
    typeof v === 'string' && v.length > 40 ? `${v.slice(0, 20)}…(${v.length} characters)` : v,
  );
}

/**
 * Fuzz `count` inputs from a fixed fast-check seed and tally the classes.
 *
 * @returns counts, and the first few inputs of class 'other' with what went wrong
 */
export function fuzzScenarios(count: number, seed: number) {
  const tally = { tried: 0, 'refused-by-path': 0, 'ran-clean': 0, other: 0 };
  const failures: { preset: string; mutations: string[]; detail: string | undefined }[] = [];
  fc.assert(
    fc.property(fuzzedScenario, fc.nat(), ({ preset, mutations, input }, runSeed) => {
      const { outcome, detail } = classify(input, runSeed);
      tally.tried++;
      tally[outcome]++;
      if (outcome === 'other' && failures.length < 10)
        failures.push({ preset, mutations: mutations.map(describe), detail });
    }),
    { numRuns: count, seed },
  );
  return { tally, failures };
}
