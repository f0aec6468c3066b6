import { ScenarioError } from '../../../scenario/ScenarioError.js';
import { reportHtml } from '../../charts/reportHtml.js';
import { CliError } from '../CliError.js';
import { type CliIo, emit } from '../io.js';
import { decimalOption, parseCommand, seedOption, singleInput } from '../parseOptions.js';
import { RESULT_SOURCES } from '../readResultFile.js';
import { reportOf } from '../reportOf.js';
import { CHART_OPTIONS, readInput } from './plot.js';

export const reportHelp = `Usage: escalation-sim report <preset | scenario.json | result.json> --out report.html [options]

Write one self-contained HTML file (charts as inline SVG, no script, nothing fetched when it
opens) with the charts and tables of an ensemble (give a preset or scenario: it is run), a
policy comparison (compare --json), hypothesis tests (test --json), a calibration
(calibrate --out FILE or --json), a sweep (sweep --json), a sensitivity analysis
(sensitivity --json) or a scenario discovery (discover --json), and what made it: library
version, scenario fingerprint, seed, replicates and policy.

Options:
  --out FILE      the HTML file to write (required)
  --seed S        master seed when a scenario is run (default 1)
  --replicates N  replicates when a scenario is run (default 200)
  --reading R     overlay the 2020 record under reading table, text or wire on the fan
  --outcome O     sweep: the outcome of the heat map; --x P, --y P its parameters
  -h, --help      show this help

Example:
  escalation-sim report iraq-2020 --replicates 100 --reading wire --out report.html
`;

/** `escalation-sim report`: one HTML page of a scenario's ensemble or of a result file. */
export async function reportCommand(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommand('report', args, CHART_OPTIONS, reportHelp, io);
  if (parsed === null) return 0;
  const { values, positionals } = parsed;
  const source = singleInput(
    'report',
    positionals,
    'report needs a preset, a scenario file or a result file (see --help)',
  );
  if (values.out === undefined || !/\.html?$/i.test(values.out))
    throw new CliError(
      `give --out FILE ending in .html${values.out === undefined ? '' : `, received ${JSON.stringify(values.out)}`}`,
      2,
    );
  const input = readInput(source);
  if (input.kind === 'run')
    throw new CliError(
      `report cannot use ${source}: it is ${RESULT_SOURCES.run}; give the preset or scenario file instead and the report runs it`,
      2,
    );
  const settings = {
    seed: seedOption(values.seed ?? '1'),
    replicates: decimalOption('replicates', values.replicates, 1, 100_000) ?? 200,
    ...(values.reading === undefined ? {} : { reading: values.reading }),
    ...(values.outcome === undefined ? {} : { outcome: values.outcome }),
    ...(values.x === undefined ? {} : { x: values.x }),
    ...(values.y === undefined ? {} : { y: values.y }),
  };
  let report: ReturnType<typeof reportOf>;
  try {
    report = reportOf(input, settings);
  } catch (error) {
    if (error instanceof ScenarioError || error instanceof TypeError)
      throw new CliError(`${source}: ${(error as Error).message}`);
    throw error;
  }
  emit(await reportHtml(report), values.out, io);
  return 0;
}
