import { DataError } from '../../data/DataError.js';
import { LIBRARY_VERSION } from '../../version.js';
import { CliError } from './CliError.js';
import { closestOption, optionsInHelp } from './closestOption.js';
import { calibrateCommand } from './commands/calibrate.js';
import { compareCommand } from './commands/compare.js';
import { dataCommand } from './commands/data.js';
import { demoCommand } from './commands/demo.js';
import { discoverCommand } from './commands/discover.js';
import { fitCommand } from './commands/fit.js';
import { mergeCommand } from './commands/merge.js';
import { plotCommand } from './commands/plot.js';
import { reportCommand } from './commands/report.js';
import { runCommand } from './commands/run.js';
import { scenarioCommand } from './commands/scenario.js';
import { sensitivityCommand } from './commands/sensitivity.js';
import { sweepCommand } from './commands/sweep.js';
import { testCommand } from './commands/test.js';
import type { CliIo } from './io.js';
import { UnknownOptionError } from './parseOptions.js';

const usage = `Usage: escalation-sim <command> [options]

Simulate escalation and retaliation between armed actors, calibrate to documented event
sequences, and test deterrence hypotheses.

Commands:
  run <preset | file.json>   run an ensemble and summarise every outcome
  compare <preset | file>    compare policies on common random numbers (paired)
  test <H1…H4 | all | file>  test a deterrence hypothesis: estimate, p-value, verdict
  sweep <preset | file>      sweep numeric fields over a grid or Latin hypercube
  sensitivity <preset|file>  Morris or Sobol indices of an outcome over parameter ranges
  discover <preset | file>   scenario discovery: PRIM on a Latin-hypercube sweep
  merge <shard.json …>       combine the shards of a run, compare, sweep or sensitivity
                             (--shard I/N) into exactly the whole result
  scenario [<preset | file>] list presets, print a scenario completed, or --schema
  fit <file | iraq-2020:R>   fit the self-exciting attack process to event times
  calibrate <iraq-2020 | f>  calibrate a scenario to a record by ABC: posterior, predictions
  data iraq-2020             export the embedded 2020 data set (CSV or JSON)
  demo                       fit every reading of the 2020 sequence and compare
  plot <kind> <input>        draw a chart (SVG, PNG or Vega-Lite) of a result or a run
  report <input>             a self-contained HTML report of a scenario or a result

Run 'escalation-sim <command> --help' for a command's options; 'escalation-sim --version'
prints the version.
`;

// Each command prints its own --help.
const commands: Record<string, (args: readonly string[], io: CliIo) => number | Promise<number>> = {
  run: runCommand,
  compare: compareCommand,
  test: testCommand,
  sweep: sweepCommand,
  sensitivity: sensitivityCommand,
  discover: discoverCommand,
  merge: mergeCommand,
  scenario: scenarioCommand,
  fit: fitCommand,
  calibrate: calibrateCommand,
  data: dataCommand,
  demo: demoCommand,
  plot: plotCommand,
  report: reportCommand,
};

/**
 * Run the CLI on an argument list and return its exit code (a Promise when the command
 * runs on worker threads: `run --workers N`). Errors in the input become a
 * one-paragraph message on stderr (exit 1, or 2 for usage); never a stack trace unless
 * ESCALATION_SIM_DEBUG is set.
 */
export function runCli(argv: readonly string[], io: CliIo): number | Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage);
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-V') {
    io.stdout(`${LIBRARY_VERSION}\n`);
    return 0;
  }
  const command = commands[name];
  if (command === undefined) {
    io.stderr(
      `escalation-sim: unknown command "${name}"; commands: ${Object.keys(commands).join(', ')}. Run 'escalation-sim --help'.\n`,
    );
    return 2;
  }
  const fail = (error: unknown): number => {
    if (process.env.ESCALATION_SIM_DEBUG) throw error;
    if (error instanceof UnknownOptionError) {
      io.stderr(`escalation-sim ${name}: ${suggestOption(error, command)}\n`);
      return 2;
    }
    const known =
      error instanceof CliError || error instanceof DataError || error instanceof RangeError;
    const message = known
      ? (error as Error).message
      : `unexpected failure: ${(error as Error).message ?? String(error)}`;
    io.stderr(`escalation-sim ${name}: ${message}\n`);
    return error instanceof CliError ? error.exitCode : 1;
  };
  try {
    const code = command(args, io);
    return typeof code === 'number' ? code : code.catch(fail);
  } catch (error) {
    return fail(error);
  }
}

// "unknown option --replicats; did you mean --replicates?", the candidates read from the
// command's own --help so the list never drifts from what the command accepts.
function suggestOption(
  error: UnknownOptionError,
  command: (args: readonly string[], io: CliIo) => number | Promise<number>,
): string {
  let help = '';
  command(['--help'], { stdout: (text) => (help += text), stderr: () => {} });
  const valid = optionsInHelp(help);
  const closest = closestOption(error.option, valid);
  return closest !== undefined
    ? `unknown option ${error.option}; did you mean ${closest}? See 'escalation-sim ${error.command} --help'`
    : `unknown option ${error.option}; ${error.command} takes ${valid.join(', ')}`;
}
