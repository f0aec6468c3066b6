// The TypeScript declarations of the scenario types, generated from the zod schemas: the
// one source of their descriptions, units, defaults, bounds and provenance.
// scripts/generate-scenario-types.ts writes them to src/scenario/scenarioTypes.ts;
// test/scenario/scenarioTypes.test.ts fails when that file differs from what this produces.
import { z } from 'zod';
import { policies } from '../src/policies/policies.js';
import { PolicySpec } from '../src/policies/PolicySpec.js';
import { BaseSpec } from '../src/scenario/BaseSpec.js';
import { DomesticPressureSpec, ForeignForceSpec } from '../src/scenario/ForeignForceSpec.js';
import {
  HostGovernmentSpec,
  HostPressureSpec,
  HostThresholdsSpec,
} from '../src/scenario/HostGovernmentSpec.js';
import { MilitiaSpec, RocketsSpec } from '../src/scenario/MilitiaSpec.js';
import { Scenario } from '../src/scenario/Scenario.js';

const MODES = ['output', 'input'] as const;
type Mode = (typeof MODES)[number];

interface Named {
  /** The public name of the type (the schema's own name). */
  readonly name: string;
  /** The module that declares it, relative to src/scenario/. */
  readonly from: string;
  readonly schema: z.ZodType;
}

const policyParams: Named[] = Object.entries(policies).map(([key, factory]) => {
  const name = `${key[0]?.toUpperCase()}${key.slice(1)}Params`;
  return {
    name,
    from: `../policies/${key}.js`,
    schema: factory.paramsSchema as z.ZodType,
  };
});

/** The named schemas, each declared once and referred to by name elsewhere. */
export const NAMED: readonly Named[] = [
  {
    name: 'Scenario',
    from: './Scenario.js',
    schema: Scenario,
  },
  {
    name: 'MilitiaSpec',
    from: './MilitiaSpec.js',
    schema: MilitiaSpec,
  },
  {
    name: 'RocketsSpec',
    from: './MilitiaSpec.js',
    schema: RocketsSpec,
  },
  {
    name: 'ForeignForceSpec',
    from: './ForeignForceSpec.js',
    schema: ForeignForceSpec,
  },
  {
    name: 'DomesticPressureSpec',
    from: './ForeignForceSpec.js',
    schema: DomesticPressureSpec,
  },
  {
    name: 'BaseSpec',
    from: './BaseSpec.js',
    schema: BaseSpec,
  },
  {
    name: 'HostGovernmentSpec',
    from: './HostGovernmentSpec.js',
    schema: HostGovernmentSpec,
  },
  {
    name: 'HostPressureSpec',
    from: './HostGovernmentSpec.js',
    schema: HostPressureSpec,
  },
  {
    name: 'HostThresholdsSpec',
    from: './HostGovernmentSpec.js',
    schema: HostThresholdsSpec,
  },
  {
    name: 'PolicySpec',
    from: '../policies/PolicySpec.js',
    schema: PolicySpec,
  },
  ...policyParams,
];

