import type { Bounds } from './bounds.js';
import { projectOntoBox, resolveBounds } from './bounds.js';
import {
  type MinimizeBoundedOptions,
  type MinimizeResult,
  minimizeBounded,
  type Objective,
  type ObjectiveGradient,
} from './minimizeBounded.js';

/** One run of {@link minimizeMultiStart}: its result, or why it could not start. */
export interface MultiStartRun {
  readonly start: number[];
  readonly result: MinimizeResult | null;
  /** Why the run was skipped (f or its gradient not finite at the start), else null. */
  readonly error: string | null;
}

/** Outcome of {@link minimizeMultiStart}. */
export interface MultiStartResult {
  /** The run with the lowest value (the first such run on a tie). */
  readonly best: MinimizeResult;
  readonly bestIndex: number;
  /** Every run in the order of the starts, so callers can see distinct local minima. */
  readonly runs: MultiStartRun[];
}

/**
 * Run {@link minimizeBounded} from several starting points and keep the best.
 *
 * Likelihoods of self-exciting processes can be multimodal or flat; several starts find
 * the global optimum more reliably and, through `runs`, show whether the starts disagree.
 * Deterministic: the starts are given, nothing is drawn.
 *
 * Reference: the standard multistart strategy, e.g. Nocedal & Wright (2006), §1 (global vs
 * local optimisation). Cost: one local optimisation per start.
 *
 * @param f - objective
 * @param gradient - its gradient
 * @param bounds - box bounds, as for minimizeBounded
 * @param starts - starting points (each projected into the box)
 * @param options - passed to every run
 * @returns the best result, its index and all runs
 * @throws RangeError when starts is empty, a start has the wrong length, or no start has a
 *   finite f and gradient
 * @example
 * const f = ([x]: readonly number[]) => (x * x - 1) ** 2 + 0.3 * x; // deeper well near −1
 * const g = ([x]: readonly number[]) => [4 * x * (x * x - 1) + 0.3];
 * const r = minimizeMultiStart(f, g, { lower: [-3], upper: [3] }, [[2], [-2]]);
 * [r.bestIndex, Math.round(r.best.x[0] * 100) / 100];
 * // => [1, -1.04]
 */
export function minimizeMultiStart(
  f: Objective,
  gradient: ObjectiveGradient,
  bounds: Bounds | undefined,
  starts: ReadonlyArray<readonly number[]>,
  options: MinimizeBoundedOptions = {},
): MultiStartResult {
  if (starts.length === 0) throw new RangeError('starts must hold at least one point, received 0');
  const k = (starts[0] as readonly number[]).length;
  const box = resolveBounds(bounds, k);
  const runs: MultiStartRun[] = starts.map((start, index) => {
    if (start.length !== k) {
      throw new RangeError(
        `starts[${index}] must have length ${k}, received length ${start.length}`,
      );
    }
    const x = projectOntoBox(start, box);
    const value = f([...x]);
    const g = Array.from(gradient([...x]));
    if (!Number.isFinite(value) || !g.every(Number.isFinite)) {
      return {
        start: [...start],
        result: null,
        error: `f or its gradient is not finite at the start (f = ${value})`,
      };
    }
    return {
      start: [...start],
      result: minimizeBounded(f, gradient, x, box, options),
      error: null,
    };
  });
  let bestIndex = -1;
  runs.forEach((run, index) => {
    const best = bestIndex < 0 ? null : (runs[bestIndex] as MultiStartRun).result;
    if (run.result !== null && (best === null || run.result.value < best.value)) bestIndex = index;
  });
  if (bestIndex < 0) {
    throw new RangeError(
      `starts must include a point where f and its gradient are finite, received ${starts.length} that all fail`,
    );
  }
  return { best: (runs[bestIndex] as MultiStartRun).result as MinimizeResult, bestIndex, runs };
}
