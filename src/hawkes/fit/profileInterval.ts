import { findRoot } from '../../optimize/findRoot.js';
import { minimizeMultiStart } from '../../optimize/minimizeMultiStart.js';
import type { ModelSpec } from './ModelSpec.js';
import { searchObjective } from './searchObjective.js';

/** End points of a profile-likelihood interval, and whether each ran into the search range. */
export interface ProfileBounds {
  readonly lower: number;
  readonly upper: number;
  readonly lowerOpen: boolean;
  readonly upperOpen: boolean;
}

/**
 * Profile-likelihood confidence interval for parameter `index`: the set of values v where
 * max over the other free parameters of ℓ(θ_index = v) ≥ ℓ̂ − drop, with drop = χ²₁(level)/2
 * (Wilks; Pawitan 2001, In All Likelihood, §3.4). The search steps outward on the
 * parameter's search scale, doubling, until the profile falls below the threshold, then
 * finds the crossing with Brent's method. If the profile never falls that far before the
 * end of the search range, that end is returned and marked open: the data do not bound the
 * parameter on that side. Each profile value is a full optimisation of the others, started
 * from the MLE and from the last profile solution.
 */
export function profileInterval(
  spec: ModelSpec,
  fixed: ReadonlyMap<number, number>,
  index: number,
  mle: readonly number[],
  maxLogLikelihood: number,
  drop: number,
): ProfileBounds {
  const p = spec.parameters[index];
  if (p === undefined) throw new RangeError(`index must name a parameter, received ${index}`);
  const isLog = p.scale === 'log';
  const toSearch = (v: number) => (isLog ? Math.log(v) : v);
  const fromSearch = (u: number) => (isLog ? Math.exp(u) : u);
  const lo = toSearch(p.lower);
  const hi = toSearch(p.upper);
  const centre = toSearch(mle[index] as number);
  let warm: number[] = [...mle];
  const profile = (u: number): number => {
    const value = fromSearch(Math.min(hi, Math.max(lo, u)));
    const held = new Map(fixed);
    held.set(index, value);
    const objective = searchObjective(spec, held);
    const starts = [
      objective.search(mle.map((v, i) => (i === index ? value : v))),
      objective.search(warm.map((v, i) => (i === index ? value : v))),
    ];
    if (objective.free.length === 0) return spec.logLikelihood(objective.theta([]));
    try {
      const { best } = minimizeMultiStart(
        objective.value,
        objective.gradient,
        { lower: objective.lower, upper: objective.upper },
        starts,
        {
          maxIterations: 500,
        },
      );
      warm = objective.theta(best.x);
      return -best.value;
    } catch {
      return Number.NEGATIVE_INFINITY; // no finite likelihood with the parameter held here
    }
  };
  const gap = (u: number) => profile(u) - (maxLogLikelihood - drop);
  const firstStep =
    Number.isFinite(hi - lo) && !isLog ? (hi - lo) / 20 : 0.25 * Math.max(1, Math.abs(centre));
  const side = (direction: 1 | -1): { end: number; open: boolean } => {
    const limit = direction > 0 ? hi : lo;
    let inside = centre;
    let step = firstStep;
    for (let k = 0; k < 60; k++) {
      const candidate = direction > 0 ? Math.min(hi, inside + step) : Math.max(lo, inside - step);
      if (gap(candidate) < 0) {
        const root = findRoot(gap, inside, candidate, {
          tolerance: 1e-8 * Math.max(1, Math.abs(candidate)),
        });
        return { end: fromSearch(root.x), open: false };
      }
      if (candidate === limit) return { end: fromSearch(limit), open: true };
      inside = candidate;
      step *= 2;
    }
    return { end: fromSearch(inside), open: true };
  };
  const upper = centre >= hi ? { end: p.upper, open: true } : side(1);
  warm = [...mle];
  const lower = centre <= lo ? { end: p.lower, open: true } : side(-1);
  return { lower: lower.end, upper: upper.end, lowerOpen: lower.open, upperOpen: upper.open };
}
