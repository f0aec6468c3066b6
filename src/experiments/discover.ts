import { describeValue, requireObject } from '../util/requireArgument.js';
import { checkDiscoverOptions } from './discovery/checkDiscoverOptions.js';
import { type PrimBox, type PrimOptions, prim } from './discovery/prim.js';
import type { SweepRow } from './sweep.js';

/** Options of discover: which columns are inputs, and which rows are cases of interest. */
export interface DiscoverOptions extends Omit<PrimOptions, 'inputs'> {
  /** Input columns (the swept parameter paths). */
  readonly inputs: readonly string[];
  /** The outcome column, e.g. `expulsionDemanded.mean`. */
  readonly outcome: string;
  /** A row is a case of interest when the outcome is above this… */
  readonly above?: number;
  /** …or below this (give exactly one of the two). */
  readonly below?: number;
}

/** Scenario discovery on sweep rows: the PRIM trajectory and box, with the case definition. */
export interface Discovery {
  readonly condition: string;
  readonly points: number;
  /** Rows that are cases of interest. */
  readonly cases: number;
  readonly trajectory: readonly PrimBox[];
  readonly box: PrimBox;
}

/**
 * Scenario discovery on sweep results: which region of the swept parameters makes an
 * outcome likely to cross a threshold (e.g. `expulsionDemanded.mean` above 0.5), by PRIM
 * peeling and pasting, with the coverage–density trade-off along the way.
 *
 * @param rows - sweep rows (e.g. from a Latin hypercube; one policy, or filter first)
 * @param options - inputs, outcome, above or below, and PRIM's options
 * @returns the condition, counts, trajectory and the chosen box
 * @throws RangeError for an unknown column (listing the columns), a missing or double threshold,
 *   a share or density out of range (checkDiscoverOptions), or no case of interest
 * @example
 * const parameters = [{ path: 'hostGovernment.thresholds.expulsion', low: 6, high: 20 }];
 * const rows = [...sweep(presets['iraq-2020'], { parameters, design: 'latinHypercube', points: 200, replicates: 20, seed: 1 })];
 * discover(rows, { inputs: parameters.map((p) => p.path), outcome: 'expulsionDemanded.mean', above: 0.5 })
 *   .box.restricted.includes('hostGovernment.thresholds.expulsion');
 * // => true
 */
export function discover(rows: Iterable<SweepRow>, options: DiscoverOptions): Discovery {
  if (typeof (rows as Partial<Iterable<SweepRow>> | null)?.[Symbol.iterator] !== 'function')
    throw new TypeError(
      `rows must be an iterable of sweep rows (sweep(…).rows, or an array), received ${describeValue(rows)}`,
    );
  requireObject('options', options, 'an object { inputs, outcome, above | below }');
  const { inputs, outcome, above, below, ...primOptions } = options;
  checkDiscoverOptions(options);
  const x: number[][] = [];
  const y: number[] = [];
  let columns: string[] = [];
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (const row of rows) {
    if (columns.length === 0) {
      columns = Object.keys(row);
      checkDiscoverOptions(options, columns);
    }
    const v = row[outcome];
    if (typeof v !== 'number') continue;
    low = Math.min(low, v);
    high = Math.max(high, v);
    x.push(inputs.map((c) => Number(row[c])));
    y.push(above !== undefined ? (v > above ? 1 : 0) : v < (below as number) ? 1 : 0);
  }
  const condition = above !== undefined ? `${outcome} > ${above}` : `${outcome} < ${below}`;
  const cases = y.reduce((a, b) => a + b, 0);
  if (x.length > 0 && cases === 0) {
    throw new RangeError(
      `no row has ${condition}: ${outcome} lies in [${low}, ${high}] over the ${x.length} rows, so there is nothing to find; choose ${above !== undefined ? 'above' : 'below'} inside that range`,
    );
  }
  const result = prim(x, y, { ...primOptions, inputs });
  return { condition, points: x.length, cases, ...result };
}
