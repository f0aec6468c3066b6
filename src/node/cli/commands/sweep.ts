import { resolvePolicyChoices } from '../../../experiments/compare/policyChoice.js';
import { scenarioFingerprint } from '../../../experiments/scenarioFingerprint.js';
import type { ExperimentRequest } from '../../../experiments/shards/ExperimentRequest.js';
import { runShard } from '../../../experiments/shards/runShard.js';
import { type SweepOptions, type SweepRow, sweep } from '../../../experiments/sweep.js';
import { compileScenario } from '../../../model/compileScenario.js';
import { LIBRARY } from '../../../version.js';
import { sweepParallel } from '../../pool/sweepParallel.js';
import { CliError } from '../CliError.js';
import {
  csvCell,
  EXPERIMENT_OPTIONS,
  EXPERIMENT_OPTIONS_HELP,
  experimentSettings,
  explainAsyncErrors,
  explainErrors,
  listOption,
  parseParameter,
  parsePolicies,
  SHARD_OPTION_HELP,
  shardOption,
} from '../experimentCli.js';
import { type CliIo, emit } from '../io.js';
import { numberOption, parseCommand, seedOption, singleInput } from '../parseOptions.js';
import { toJson } from '../toJson.js';
import { writeLines, writeLinesAsync } from '../writeLines.js';

import { loadScenarioArgument } from './scenario.js';

export const sweepHelp = `Usage: escalation-sim sweep <preset | file.json> --param path=low:high [--param …] [options]

Sweep numeric scenario fields (and policies) over a grid or a Latin hypercube. Output is
one tidy row per design point and policy: the parameter values and, per outcome, the mean
and a 95% interval (Wilson for 0/1 outcomes) over the replicates — or one row per replicate
with --per-replicate. Every point runs the same replicate streams (common random numbers).
Rows stream out as they are made: CSV by default, after one '#' line recording what made
them (library, scenario fingerprint, policies with parameters, seed, replicates); --json
gives JSON lines, that record first.
'escalation-sim scenario <preset> --print' shows the fields; paths are dotted, e.g.
militias.0.baseline or hostGovernment.thresholds.expulsion.

Options:
  --param P=L:H    a numeric field and its range (repeatable)
  --design D       grid (default) or lhs (Latin hypercube)
  --points N       grid: levels per parameter (default 5); lhs: points (default 100)
  --policies A,B   policies crossed with every point (default the scenario's)
  --policy P       a policy as a name or JSON spec (repeatable)
  --outcomes A,B   outcomes (default attacks, strikes, hostKilledByStrikes, expulsionDemanded)
  --per-replicate  one row per replicate with the raw outcomes
${EXPERIMENT_OPTIONS_HELP.replace('%R', '100')}
${SHARD_OPTION_HELP.replace('%U', 'design points')}

Example:
  escalation-sim sweep iraq-2020 --param hostGovernment.thresholds.expulsion=6:20 --param militias.0.baseline=0.04:0.12 --design lhs --points 50 --replicates 50 --out sweep.csv
`;

/** `escalation-sim sweep`: streamed tidy rows. */
export function sweepCommand(args: readonly string[], io: CliIo): number | Promise<number> {
  const parsed = parseCommand(
    'sweep',
    args,
    {
      ...EXPERIMENT_OPTIONS,
      param: { type: 'string', multiple: true },
      design: { type: 'string' },
      points: { type: 'string' },
      policies: { type: 'string' },
      policy: { type: 'string', multiple: true },
      outcomes: { type: 'string' },
      'per-replicate': { type: 'boolean' },
      shard: { type: 'string' },
    },
    sweepHelp,
    io,
  );
  if (parsed === null) return 0;
  const { values, positionals } = parsed;
  const source = singleInput('sweep', positionals, 'sweep needs a preset or a scenario file');
  const settings = experimentSettings('sweep', values, io, 100, 'rows');
  const shard = shardOption(values.shard, settings.workers);
  const { request, header } = explainErrors(settings, () =>
    sweepRequest(source, values, settings.replicates),
  );
  const json = settings.format === 'json';
  if (shard) {
    const file = explainErrors(settings, () =>
      runShard(request, shard, { header }, settings.progress?.update),
    );
    emit(toJson(file), settings.out, io);
    return 0;
  }
  if (settings.workers > 1) {
    // Rows stream from the threads in design order, as on one thread.
    const rows = sweepParallel(request.scenario, request.options, {
      workers: settings.workers,
      ...(settings.progress ? { onProgress: settings.progress.update } : {}),
    });
    return explainAsyncErrors(settings, () =>
      writeLinesAsync(sweepLines(rows, header, json), settings.out, io),
    ).then(() => 0);
  }
  const rows = explainErrors(settings, () => sweep(request.scenario, request.options));
  explainErrors(settings, () => writeLines(sweepLines(rows, header, json), settings.out, io));
  return 0;
}

