import { type DiscoverOptions, type Discovery, discover } from '../../../experiments/discover.js';
import { checkDiscoverOptions } from '../../../experiments/discovery/checkDiscoverOptions.js';
import { sweepColumns } from '../../../experiments/sweep/sweepColumns.js';
import { type SweepRow, sweep } from '../../../experiments/sweep.js';
import { sweepParallel } from '../../pool/sweepParallel.js';
import { CliError } from '../CliError.js';
import {
  csvCell,
  EXPERIMENT_OPTIONS,
  EXPERIMENT_OPTIONS_HELP,
  experimentSettings,
  explainAsyncErrors,
  explainErrors,
} from '../experimentCli.js';
import type { CliIo } from '../io.js';
import { numberOption, parseCommand, singleInput } from '../parseOptions.js';
import { formatNumber, textTable } from '../textTable.js';
import { toJson } from '../toJson.js';
import { writeLines } from '../writeLines.js';
import { sweepRequest } from './sweep.js';

export const discoverHelp = `Usage: escalation-sim discover <preset | file.json> --param path=low:high … --outcome O (--above X | --below X) [options]

Scenario discovery: run a Latin-hypercube sweep of the parameters, mark the points where an
outcome crosses a threshold (e.g. expulsionDemanded.mean above 0.5), and find with PRIM
(Friedman & Fisher 1999: peeling and pasting) the box of parameter values where that is
likely. Prints the coverage–density trade-off along the peeling and the chosen box: the
limits it places and the share of cases it holds (coverage) and of its points that are
cases (density).

Options:
  --param P=L:H     a numeric field and its range (repeatable)
  --points N        design points (default 200)
  --outcome O       a column of the sweep rows, e.g. expulsionDemanded.mean or attacks.mean
  --above X         a point is a case when the outcome is above X …
  --below X         … or below X
  --threshold D     density the chosen box must reach (default 0.8): the box chosen is
                    the one of highest coverage among those that reach it
  --policy P        run under this policy (name or JSON spec)
${EXPERIMENT_OPTIONS_HELP.replace('%R', '50 per point')}

Example:
  escalation-sim discover iraq-2020 --param hostGovernment.thresholds.expulsion=6:20 --param militias.0.baseline=0.04:0.12 --param foreignForce.intelligenceDays=1:14 --outcome expulsionDemanded.mean --above 0.5 --points 100 --replicates 20
`;

