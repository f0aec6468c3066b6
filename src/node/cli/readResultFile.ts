import type { AttackAttribution } from '../../calibrate/attributeObservedAttacks.js';
import type { Posterior } from '../../calibrate/Posterior.js';
import type { PolicyComparison } from '../../experiments/comparePolicies.js';
import type { Discovery } from '../../experiments/discover.js';
import type { SensitivityResult } from '../../experiments/sensitivity.js';
import type { SweepRow } from '../../experiments/sweep.js';
import type { HypothesisOutcome } from '../../experiments/testHypothesis.js';
import { parseJsonText } from '../../util/parseJsonText.js';
import { CliError } from './CliError.js';
import { readTextFile } from './readTextFile.js';

/** A result file written by one of the commands, recognised by its shape. */
export type ResultFile =
  | { readonly kind: 'comparison'; readonly value: PolicyComparison }
  | { readonly kind: 'hypotheses'; readonly value: readonly HypothesisOutcome[] }
  | { readonly kind: 'sweep'; readonly value: readonly SweepRow[]; readonly made: Made }
  | { readonly kind: 'sensitivity'; readonly value: SensitivityResult }
  | { readonly kind: 'discovery'; readonly value: Discovery & Made }
  | { readonly kind: 'posterior'; readonly value: Posterior }
  | { readonly kind: 'calibration'; readonly value: Calibration }
  | { readonly kind: 'run'; readonly value: Made };

/** What `calibrate --json` writes: the posteriors and the attributions of each record. */
export interface Calibration {
  readonly posteriors: readonly Posterior[];
  readonly attributions: readonly (readonly AttackAttribution[])[];
  readonly pooled?: Posterior;
}

/** A provenance header as the experiment commands write it. */
export type Made = Readonly<Record<string, unknown>>;

/** The command that writes each kind of result, for messages. */
export const RESULT_SOURCES: Readonly<Record<ResultFile['kind'], string>> = {
  comparison: 'a policy comparison (compare --json)',
  hypotheses: 'hypothesis results (test --json)',
  sweep: 'sweep rows (sweep --json)',
  sensitivity: 'a sensitivity result (sensitivity --json)',
  discovery: 'a scenario discovery (discover --json)',
  posterior: 'a posterior (calibrate --out FILE)',
  calibration: 'a calibration (calibrate --json)',
  run: 'an ensemble summary (run --json), which holds no event logs',
};

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Read a result file that a command wrote (JSON, or the JSON lines of `sweep --json`) and say
 * what it is, or fail naming the file and the kinds it may be.
 */
export function readResultFile(path: string): ResultFile {
  const text = readTextFile(path);
  let value: unknown;
  try {
    value = parseJsonText(text);
  } catch (error) {
    const lines = text.split('\n').filter((line) => line.trim() !== '');
    // sweep --json writes JSON lines: what made the rows, then one row a line.
    if (lines.length > 1 && lines[0]?.startsWith('{')) return sweepLines(path, lines);
    throw new CliError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
  const found = recognise(value);
  if (found === undefined)
    throw new CliError(
      `${path} is not a result file the commands write; give ${Object.values(RESULT_SOURCES).slice(0, -1).join(', ')}`,
    );
  return found;
}

function sweepLines(path: string, lines: readonly string[]): ResultFile {
  const [made, ...rows] = lines.map((line, i) => {
    try {
      const value = parseJsonText(line);
      if (isObject(value) && (i === 0 || 'point' in value)) return value;
    } catch {
      // reported below with the line
    }
    throw new CliError(
      `${path} line ${i + 1}: expected ${i === 0 ? 'what made the rows' : 'a sweep row with a point'} (sweep --json), received ${line.slice(0, 60)}`,
    );
  });
  return { kind: 'sweep', value: rows as SweepRow[], made: made as Made };
}

function recognise(value: unknown): ResultFile | undefined {
  if (Array.isArray(value))
    return value.length > 0 && value.every((v) => isObject(v) && typeof v.verdict === 'string')
      ? { kind: 'hypotheses', value: value as HypothesisOutcome[] }
      : undefined;
  if (!isObject(value)) return undefined;
  if (value.kind === 'escalation-sim/posterior')
    return { kind: 'posterior', value: value as unknown as Posterior };
  if (Array.isArray(value.posteriors) && Array.isArray(value.attributions))
    return { kind: 'calibration', value: value as unknown as Calibration };
  if (Array.isArray(value.outcomes) && typeof value.baseline === 'string')
    return { kind: 'comparison', value: value as unknown as PolicyComparison };
  if (Array.isArray(value.parameters) && (value.method === 'morris' || value.method === 'sobol'))
    return { kind: 'sensitivity', value: value as unknown as SensitivityResult };
  if (Array.isArray(value.trajectory) && isObject(value.box))
    return { kind: 'discovery', value: value as unknown as Discovery & Made };
  if (isObject(value.summaries) && isObject(value.provenance)) return { kind: 'run', value };
  return undefined;
}
