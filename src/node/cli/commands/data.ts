import { eventRowsToCsv } from '../../../data/eventRowsToCsv.js';
import { dataProvenance } from '../../../data/iraq2020/dataProvenance.js';
import { iraq2020Reading } from '../../../data/iraq2020/iraq2020Reading.js';
import { toEventRows } from '../../../data/iraq2020/toEventRows.js';
import type { ReadingName } from '../../../data/iraq2020/types.js';
import { CliError } from '../CliError.js';
import { type CliIo, emit } from '../io.js';
import { parseCommand } from '../parseOptions.js';
import { toJson } from '../toJson.js';

export const dataHelp = `Usage: escalation-sim data iraq-2020 [--reading table|text|wire] [--csv | --json] [--out FILE]

Export the embedded 2020 data set under one reading: every attack, the strike and the
political reactions, with dates, times in days since 2020-01-01 00:00 UTC, casualty
figures (ranges as killed/killedMax, wounded/woundedMax; empty = not documented) and
the provenance of each fact. Every row starts with what made it: the library version,
the data set and the reading. CSV by default; --json gives the same rows as JSON.

Options:
  --reading R   table (default), text or wire
  --csv         CSV output (default)
  --json        JSON output
  --out FILE    write to FILE instead of stdout
  -h, --help    show this help
`;

/** `escalation-sim data`: export the embedded data set. */
export function dataCommand(args: readonly string[], io: CliIo): number {
  const parsed = parseCommand(
    'data',
    args,
    {
      reading: { type: 'string' },
      csv: { type: 'boolean' },
      json: { type: 'boolean' },
      out: { type: 'string' },
    },
    dataHelp,
    io,
  );
  if (parsed === null) return 0;
  const { values, positionals } = parsed;
  const [name, ...extra] = positionals;
  if (name !== 'iraq-2020' || extra.length > 0) {
    throw new CliError(
      `data exports one embedded data set, iraq-2020; received ${JSON.stringify(positionals.join(' '))}`,
      2,
    );
  }
  if (values.csv && values.json) throw new CliError('choose one of --csv and --json', 2);
  const reading = values.reading ?? 'table';
  if (!['table', 'text', 'wire'].includes(reading)) {
    throw new CliError(
      `--reading must be one of table, text, wire, received ${JSON.stringify(reading)}`,
      2,
    );
  }
  const rows = toEventRows(iraq2020Reading(reading as ReadingName));
  // Every row says what made it (library version, data set, reading), in CSV and JSON alike.
  const provenance = dataProvenance(reading as ReadingName);
  emit(
    values.json
      ? toJson(rows.map((row) => ({ ...provenance, ...row })))
      : eventRowsToCsv(rows, { ...provenance }),
    values.out,
    io,
  );
  return 0;
}