const def = (schema: z.ZodType) =>
  (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;

/** The declared name of a schema in a mode: `MilitiaSpec` or `MilitiaSpecInput`. */
function typeName(named: Named, mode: Mode): string {
  return mode === 'output' ? named.name : `${named.name}Input`;
}

function lookup(schema: z.ZodType): Named | undefined {
  return NAMED.find((n) => n.schema === schema);
}

/** The TypeScript type of a schema in a mode, referring to named schemas by name. */
function typeOf(schema: z.ZodType, mode: Mode, indent: string, top?: Named): string {
  const named = lookup(schema);
  if (named !== undefined && named !== top) return typeName(named, mode);
  const d = def(schema);
  switch (d.type) {
    case 'number':
      return 'number';
    case 'string':
      return 'string';
    case 'boolean':
      return 'boolean';
    case 'literal':
      return (d.values as unknown[]).map((v) => JSON.stringify(v)).join(' | ');
    case 'enum':
      return Object.values(d.entries as Record<string, string>)
        .map((v) => `'${v}'`)
        .join(' | ');
    case 'array': {
      const element = typeOf(d.element as z.ZodType, mode, indent);
      return /[|&]/.test(element) ? `(${element})[]` : `${element}[]`;
    }
    case 'record':
      return `Record<${typeOf(d.keyType as z.ZodType, mode, indent)}, ${typeOf(d.valueType as z.ZodType, mode, indent)}>`;
    case 'union':
      return [...new Set((d.options as z.ZodType[]).map((o) => typeOf(o, mode, indent)))].join(
        ' | ',
      );
    case 'optional':
    case 'default':
    case 'prefault':
      return typeOf(d.innerType as z.ZodType, mode, indent);
    case 'object':
      return objectBody(schema, mode, indent);
    default:
      throw new Error(`no declaration for a zod ${d.type} schema`);
  }
}

/** Whether a property is optional in a mode, and the schema whose type it has. */
function property(schema: z.ZodType, mode: Mode): { optional: boolean; inner: z.ZodType } {
  const d = def(schema);
  if (d.type === 'optional') return { optional: true, inner: d.innerType as z.ZodType };
  if (d.type === 'default' || d.type === 'prefault')
    return { optional: mode === 'input', inner: d.innerType as z.ZodType };
  return { optional: false, inner: schema };
}

function objectBody(schema: z.ZodType, mode: Mode, indent: string): string {
  const shape = def(schema).shape as Record<string, z.ZodType>;
  // zod infers an object without fields as a record of nothing.
  if (Object.keys(shape).length === 0) return 'Record<string, never>';
  const lines = ['{'];
  for (const [key, field] of Object.entries(shape)) {
    const { optional, inner } = property(field, mode);
    lines.push(...docComment(field, `${indent}  `));
    const type = typeOf(inner, mode, `${indent}  `);
    lines.push(`${indent}  ${key}${optional ? '?' : ''}: ${type}${optional ? ' | undefined' : ''};`);
  }
  lines.push(`${indent}}`);
  return lines.join('\n');
}

/** A field's TSDoc: its description split into summary, unit, default and source, and its bounds. */
function docComment(field: z.ZodType, indent: string): string[] {
  const description = field.description ?? innerDescription(field);
  const json = z.toJSONSchema(field, { io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  const parts = /^(.*?)(?: Unit: (.*?)\.)?(?: Default: (.*?)\.)?(?: Source: (.*)\.)?$/s.exec(
    description ?? '',
  );
  const [, summary, unit, fallback, source] = parts ?? [];
  const lines: string[] = [];
  if (summary) lines.push(...wrap(summary, indent));
  const facts: string[] = [];
  if (unit) facts.push(`Unit: ${unit}.`);
  const bound = bounds(json);
  if (bound) facts.push(`Bounds: ${bound}.`);
  if (source) facts.push(`Source: ${source}.`);
  if (fallback && json.default === undefined) facts.push(`Default: ${fallback}.`);
  if (facts.length > 0) {
    if (lines.length > 0) lines.push('');
    for (const fact of facts) lines.push(...wrap(fact, indent));
  }
  if (json.default !== undefined) lines.push('', `@defaultValue ${formatDefault(json.default)}`);
  if (lines.length === 0) return [];
  return [`${indent}/**`, ...lines.map((l) => (l === '' ? `${indent} *` : `${indent} * ${l}`)), `${indent} */`];
}

// A wrapper (default, optional) without its own description: the wrapped schema's, or a
// link to the named type it is.
function innerDescription(field: z.ZodType): string | undefined {
  const d = def(field);
  const inner = (d.innerType as z.ZodType | undefined) ?? field;
  const named = lookup(inner);
  return inner.description ?? (named === undefined ? undefined : `See {@link ${named.name}}.`);
}

function formatDefault(value: unknown): string {
  if (typeof value === 'number') return String(Number(value.toPrecision(6)));
  const text = JSON.stringify(value);
  return text === '{}' ? 'every field at its default' : `\`${text}\``;
}

function bounds(json: Record<string, unknown>): string {
  const out: string[] = [];
  if (json.type === 'integer') out.push('a whole number');
  if (typeof json.minimum === 'number') out.push(`≥ ${json.minimum}`);
  if (typeof json.exclusiveMinimum === 'number') out.push(`> ${json.exclusiveMinimum}`);
  if (typeof json.maximum === 'number') out.push(`≤ ${json.maximum}`);
  if (typeof json.exclusiveMaximum === 'number') out.push(`< ${json.exclusiveMaximum}`);
  if (json.minLength === 1) out.push('not empty');
  else if (typeof json.minLength === 'number' && json.minLength > 1)
    out.push(`at least ${json.minLength} characters`);
  if (typeof json.maxLength === 'number') out.push(`at most ${json.maxLength} characters`);
  if (typeof json.minItems === 'number' && json.minItems > 0)
    out.push(`at least ${count(json.minItems, 'item')}`);
  if (typeof json.maxItems === 'number') out.push(`at most ${count(json.maxItems, 'item')}`);
  return out.join(', ');
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

// TSDoc lines of at most about 90 characters, split at spaces.
function wrap(text: string, indent: string): string[] {
  const width = 96 - indent.length - 3;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines.map((l) => l.replaceAll('*/', '*\\/'));
}

/** The generated module's text. */
export function generateScenarioTypes(): string {
  const out: string[] = [
    '// Generated by scripts/generate-scenario-types.ts from the zod schemas; do not edit.',
    '// `npm run generate:types` rewrites it; test/scenario/scenarioTypes.test.ts checks it.',
    '// Each schema module declares its public interface as an extension of the one here,',
    '// and scenarioTypeChecks.ts checks that it and the schema’s inferred type agree.',
  ];
  const imports = new Map<string, string[]>();
  for (const n of NAMED) {
    const list = imports.get(n.from) ?? [];
    list.push(n.name, `${n.name}Input`);
    imports.set(n.from, list);
  }
  out.push("import type { z } from 'zod';");
  for (const [from, names] of [...imports].sort(([a], [b]) => a.localeCompare(b)))
    out.push(`import type { ${names.sort().join(', ')} } from '${from}';`);
  for (const n of NAMED) {
    for (const mode of MODES) {
      const name = `${typeName(n, mode)}Fields`;
      const d = def(n.schema);
      const summary =
        mode === 'output'
          ? `The fields of \`${n.name}\`, generated from its schema.`
          : `The fields of \`${n.name}Input\`: \`${n.name}\` as written, where fields with defaults may be left out.`;
      out.push('', '/**', ...wrap(summary, '').map((l) => ` * ${l}`), ' */');
      const body = d.type === 'object' ? objectBody(n.schema, mode, '') : '';
      if (body.startsWith('{')) out.push(`export interface ${name} ${body}`);
      else if (body !== '') out.push(`export type ${name} = ${body};`);
      else out.push(`export type ${name} =\n  | ${unionMembers(n, mode).join('\n  | ')};`);
    }
  }
  out.push(
    '',
    '// Compile-time check: each declared type and the type zod infers from its schema are',
    '// assignable to each other (typecheck fails here when a schema changes without this file).',
    'type Agree<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;',
    'type Assert<T extends true> = T;',
    '/** Every declared scenario type agrees with its schema (a compile-time check). */',
    'export type DeclaredTypesAgree = [',
    ...NAMED.flatMap((n) => [
      `  Assert<Agree<${n.name}, z.output<typeof ${n.name}>>>,`,
      `  Assert<Agree<${n.name}Input, z.input<typeof ${n.name}>>>,`,
    ]),
    '];',
  );
  return `${out.join('\n')}\n`;
}

function unionMembers(n: Named, mode: Mode): string[] {
  const d = def(n.schema);
  return (d.options as z.ZodType[]).map((o) => typeOf(o, mode, '  '));
}

/** Where the generated declarations live. */
export const SCENARIO_TYPES_FILE = new URL('../src/scenario/scenarioTypes.ts', import.meta.url);
