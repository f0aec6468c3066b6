import { presets } from '../../../scenario/presets.js';
import { ScenarioError } from '../../../scenario/ScenarioError.js';
import { renderChart } from '../../charts/renderChart.js';
import { CliError } from '../CliError.js';
import { CHART_KINDS, type ChartSettings, describeInput } from '../chartKinds.js';
import { type CliIo, emit } from '../io.js';
import { decimalOption, parseCommand, seedOption } from '../parseOptions.js';
import { readResultFile } from '../readResultFile.js';
import { loadScenarioArgument } from './scenario.js';

export const plotHelp = `Usage: escalation-sim plot <kind> <input> --out FILE.svg|FILE.png|FILE.vl.json [options]

Draw a chart of a result file written by another command, or of a run of a preset or
scenario, as SVG or PNG (rendered headlessly with vega) or as the Vega-Lite spec (.json).

Kinds:
${Object.entries(CHART_KINDS)
  .map(([kind, k]) => `  ${kind.padEnd(12)} ${k.summary}`)
  .join('\n')}

Options:
  --out FILE      where to write: .svg, .png or .json (the Vega-Lite spec); required
  --seed S        master seed of the runs (timeline, fan; default 1)
  --replicates N  runs in the fan (default 200)
  --reading R     fan: overlay the 2020 record under reading table, text or wire;
                  marginals, pairs, tolerance, attribution: which record of a calibrate --json
  --outcome O     sweep: the outcome column (default the first .mean column)
  --x P, --y P    sweep: the parameters on the axes (default the first two swept)
  -h, --help      show this help

Example:
  escalation-sim plot fan iraq-2020 --reading wire --replicates 100 --out fan.svg
`;

/** The options of `plot` and `report`: both draw charts of a run or of a result file. */
export const CHART_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  out: { type: 'string' },
  seed: { type: 'string' },
  replicates: { type: 'string' },
  reading: { type: 'string' },
  outcome: { type: 'string' },
  x: { type: 'string' },
  y: { type: 'string' },
} as const;

/** `escalation-sim plot`: one chart to a file. */
export async function plotCommand(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommand('plot', args, CHART_OPTIONS, plotHelp, io);
  if (parsed === null) return 0;
  const { values, positionals } = parsed;
  const kinds = Object.keys(CHART_KINDS).join(', ');
  const [kindName, source, ...extra] = positionals;
  if (kindName === undefined) throw new CliError(`plot needs a chart kind: ${kinds}`, 2);
  const kind = Object.hasOwn(CHART_KINDS, kindName) ? CHART_KINDS[kindName] : undefined;
  if (kind === undefined)
    throw new CliError(`unknown chart kind ${JSON.stringify(kindName)}; kinds: ${kinds}`, 2);
  if (source === undefined)
    throw new CliError(
      `plot ${kindName} needs an input: ${kind.takes.map(describeInput).join(' or ')}`,
      2,
    );
  if (extra.length > 0)
    throw new CliError(`plot takes a kind and one input, received also ${extra.join(' ')}`, 2);
  const out = values.out;
  const format = out === undefined ? undefined : /\.(svg|png|json)$/i.exec(out)?.[1]?.toLowerCase();
  if (out === undefined || format === undefined)
    throw new CliError(
      `give --out FILE ending in .svg, .png or .json (the Vega-Lite spec)${out === undefined ? '' : `, received ${JSON.stringify(out)}`}`,
      2,
    );
  const settings: ChartSettings = {
    seed: seedOption(values.seed ?? '1'),
    replicates: decimalOption('replicates', values.replicates, 1, 100_000) ?? 200,
    ...(values.reading === undefined ? {} : { reading: values.reading }),
    ...(values.outcome === undefined ? {} : { outcome: values.outcome }),
    ...(values.x === undefined ? {} : { x: values.x }),
    ...(values.y === undefined ? {} : { y: values.y }),
  };
  const input = readInput(source);
  if (!kind.takes.includes(input.kind))
    throw new CliError(
      `plot ${kindName} expects ${kind.takes.map(describeInput).join(' or ')}; ${source} is ${describeInput(input.kind)}`,
      2,
    );
  let spec: ReturnType<typeof kind.build>;
  try {
    spec = kind.build(input, settings);
  } catch (error) {
    if (error instanceof ScenarioError || error instanceof TypeError)
      throw new CliError(`${source}: ${(error as Error).message}`);
    throw error;
  }
  if (format === 'json') emit(JSON.stringify(spec, null, 2), out, io);
  else emit(await renderChart(spec, format as 'svg' | 'png'), out, io);
  return 0;
}

/** A preset or scenario file, or a result file that a command wrote. */
export function readInput(
  source: string,
):
  | ReturnType<typeof readResultFile>
  | { kind: 'scenario'; value: ReturnType<typeof loadScenarioArgument> } {
  if (Object.hasOwn(presets, source) || !/\.json$/i.test(source))
    return { kind: 'scenario', value: loadScenarioArgument(source) };
  try {
    return readResultFile(source);
  } catch (error) {
    // Not a result: perhaps a scenario file (whose own errors say what is wrong with it).
    if (error instanceof CliError && /is not a result file/.test(error.message))
      return { kind: 'scenario', value: loadScenarioArgument(source) };
    throw error;
  }
}
