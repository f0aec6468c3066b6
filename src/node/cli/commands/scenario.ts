import { defineScenario } from '../../../scenario/defineScenario.js';
import { presets } from '../../../scenario/presets.js';
import type { Scenario } from '../../../scenario/Scenario.js';
import { ScenarioError } from '../../../scenario/ScenarioError.js';
import { scenarioJsonSchema } from '../../../scenario/scenarioJsonSchema.js';
import { parseJsonText } from '../../../util/parseJsonText.js';
import { CliError } from '../CliError.js';
import { type CliIo, emit } from '../io.js';
import { parseCommand } from '../parseOptions.js';
import { readTextFile } from '../readTextFile.js';
import { textTable } from '../textTable.js';
import { toJson } from '../toJson.js';

export const scenarioHelp = `Usage: escalation-sim scenario [<preset | file.json>] [--print] [--schema] [--out FILE]

Show and check scenarios.

  escalation-sim scenario                    list the presets
  escalation-sim scenario <preset> --print   the preset as JSON, every default filled in
  escalation-sim scenario file.json --print  check a scenario file; print it completed
  escalation-sim scenario --schema           the JSON Schema of scenario files (for editors)

A scenario file is JSON: at least "name", "start" (ISO date), "militias" and
"foreignForce"; every omitted number takes its documented default (see --schema for
units, defaults and sources). Start from a preset: 'scenario iraq-2020 --print'.

Options:
  --print      print the scenario as JSON (the default when a scenario is given)
  --schema     print the JSON Schema of a scenario file
  --out FILE   write to FILE instead of stdout
  -h, --help   show this help
`;

/** `escalation-sim scenario`: list presets, print a scenario completed, or the schema. */
export function scenarioCommand(args: readonly string[], io: CliIo): number {
  const parsed = parseCommand(
    'scenario',
    args,
    {
      print: { type: 'boolean' },
      schema: { type: 'boolean' },
      out: { type: 'string' },
    },
    scenarioHelp,
    io,
  );
  if (parsed === null) return 0;
  const { values, positionals } = parsed;
  if (positionals.length > 1)
    throw new CliError(`scenario takes one preset or file, received ${positionals.join(' ')}`, 2);
  const [source] = positionals;
  if (values.schema) {
    if (source !== undefined || values.print)
      throw new CliError('--schema takes no scenario and no --print', 2);
    emit(toJson(scenarioJsonSchema()), values.out, io);
    return 0;
  }
  if (source === undefined) {
    if (values.print)
      throw new CliError("--print needs a preset or a file, e.g. 'scenario iraq-2020 --print'", 2);
    const rows = Object.entries(presets).map(([name, s]) => [name, firstSentence(s.description)]);
    emit(
      `${textTable(['preset', 'what it shows'], rows)}\n\nPrint one with 'escalation-sim scenario <preset> --print'.`,
      values.out,
      io,
    );
    return 0;
  }
  emit(toJson(loadScenarioArgument(source)), values.out, io);
  return 0;
}

/**
 * The scenario a command argument names: a preset, or a JSON file validated with every
 * default filled in.
 *
 * @param source - a preset name or a path to a JSON file
 * @returns the complete scenario
 * @throws CliError: exit 2 for an unknown preset (listing the presets), exit 1 for a file
 *   that cannot be read, is not JSON, or is not a valid scenario (every bad path listed)
 */
export function loadScenarioArgument(source: string): Scenario {
  const preset = (presets as Readonly<Record<string, Scenario>>)[source];
  if (preset !== undefined && Object.hasOwn(presets, source)) return preset;
  if (!/\.json$/i.test(source))
    throw new CliError(
      `unknown preset ${JSON.stringify(source)}; presets: ${Object.keys(presets).join(', ')} (or give a scenario file ending in .json)`,
      2,
    );
  const text = readTextFile(source);
  let input: unknown;
  try {
    input = parseJsonText(text);
  } catch (error) {
    throw new CliError(`${source} is not valid JSON: ${(error as Error).message}`);
  }
  try {
    return defineScenario(input as Parameters<typeof defineScenario>[0]);
  } catch (error) {
    if (error instanceof ScenarioError) throw new CliError(`${source}: ${error.message}`);
    throw error;
  }
}

function firstSentence(text: string): string {
  const sentence = /^.*?\.(\s|$)/.exec(text)?.[0] ?? text;
  const trimmed = sentence.trim().replace(/\.$/, '');
  return trimmed.length > 90 ? `${trimmed.slice(0, 89)}…` : trimmed;
}