/** Parse the sweep options into the experiment and the line recording what made its rows. */
export function sweepRequest(
  source: string,
  values: {
    param?: string[];
    design?: string;
    points?: string;
    policies?: string;
    policy?: string[];
    outcomes?: string;
    seed?: string;
    'per-replicate'?: boolean;
  },
  replicates: number,
): { request: Extract<ExperimentRequest, { command: 'sweep' }>; header: string } {
  const parameters = (values.param ?? []).map(parseParameter);
  if (parameters.length === 0) throw new CliError('give at least one --param path=low:high', 2);
  const design = values.design ?? 'grid';
  if (design !== 'grid' && design !== 'lhs')
    throw new CliError(`--design must be grid or lhs, received ${JSON.stringify(design)}`, 2);
  const points =
    numberOption('points', values.points, Number.isSafeInteger, 'a whole number') ??
    (design === 'grid' ? 5 : 100);
  const policies = parsePolicies(values.policies, values.policy);
  const outcomes = listOption(values.outcomes);
  const scenario = loadScenarioArgument(source);
  const seed = seedOption(values.seed ?? '1');
  const options: Omit<SweepOptions, 'pointRange'> = {
    parameters,
    design: design === 'lhs' ? 'latinHypercube' : 'grid',
    points,
    replicates,
    seed,
    ...(policies.length > 0 ? { policies } : {}),
    ...(outcomes ? { outcomes } : {}),
    ...(values['per-replicate'] ? { perReplicate: true } : {}),
  };
  sweep(scenario, { ...options, pointRange: [0, 0] }); // refuse bad settings before anything runs
  const described = resolvePolicyChoices(
    policies.length > 0 ? policies : [scenario.foreignForce.policy as never],
  );
  const made = {
    library: LIBRARY,
    scenario: scenario.name,
    fingerprint: scenarioFingerprint(compileScenario(scenario)),
    policies: described.map((p) => p.description.spec ?? p.description.name),
    seed,
    replicates,
    design,
    points,
  };
  return { request: { command: 'sweep', scenario, options }, header: JSON.stringify(made) };
}

/**
 * Sweep rows as the command writes them: CSV starts with one '#' line and JSON lines with
 * one object recording what made the rows.
 */
export function sweepLines(
  rows: Iterable<SweepRow>,
  header: string,
  json: boolean,
): Generator<string>;
export function sweepLines(
  rows: AsyncIterable<SweepRow>,
  header: string,
  json: boolean,
): AsyncGenerator<string>;
export function sweepLines(
  rows: Iterable<SweepRow> | AsyncIterable<SweepRow>,
  header: string,
  json: boolean,
): Generator<string> | AsyncGenerator<string> {
  const line = sweepLine(header, json);
  if (Symbol.asyncIterator in rows)
    return (async function* () {
      if (json) yield header;
      for await (const row of rows) yield* line(row);
    })();
  return (function* () {
    if (json) yield header;
    for (const row of rows) yield* line(row);
  })();
}

/** The lines of one row: CSV's '#' line and column names come before the first row. */
function sweepLine(header: string, json: boolean): (row: SweepRow) => string[] {
  let columns: string[] | null = null;
  return (row) => {
    if (json) return [JSON.stringify(row)];
    const lines: string[] = [];
    if (columns === null) {
      columns = Object.keys(row);
      lines.push(`# ${header}`, columns.join(','));
    }
    const names = columns;
    lines.push(names.map((c) => csvCell(row[c])).join(','));
    return lines;
  };
}
