import type { MinimizeResult } from '../../optimize/minimizeBounded.js';
import { minimizeMultiStart } from '../../optimize/minimizeMultiStart.js';
import type { ModelSpec } from './ModelSpec.js';
import type { SearchObjective } from './searchObjective.js';

/** The result of {@link searchMaximum}: the best local search and every start's end value. */
export interface MaximumSearch {
  readonly best: MinimizeResult;
  /** Negative log-likelihood reached from each start: distinct values flag several optima. */
  readonly startValues: readonly number[];
}

/** Screened grid points that join the default starts (with few events; one beyond 2000). */
const SCREENED = 4;
/** Default starts kept (the best by likelihood): each local search costs hundreds of passes. */
const DEFAULTS = 4;

/**
 * Maximise the likelihood by local quasi-Newton searches from several starts: the model's
 * best default starts plus the best points of a wider grid screened by likelihood alone (with more
 * than 2000 events, only the single best point of both). `extra` starts (a better point a
 * profile found, a nested model's maximum) are searched too; beyond 2000 events they are
 * searched instead of the grid. Deterministic: no start is drawn.
 */
export function searchMaximum(
  spec: ModelSpec,
  objective: SearchObjective,
  fixed: ReadonlyMap<number, number>,
  extra: readonly number[][] = [],
): MaximumSearch {
  if (objective.free.length === 0) {
    const value = objective.value([]);
    const best = {
      x: [],
      value,
      gradient: [],
      projectedGradientNorm: 0,
      iterations: 0,
      evaluations: 1,
      converged: true,
      atLowerBound: [],
      atUpperBound: [],
      message: 'every parameter is held',
    };
    return { best, startValues: [value] };
  }
  const toSearch = (theta: readonly number[]) =>
    objective.search(theta.map((v, i) => fixed.get(i) ?? v));
  const defaults = spec.starts().map(toSearch);
  const screened = spec.candidates().map(toSearch);
  const many = spec.events <= 2000;
  // Beyond 2000 events every pass is costly: given starts (a nested model's maximum, a
  // better profile point) replace the screening of the grid.
  const starts = many
    ? [...best(defaults, objective, DEFAULTS), ...best(screened, objective, SCREENED), ...extra]
    : extra.length > 0
      ? [...extra]
      : best([...defaults, ...screened], objective, 1);
  const search = minimizeMultiStart(
    objective.value,
    objective.gradient,
    { lower: objective.lower, upper: objective.upper },
    starts,
    { maxIterations: 1000 },
  );
  return {
    best: search.best,
    startValues: search.runs.map((r) => (r.result ? r.result.value : Number.POSITIVE_INFINITY)),
  };
}

/** The `keep` points with the highest likelihood (finite values only). */
function best(points: number[][], objective: SearchObjective, keep: number): number[][] {
  return points
    .map((u) => ({ u, value: objective.valueOnly(u) }))
    .filter((s) => Number.isFinite(s.value))
    .sort((a, b) => a.value - b.value)
    .slice(0, keep)
    .map((s) => s.u);
}
