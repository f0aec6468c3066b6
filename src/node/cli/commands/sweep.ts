import { parseArgs } from 'node:util';
import { resolvePolicyChoices } from '../../../experiments/compare/policyChoice.js';
import { scenarioFingerprint } from '../../../experiments/scenarioFingerprint.js';
import { type SweepRow, sweep } from '../../../experiments/sweep.js';
import { compileScenario } from '../../../model/compileScenario.js';
import { LIBRARY } from '../../../version.js';
import { CliError } from '../CliError.js';
import {
  csvCell,
  EXPERIMENT_OPTIONS,
  EXPERIMENT_OPTIONS_HELP,
  experimentSettings,
  explainErrors,
  listOption,
  parseParameter,
  parsePolicies,
  writeLines,
} from '../experimentCli.js';
import type { CliIo } from '../io.js';
import { numberOption, parseOrExplain, seedOption, singleInput } from '../parseOptions.js';

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

Example:
  escalation-sim sweep iraq-2020 --param hostGovernment.thresholds.expulsion=6:20 --param militias.0.baseline=0.04:0.12 --design lhs --points 50 --replicates 50 --out sweep.csv
`;

/** `escalation-sim sweep`: streamed tidy rows. */
export function sweepCommand(args: readonly string[], io: CliIo): number {
  const { values, positionals } = parseOrExplain('sweep', () =>
    parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        ...EXPERIMENT_OPTIONS,
        param: { type: 'string', multiple: true },
        design: { type: 'string' },
        points: { type: 'string' },
        policies: { type: 'string' },
        policy: { type: 'string', multiple: true },
        outcomes: { type: 'string' },
        'per-replicate': { type: 'boolean' },
      },
    }),
  );
  if (values.help) {
    io.stdout(sweepHelp);
    return 0;
  }
  const source = singleInput('sweep', positionals, 'sweep needs a preset or a scenario file');
  const settings = experimentSettings('sweep', values, io, 100, 'rows');
  const { rows, header } = explainErrors(settings, () =>
    sweepRows(source, values, settings.replicates),
  );
  explainErrors(settings, () =>
    writeLines(format(rows, header, settings.format === 'json'), settings.out, io),
  );
  return 0;
}

/** Parse the sweep options shared with discover and start the row stream. */
export function sweepRows(
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
): { rows: Iterable<SweepRow>; header: string } {
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
  const rows = sweep(scenario, {
    parameters,
    design: design === 'lhs' ? 'latinHypercube' : 'grid',
    points,
    replicates,
    seed,
    ...(policies.length > 0 ? { policies } : {}),
    ...(outcomes ? { outcomes } : {}),
    ...(values['per-replicate'] ? { perReplicate: true } : {}),
  });
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
  return { rows, header: JSON.stringify(made) };
}

// CSV starts with one '#' line and JSON lines with one object recording what made the rows.
function* format(rows: Iterable<SweepRow>, header: string, json: boolean): Generator<string> {
  let columns: string[] | null = null;
  if (json) yield header;
  for (const row of rows) {
    if (json) {
      yield JSON.stringify(row);
      continue;
    }
    if (columns === null) {
      columns = Object.keys(row);
      yield `# ${header}`;
      yield columns.join(',');
    }
    yield columns.map((c) => csvCell(row[c])).join(',');
  }
}
