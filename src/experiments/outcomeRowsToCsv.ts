import { OUTCOME_NAMES } from '../model/outcomes.js';
import { requireArrayLike, requireObject } from '../util/requireArgument.js';
import { policyText, type RunProvenance } from './ensembleProvenance.js';
import type { OutcomeRow } from './runEnsemble.js';

/** Columns of `outcomeRowsToCsv`, in order: what made the row, then every outcome. */
export const OUTCOME_ROW_COLUMNS = [
  'version',
  'scenario',
  'fingerprint',
  'policy',
  'seed',
  'replicate',
  ...OUTCOME_NAMES,
] as const;

// RFC 4180 quoting; null as an empty cell.
function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * One CSV row per replicate with its outcomes, each row carrying what made it (version,
 * scenario, fingerprint, policy, seed, replicate): the table BehaviorSpace users know, for
 * analysis in R, Python or a spreadsheet.
 *
 * @param rows - the rows of `runEnsemble(…, { keepRows: true })`
 * @param provenance - the ensemble's provenance (`result.provenance`)
 * @returns the CSV text, header first, ending with a newline
 * @example
 * const r = runEnsemble(presets.restraint, { seed: 1, replicates: 3, keepRows: true });
 * outcomeRowsToCsv(r.rows ?? [], r.provenance).trim().split('\n').length; // => 4
 */
export function outcomeRowsToCsv(rows: readonly OutcomeRow[], provenance: RunProvenance): string {
  requireArrayLike('rows', rows, 'an array of outcome rows (runEnsemble with keepRows: true)');
  requireObject('provenance', provenance, 'a provenance record (runEnsemble(…).provenance)');
  const policy = policyText(provenance);
  const lines = [OUTCOME_ROW_COLUMNS.join(',')];
  for (const row of rows) {
    const fixed = [
      provenance.version,
      provenance.scenario,
      provenance.fingerprint,
      policy,
      row.seed,
      row.replicate,
    ];
    lines.push([...fixed, ...OUTCOME_NAMES.map((name) => row[name])].map(cell).join(','));
  }
  return `${lines.join('\n')}\n`;
}