/** `escalation-sim discover`: PRIM on a Latin-hypercube sweep. */
export function discoverCommand(args: readonly string[], io: CliIo): number | Promise<number> {
  const parsed = parseCommand(
    'discover',
    args,
    {
      ...EXPERIMENT_OPTIONS,
      param: { type: 'string', multiple: true },
      points: { type: 'string' },
      outcome: { type: 'string' },
      above: { type: 'string' },
      below: { type: 'string' },
      threshold: { type: 'string' },
      policy: { type: 'string' },
    },
    discoverHelp,
    io,
  );
  if (parsed === null) return 0;
  const { values, positionals } = parsed;
  const source = singleInput('discover', positionals, 'discover needs a preset or a scenario file');
  const settings = experimentSettings('discover', values, io, 50, 'rows');
  if (values.outcome === undefined)
    throw new CliError(
      'give --outcome, a column of the sweep rows such as expulsionDemanded.mean',
      2,
    );
  const finite = (x: number) => Number.isFinite(x);
  const above = numberOption('above', values.above, finite, 'a number');
  const below = numberOption('below', values.below, finite, 'a number');
  const threshold = numberOption(
    'threshold',
    values.threshold,
    (x) => x > 0 && x <= 1,
    'a density in (0, 1]',
  );
  const { policy, ...rest } = values;
  const sweepValues: Parameters<typeof sweepRequest>[1] = {
    ...rest,
    design: 'lhs',
    points: values.points ?? '200',
  };
  if (policy !== undefined) sweepValues.policy = [policy];
  const { request, header } = explainErrors(settings, () =>
    sweepRequest(source, sweepValues, settings.replicates),
  );
  if (request.options.points < 2)
    throw new CliError(
      `--points must be at least 2 for discover (PRIM needs points to compare), received ${request.options.points}`,
      2,
    );
  const options: DiscoverOptions = {
    inputs: request.options.parameters.map((p) => p.path),
    outcome: values.outcome,
    ...(above === undefined ? {} : { above }),
    ...(below === undefined ? {} : { below }),
    ...(threshold === undefined ? {} : { threshold }),
  };
  // Refuse an unknown outcome or a missing threshold before the sweep runs.
  if ((above === undefined) === (below === undefined))
    throw new CliError('give one of --above X and --below X: what makes a point a case', 2);
  const columns = sweepColumns(request.options);
  if (!columns.includes(options.outcome))
    throw new CliError(
      `--outcome ${JSON.stringify(options.outcome)} is not a column of the sweep rows; columns: ${columns.join(', ')}`,
      2,
    );
  explainErrors(settings, () => checkDiscoverOptions(options, columns));
  const write = (rows: Iterable<SweepRow>) => {
    const result = explainErrors(settings, () => discover(rows, options));
    const made = JSON.parse(header) as Record<string, unknown>;
    const lines =
      settings.format === 'json'
        ? [toJson({ ...made, ...result })]
        : settings.format === 'csv'
          ? csv(result)
          : [text(result, made)];
    writeLines(lines, settings.out, io);
    return 0;
  };
  const onProgress = settings.progress?.update;
  if (settings.workers > 1)
    return explainAsyncErrors(settings, async () => {
      // PRIM needs every point at once; the rows are few (one per point).
      const rows: SweepRow[] = [];
      const stream = sweepParallel(request.scenario, request.options, {
        workers: settings.workers,
        ...(onProgress ? { onProgress } : {}),
      });
      for await (const row of stream) rows.push(row);
      return rows;
    }).then(write);
  const counted = function* () {
    let done = 0;
    const total = Number(values.points ?? '200');
    for (const row of sweep(request.scenario, request.options)) {
      onProgress?.(++done, total);
      yield row;
    }
  };
  return write(counted());
}

function csv(d: Discovery): string[] {
  const inputs = d.box.limits.map((l) => l.input);
  const head = [
    'step',
    'coverage',
    'density',
    'mass',
    'n',
    ...inputs.flatMap((i) => [`${i}.low`, `${i}.high`]),
  ];
  const row = (step: string, b: Discovery['box']) =>
    [step, b.coverage, b.density, b.mass, b.n, ...b.limits.flatMap((l) => [l.low, l.high])]
      .map(csvCell)
      .join(',');
  return [head.join(','), ...d.trajectory.map((b, i) => row(String(i), b)), row('chosen', d.box)];
}

function text(d: Discovery, made: Record<string, unknown>): string {
  const f = formatNumber;
  const library = made.library as { name: string; version: string };
  const limits = d.box.limits.filter((l) => d.box.restricted.includes(l.input));
  return [
    `${library.name} ${library.version} · ${made.scenario} (fingerprint ${made.fingerprint}) · ${d.points} Latin-hypercube points × ${made.replicates} replicates · seed ${made.seed}`,
    `Cases: ${d.cases} of ${d.points} points with ${d.condition}.`,
    '',
    'Peeling trajectory (coverage falls as density rises):',
    textTable(
      ['step', 'coverage', 'density', 'mass', 'restricts'],
      d.trajectory.map((b, i) => [
        String(i),
        f(b.coverage),
        f(b.density),
        f(b.mass),
        b.restricted.join(', ') || '—',
      ]),
    ),
    '',
    `Chosen box (after pasting): coverage ${f(d.box.coverage)}, density ${f(d.box.density)}, mass ${f(d.box.mass)} (${d.box.n} points).`,
    limits.length === 0
      ? 'It restricts nothing: the cases are spread over the whole space.'
      : textTable(
          ['parameter', 'low', 'high'],
          limits.map((l) => [l.input, f(l.low), f(l.high)]),
        ),
  ].join('\n');
}
