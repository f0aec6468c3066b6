import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ReplicateError } from '../../experiments/ReplicateError.js';
import type { ParameterRange } from '../../experiments/sensitivity/ParameterRange.js';
import type { PolicySpecInput } from '../../policies/PolicySpec.js';
import { PolicySpecError } from '../../policies/PolicySpecError.js';
import { ScenarioError } from '../../scenario/ScenarioError.js';
import { CliError } from './CliError.js';
import type { CliIo } from './io.js';
import { numberOption } from './parseOptions.js';
import { progressBar } from './progressBar.js';

/** Options every experiment command takes (node:util parseArgs form). */
export const EXPERIMENT_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  replicates: { type: 'string' },
  seed: { type: 'string' },
  workers: { type: 'string' },
  json: { type: 'boolean' },
  csv: { type: 'boolean' },
  progress: { type: 'boolean' },
  out: { type: 'string' },
} as const;

/** The help lines of the shared options. */
export const EXPERIMENT_OPTIONS_HELP = `  --replicates N  replicates (default %R)
  --seed S        master seed (default 1)
  --workers N     threads (default 1; these commands run on one thread, so only 1 is accepted)
  --json          JSON with what made it: library version, scenario fingerprint, policies
                  with their parameters, seed, replicates
  --csv           CSV (tidy rows)
  --progress      show progress on stderr even when it is not a terminal
  --out FILE      write to FILE (atomically: all or nothing) instead of stdout
  -h, --help      show this help`;

/** Shared settings read from the options. */
export interface ExperimentSettings {
  readonly replicates: number;
  readonly format: 'text' | 'json' | 'csv';
  readonly out: string | undefined;
  readonly progress: ReturnType<typeof progressBar> | undefined;
}

/**
 * Read the shared options: replicates (default given), output format, --out, progress; and
 * refuse --workers above 1.
 */
export function experimentSettings(
  command: string,
  values: {
    replicates?: string;
    workers?: string;
    json?: boolean;
    csv?: boolean;
    progress?: boolean;
    out?: string;
  },
  io: CliIo,
  defaultReplicates: number,
  unit: string,
): ExperimentSettings {
  if (values.json && values.csv) throw new CliError('choose one of --json and --csv', 2);
  const whole = (x: number) => Number.isSafeInteger(x) && x >= 1;
  const replicates =
    numberOption('replicates', values.replicates, whole, 'a whole number >= 1') ??
    defaultReplicates;
  const workers = numberOption('workers', values.workers, whole, 'a whole number >= 1') ?? 1;
  if (workers !== 1)
    throw new CliError(
      `${command} runs on one thread in this version, so --workers must be 1 (received ${workers}); 'run' spreads ensembles over threads`,
      2,
    );
  const tty = process.stderr.isTTY === true;
  return {
    replicates,
    format: values.json ? 'json' : values.csv ? 'csv' : 'text',
    out: values.out,
    progress: values.progress || tty ? progressBar(io, tty, command, unit) : undefined,
  };
}

/**
 * Parse `path=low:high` into a parameter range (the library checks the path and the bounds).
 * @throws CliError naming the option when the form is wrong
 */
export function parseParameter(text: string): ParameterRange {
  const match = /^([^=]+)=([^:]+):(.+)$/.exec(text);
  if (match === null)
    throw new CliError(
      `--param must look like path=low:high (e.g. militias.0.baseline=0.05:0.1), received ${JSON.stringify(text)}`,
      2,
    );
  const [, path, low, high] = match as unknown as [string, string, string, string];
  return { path, low: Number(low), high: Number(high) };
}

/** Policies from `--policies a,b` and repeated `--policy JSON|name`. */
export function parsePolicies(
  list: string | undefined,
  specs: readonly string[] | undefined,
): (string | PolicySpecInput)[] {
  const out: (string | PolicySpecInput)[] = list
    ? list
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s.length > 0)
    : [];
  for (const spec of specs ?? []) {
    if (!spec.trimStart().startsWith('{')) {
      out.push(spec);
      continue;
    }
    try {
      out.push(JSON.parse(spec) as PolicySpecInput);
    } catch (error) {
      throw new CliError(`--policy is not valid JSON: ${(error as Error).message}`, 2);
    }
  }
  return out;
}

/** A comma-separated list option, or undefined. */
export function listOption(text: string | undefined): string[] | undefined {
  return text === undefined
    ? undefined
    : text
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s.length > 0);
}

/** Run library code, turning its input errors into one-paragraph CLI errors (exit 1). */
export function explainErrors<T>(settings: ExperimentSettings, work: () => T): T {
  try {
    return work();
  } catch (error) {
    settings.progress?.finish();
    if (
      error instanceof PolicySpecError ||
      error instanceof ScenarioError ||
      error instanceof ReplicateError
    )
      throw new CliError(error.message);
    throw error;
  } finally {
    settings.progress?.finish();
  }
}

/**
 * Write lines as they come to `--out FILE` (a temporary file beside it, renamed into place
 * at the end, removed on failure) or to stdout: memory stays flat for streamed rows.
 */
export function writeLines(lines: Iterable<string>, out: string | undefined, io: CliIo): void {
  if (out === undefined) {
    for (const line of lines) io.stdout(`${line}\n`);
    return;
  }
  const temporary = join(dirname(out), `.${basename(out)}.${process.pid}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temporary, 'w');
    for (const line of lines) writeSync(fd, `${line}\n`);
    closeSync(fd);
    fd = undefined;
    renameSync(temporary, out);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temporary, { force: true });
    if (error instanceof CliError) throw error;
    if ((error as NodeJS.ErrnoException).code !== undefined)
      throw new CliError(`cannot write --out ${out}: ${(error as Error).message}`);
    throw error;
  }
}

/** One CSV cell: numbers as they are, text quoted when it needs to be, null as empty. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text =
    typeof value === 'string'
      ? value
      : typeof value === 'number'
        ? String(value)
        : JSON.stringify(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
