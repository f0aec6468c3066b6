import { OUTCOME_NAMES } from '../model/outcomes.js';
import { csvCell } from '../util/csvCell.js';
import { requireObject } from '../util/requireArgument.js';
import { policyText, type RunProvenance } from './ensembleProvenance.js';
import type { EnsembleSummary } from './summarizeEnsemble.js';

/** Columns of `ensembleSummaryToCsv`, in order. */
export const ENSEMBLE_CSV_COLUMNS = [
  'scenario',
  'seed',
  'replicates',
  'outcome',
  'n',
  'nulls',
  'mean',
  'sd',
  'se',
  'ci95Low',
  'ci95High',
  'p2_5',
  'p25',
  'p50',
  'p75',
  'p97_5',
  'min',
  'max',
  'quantileMethod',
  'quantileRelativeAccuracy',
  // What made the row (empty for a summary without provenance, e.g. summarizeEnsemble(state)).
  'version',
  'fingerprint',
  'policy',
] as const;

/**
 * An ensemble's summaries as CSV: one tidy row per outcome that carries the scenario, seed
 * and replicate count (RFC 4180 quoting, `\n` line ends, header first; empty = null).
 *
 * Why: researchers take summaries into R, Python or a spreadsheet; every row says what made
 * it. Numbers are written with `String(x)`, which round-trips exactly.
 *
 * @param summary - from runEnsemble or summarizeEnsemble
 * @returns the CSV text, ending with a newline
 * @example
 * const csv = ensembleSummaryToCsv(runEnsemble(presets.restraint, { seed: 1, replicates: 10 }));
 * csv.split('\n')[1]?.startsWith('restraint,1,10,attacks,10,0,'); // => true
 */
export function ensembleSummaryToCsv(
  summary: EnsembleSummary & { readonly provenance?: RunProvenance },
): string {
  requireObject(
    'summary',
    summary,
    'an ensemble summary (runEnsemble(…).summaries with its settings, or summarizeEnsemble(state))',
  );
  requireObject('summary.summaries', summary.summaries, 'an object of outcome summaries');
  const lines: string[] = [ENSEMBLE_CSV_COLUMNS.join(',')];
  for (const outcome of OUTCOME_NAMES) {
    const s = summary.summaries[outcome];
    const q = s.quantiles;
    const row = [
      summary.scenario,
      summary.seed,
      summary.replicates,
      outcome,
      s.n,
      s.nulls,
      s.mean,
      s.sd,
      s.se,
      s.ci95?.low ?? null,
      s.ci95?.high ?? null,
      q.p2_5,
      q.p25,
      q.p50,
      q.p75,
      q.p97_5,
      s.min,
      s.max,
      s.quantileMethod,
      s.quantileRelativeAccuracy,
      summary.provenance?.version ?? null,
      summary.provenance?.fingerprint ?? null,
      summary.provenance ? policyText(summary.provenance) : null,
    ];
    lines.push(row.map(csvCell).join(','));
  }
  return `${lines.join('\n')}\n`;
}
