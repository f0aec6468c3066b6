import { compileScenario } from '../../model/compileScenario.js';
import { defineScenario } from '../../scenario/defineScenario.js';
import type { Scenario, ScenarioInput } from '../../scenario/Scenario.js';
import { LIBRARY } from '../../version.js';
import { scenarioFingerprint } from '../scenarioFingerprint.js';
import type { SweepOptions, SweepRow } from '../sweep.js';
import { prepareSweep } from './prepareSweep.js';

/** What identifies a sweep: the library, the scenario, the seed and the design's size. */
export interface SweepHeader {
  readonly library: typeof LIBRARY;
  readonly scenario: string;
  readonly fingerprint: string;
  readonly seed: number | string;
  /** Design points in the whole sweep. */
  readonly points: number;
}

/** The rows of the design points [from, to), in order. */
export interface SweepPart {
  readonly rows: readonly SweepRow[];
}

/**
 * Check a sweep and prepare it to run in parts of design points.
 *
 * Why: a row depends only on (seed, point, policy), so the rows of consecutive point ranges
 * — shards, worker chunks — concatenate to the rows of one pass.
 *
 * @param scenario - the scenario
 * @param options - as sweep's, without pointRange
 * @returns the header, the number of design points and the part runner
 * @throws as sweep
 * @example
 * planSweep(presets.restraint, { parameters: [{ path: 'militias.0.baseline', low: 0.05, high: 0.1 }], design: 'grid', points: 3, replicates: 2, seed: 1 }).points; // => 3
 */
export function planSweep(
  scenario: Scenario | ScenarioInput,
  options: Omit<SweepOptions, 'pointRange'>,
): {
  readonly header: SweepHeader;
  readonly points: number;
  readonly runPart: (
    from: number,
    to: number,
    onProgress?: (done: number, total: number) => void,
  ) => SweepPart;
} {
  const parsed = defineScenario(scenario);
  // Checks everything, runs nothing; the design and the patchers serve every part.
  const prepared = prepareSweep(parsed, options);
  const points = prepared.points;
  const header: SweepHeader = {
    library: LIBRARY,
    scenario: parsed.name,
    fingerprint: scenarioFingerprint(compileScenario(parsed)),
    seed: options.seed,
    points,
  };
  const runPart = (
    from: number,
    to: number,
    onProgress?: (done: number, total: number) => void,
  ): SweepPart => {
    const rows: SweepRow[] = [];
    let point = -1;
    for (const row of prepared.rows(from, to)) {
      if (onProgress && row.point !== point && point >= 0) onProgress(point - from + 1, to - from);
      point = row.point as number;
      rows.push(row);
    }
    onProgress?.(to - from, to - from);
    return { rows };
  };
  return { header, points, runPart };
}

/**
 * Concatenate the parts of consecutive point ranges, in order.
 *
 * @param parts - parts in the order of their ranges
 * @returns the rows of the union
 * @example
 * mergeSweepParts([{ rows: [{ point: 0 }] }, { rows: [{ point: 1 }] }]).rows.length; // => 2
 */
export function mergeSweepParts(parts: readonly SweepPart[]): SweepPart {
  return { rows: parts.flatMap((p) => p.rows) };
}
