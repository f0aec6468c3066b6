import { ensembleSummaryToCsv } from '../../../experiments/ensembleSummaryToCsv.js';
import { mergeShards, ShardError } from '../../../experiments/shards/mergeShards.js';
import type { HypothesisOutcome } from '../../../experiments/testHypothesis.js';
import { parseJsonText } from '../../../util/parseJsonText.js';
import { CliError } from '../CliError.js';
import type { CliIo } from '../io.js';
import { parseCommand } from '../parseOptions.js';
import { readTextFile } from '../readTextFile.js';
import { writeLines } from '../writeLines.js';
import { comparisonLines } from './compare.js';
import { runJson } from './run.js';
import { sensitivityLines } from './sensitivity.js';
import { sweepLines } from './sweep.js';
import { testLines } from './test.js';

export const mergeHelp = `Usage: escalation-sim merge <shard.json …> [--json | --csv] [--out FILE]

Combine the shard files of one experiment — written by run, compare, sweep, sensitivity or
test with --shard I/N, for instance by the tasks of a batch job array — into its result: exactly,
bit for bit, what the command writes without --shard (its --json document by default, or
its --csv). The files may come in any order. Refused, naming the files: a missing,
duplicated or overlapping shard, and shards of another command, library version, scenario,
seed, shard count or settings. Nothing is written unless every check passes.

Options:
  --json          the command's JSON (default; JSON lines for a sweep)
  --csv           the command's CSV
  --out FILE      write to FILE (atomically: all or nothing) instead of stdout
  -h, --help      show this help

Example:
  escalation-sim run iraq-2020 --replicates 10000 --shard 0/2 --out part-0.json
  escalation-sim run iraq-2020 --replicates 10000 --shard 1/2 --out part-1.json
  escalation-sim merge part-0.json part-1.json --out result.json
`;

/** `escalation-sim merge`: shard files back into one result. */
export function mergeCommand(args: readonly string[], io: CliIo): number {
  const parsed = parseCommand(
    'merge',
    args,
    {
      json: { type: 'boolean' },
      csv: { type: 'boolean' },
      out: { type: 'string' },
    },
    mergeHelp,
    io,
  );
  if (parsed === null) return 0;
  const { values, positionals } = parsed;
  if (values.json && values.csv) throw new CliError('choose one of --json and --csv', 2);
  if (positionals.length === 0)
    throw new CliError(
      "merge needs the shard files of one experiment (from 'run', 'compare', 'sweep', 'sensitivity' or 'test' with --shard I/N)",
      2,
    );
  const files = positionals.map(readShardFile);
  const format = values.csv ? 'csv' : 'json';
  if (files.some(Array.isArray)) {
    writeLines(testLines(mergeTests(files, positionals), format), values.out, io);
    return 0;
  }
  const merged = explainShardErrors(() => mergeShards(files, positionals));
  let lines: Iterable<string>;
  switch (merged.command) {
    case 'run':
      lines = [
        format === 'csv'
          ? ensembleSummaryToCsv(merged.result).replace(/\n$/, '')
          : runJson(merged.context as object, merged.result),
      ];
      break;
    case 'compare':
      lines = comparisonLines(merged.result, format);
      break;
    case 'sweep':
      lines = sweepLines(
        merged.result,
        (merged.context as { header: string }).header,
        format === 'json',
      );
      break;
    case 'sensitivity':
      lines = sensitivityLines(merged.result, format);
      break;
    case 'test':
      lines = testLines([merged.result], format);
      break;
  }
  writeLines(lines, values.out, io);
  return 0;
}

function explainShardErrors<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof ShardError) throw new CliError(error.message);
    throw error;
  }
}

/**
 * The files of `test --shard`: each holds one shard file per test, in the same order; the
 * shards of each test are merged on their own.
 */
function mergeTests(files: readonly unknown[], names: readonly string[]): HypothesisOutcome[] {
  const lists = files.map((file, i) => {
    if (!Array.isArray(file))
      throw new CliError(
        `${names[i]} holds one shard file, ${names[0]} a list (from 'test --shard'): shards must come from one experiment`,
      );
    return file as unknown[];
  });
  const count = (lists[0] as unknown[]).length;
  lists.forEach((t, i) => {
    if (t.length !== count)
      throw new CliError(
        `${names[i]} holds ${tests(t.length)}, ${names[0]} holds ${tests(count)}: shards must come from one 'test' command`,
      );
  });
  return Array.from({ length: count }, (_, k) => {
    const merged = explainShardErrors(() =>
      mergeShards(
        lists.map((t) => t[k]),
        names.map((n) => `${n} (test ${k + 1} of ${count})`),
      ),
    );
    if (merged.command !== 'test')
      throw new CliError(
        `${names[0]} holds shards of '${merged.command}' in a list, which only 'test --shard' writes`,
      );
    return merged.result;
  });
}

const tests = (n: number) => `${n} test${n === 1 ? '' : 's'}`;

function readShardFile(path: string): unknown {
  const text = readTextFile(path);
  try {
    return parseJsonText(text);
  } catch (error) {
    throw new CliError(`${path} is not a shard file (not valid JSON): ${(error as Error).message}`);
  }
}
