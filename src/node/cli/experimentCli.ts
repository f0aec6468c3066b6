import { availableParallelism } from 'node:os';
import { ReplicateError } from '../../experiments/ReplicateError.js';
import type { ParameterRange } from '../../experiments/sensitivity/ParameterRange.js';
import { parseShardSpec, type ShardSpec } from '../../experiments/shards/ShardSpec.js';
import type { PolicySpecInput } from '../../policies/PolicySpec.js';
import { PolicySpecError } from '../../policies/PolicySpecError.js';
import { ScenarioError } from '../../scenario/ScenarioError.js';
import { CliError } from './CliError.js';
import type { CliIo } from './io.js';
import { numberOption } from './parseOptions.js';
import { progressBar } from './progressBar.js';

/** Options every experiment command takes (node:util parseArgs form). */
export const EXPERIMENT_OPTIONS = {
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
  --workers N     worker threads (default 1; capped at the processors available); the
                  results do not depend on N
  --json          JSON with what made it: library version, scenario fingerprint, policies
                  with their parameters, seed, replicates
  --csv           CSV (tidy rows)
  --progress      show progress on stderr even when it is not a terminal
  --out FILE      write to FILE (atomically: all or nothing) instead of stdout
  -h, --help      show this help`;

/** The help line of --shard (run, compare, sweep, sensitivity). */
export const SHARD_OPTION_HELP = `  --shard I/N     run only part I of N (0-based, e.g. $SLURM_ARRAY_TASK_ID/N) of the
                  %U and write a shard file (JSON) recording what it covers;
                  'escalation-sim merge' combines the N files into exactly the whole result`;

/** Shared settings read from the options. */
export interface ExperimentSettings {
  readonly replicates: number;
  /** Worker threads (1: this thread). */
  readonly workers: number;
  readonly format: 'text' | 'json' | 'csv';
  readonly out: string | undefined;
  readonly progress: ReturnType<typeof progressBar> | undefined;
}

/**
 * Read the shared options: replicates (default given), workers (capped at the processors
 * available, with a note), output format, --out, progress.
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
  const asked = numberOption('workers', values.workers, whole, 'a whole number >= 1') ?? 1;
  const available = availableParallelism();
  if (asked > available)
    io.stderr(
      `${command}: --workers ${asked} is more than the ${available} processor(s) available; using ${available}\n`,
    );
  const tty = process.stderr.isTTY === true;
  return {
    replicates,
    workers: Math.min(asked, available),
    format: values.json ? 'json' : values.csv ? 'csv' : 'text',
    out: values.out,
    progress: values.progress || tty ? progressBar(io, tty, command, unit) : undefined,
  };
}

/**
 * Read `--shard I/N`; refuse it with more than one worker (run more shards instead).
 * @throws CliError (usage) with the form and the rule broken
 */
export function shardOption(text: string | undefined, workers: number): ShardSpec | undefined {
  if (text === undefined) return undefined;
  let spec: ShardSpec;
  try {
    spec = parseShardSpec(text);
  } catch (error) {
    throw new CliError(`--${(error as Error).message}`, 2);
  }
  if (workers > 1)
    throw new CliError(
      `--shard runs its part on one thread, so --workers must be 1 with it (received ${workers}); cut the work into more shards instead`,
      2,
    );
  return spec;
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

const WORKER_INPUT_ERRORS = [
  'PolicySpecError',
  'ScenarioError',
  'ReplicateError',
  'ScenarioPathError',
  'RangeError',
];

/**
 * Run library code that returns a Promise (worker threads), turning its input errors into
 * one-paragraph CLI errors as explainErrors does.
 */
export async function explainAsyncErrors<T>(
  settings: ExperimentSettings,
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    return explainErrors(settings, () => {
      throw error;
    });
  } finally {
    settings.progress?.finish();
  }
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
    // Errors from a worker thread arrive as plain Errors carrying the original name.
    if (error instanceof Error && WORKER_INPUT_ERRORS.includes(error.name))
      throw new CliError(error.message);
    throw error;
  } finally {
    settings.progress?.finish();
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
