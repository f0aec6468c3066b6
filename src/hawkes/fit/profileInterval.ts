import { findRoot } from '../../optimize/findRoot.js';
import { minimizeMultiStart } from '../../optimize/minimizeMultiStart.js';
import type { ModelSpec } from './ModelSpec.js';
import { type SearchObjective, searchObjective } from './searchObjective.js';

/** End points of a profile-likelihood interval, and whether each ran into the search range. */
export interface ProfileBounds {
  readonly lower: number;
  readonly upper: number;
  readonly lowerOpen: boolean;
  readonly upperOpen: boolean;
  /** The profile's maximiser (all parameters, natural scale) at each end, when evaluated. */
  readonly lowerTheta: readonly number[] | null;
  readonly upperTheta: readonly number[] | null;
  /** Why an end could not be located (it is then reported open), else null. */
  readonly problem: string | null;
  /** A point whose likelihood beats the maximum handed in, if the profile met one. */
  readonly higher: { readonly theta: number[]; readonly logLikelihood: number } | null;
}

/** A profile value above the maximum by more than this means the search missed the maximum. */
const HIGHER = 1e-7;

/**
 * Profile-likelihood confidence interval for parameter `index`: the set of values v where
 * max over the other free parameters of ℓ(θ_index = v) ≥ ℓ̂ − drop, with drop = χ²₁(level)/2
 * (Wilks; Pawitan 2001, In All Likelihood, §3.4). The search steps outward on the
 * parameter's search scale, doubling, until the profile falls below the threshold, then
 * finds the crossing with Brent's method. If the profile never falls that far before the
 * end of the search range, that end is returned and marked open: the data do not bound the
 * parameter on that side. Each profile value is a full optimisation of the others, started
 * from the MLE and from the nearest profile solution so far; where both give a zero
 * likelihood (a strike response held so negative that, with the other parameters as they
 * were, an observed attack falls in a silenced spell), from the best points of the model's
 * wider grid instead. Without that fallback the profile read −∞ there and the interval
 * ended too early: 95% intervals for a deterring response covered about 73%. Where the
 * model offers them (`ridgeStarts`: the strike response's), points moved from both along
 * the likelihood's ridge are screened too, and the best joins the starts when it beats them:
 * a held response far from the MLE's needs a higher baseline or another strike decay before
 * any attack can fall where the clipped intensity is positive, and the grid may have no
 * such point either (test/hawkes/strikeProfile.test.ts).
 *
 * Profile values are remembered by position: a local search warm-started from a different
 * neighbour can land in a different local optimum, and Brent's bracket must keep the signs
 * it was built on (re-evaluating an end could flip its sign, and the root finder would
 * throw). An end that still cannot be bracketed is reported open with `problem` set.
 * A profile value above the maximum is returned as `higher`, for the caller to restart from.
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
  const memo = new Map<number, { value: number; theta: number[] }>();
  let higher: ProfileBounds['higher'] = null;
  const nearest = (u: number): number[] => {
    let best: number[] = [...mle];
    let distance = Number.POSITIVE_INFINITY;
    for (const [v, entry] of memo) {
      if (Math.abs(v - u) < distance && Number.isFinite(entry.value)) {
        distance = Math.abs(v - u);
        best = entry.theta;
      }
    }
    return best;
  };
  // Points moved along the ridge from the nearest profile solution and from the MLE.
  const ridge = (value: number, u: number): number[][] =>
    spec.ridgeStarts
      ? [nearest(u), mle].flatMap((theta) => spec.ridgeStarts?.(theta, index, value) ?? [])
      : [];
  const profile = (u: number): number => {
    const known = memo.get(u);
    if (known) return known.value;
    const value = fromSearch(Math.min(hi, Math.max(lo, u)));
    const held = new Map(fixed);
    held.set(index, value);
    const objective = searchObjective(spec, held);
    const at = (theta: readonly number[]) => theta.map((v, i) => (i === index ? value : v));
    let result = { value: Number.NEGATIVE_INFINITY, theta: at(mle) };
    if (objective.free.length === 0) {
      result = { value: spec.logLikelihood(result.theta), theta: result.theta };
    } else {
      try {
        const { best } = minimizeMultiStart(
          objective.value,
          objective.gradient,
          { lower: objective.lower, upper: objective.upper },
          feasibleStarts(spec, objective, held, [at(mle), at(nearest(u))], ridge(value, u)),
          { maxIterations: 500 },
        );
        result = { value: -best.value, theta: objective.theta(best.x) };
      } catch {
        // no finite likelihood with the parameter held here: the profile is −∞
      }
    }
    memo.set(u, result);
    if (
      result.value > maxLogLikelihood + HIGHER &&
      result.value > (higher?.logLikelihood ?? -Infinity)
    )
      higher = { theta: result.theta, logLikelihood: result.value };
    return result.value;
  };
  const gap = (u: number) => profile(u) - (maxLogLikelihood - drop);
  const firstStep =
    Number.isFinite(hi - lo) && !isLog ? (hi - lo) / 20 : 0.25 * Math.max(1, Math.abs(centre));
  const problems: string[] = [];
  const side = (direction: 1 | -1): { end: number; open: boolean; at: number } => {
    const limit = direction > 0 ? hi : lo;
    let inside = centre;
    let step = firstStep;
    for (let k = 0; k < 60; k++) {
      const candidate = direction > 0 ? Math.min(hi, inside + step) : Math.max(lo, inside - step);
      if (gap(candidate) < 0) {
        if (!(gap(inside) >= 0)) break; // the profile dips below the threshold at the maximum itself
        try {
          const root = findRoot(gap, inside, candidate, {
            tolerance: 1e-8 * Math.max(1, Math.abs(candidate)),
          });
          return { end: fromSearch(root.x), open: false, at: root.x };
        } catch (error) {
          problems.push(
            `${p.name} ${direction > 0 ? 'upper' : 'lower'} end: ${(error as Error).message}`,
          );
          return { end: fromSearch(limit), open: true, at: limit };
        }
      }
      if (candidate === limit) return { end: fromSearch(limit), open: true, at: limit };
      inside = candidate;
      step *= 2;
    }
    problems.push(
      `${p.name} ${direction > 0 ? 'upper' : 'lower'} end: the profile could not be bracketed`,
    );
    return { end: fromSearch(limit), open: true, at: limit };
  };
  const upper = centre >= hi ? { end: p.upper, open: true, at: centre } : side(1);
  const lower = centre <= lo ? { end: p.lower, open: true, at: centre } : side(-1);
  const thetaAt = (u: number) => (u === centre ? [...mle] : (memo.get(u)?.theta ?? null));
  return {
    lower: lower.end,
    upper: upper.end,
    lowerOpen: lower.open,
    upperOpen: upper.open,
    lowerTheta: thetaAt(lower.at),
    upperTheta: thetaAt(upper.at),
    problem: problems.length > 0 ? problems.join('; ') : null,
    higher,
  };
}

/**
 * The given starts where the likelihood is positive, with the best ridge point when it beats
 * them all; else the two best grid points where it is positive.
 */
function feasibleStarts(
  spec: ModelSpec,
  objective: SearchObjective,
  held: ReadonlyMap<number, number>,
  thetas: readonly (readonly number[])[],
  ridge: readonly (readonly number[])[],
): number[][] {
  const screen = (points: readonly (readonly number[])[]) =>
    points
      .map((theta) => objective.search(theta))
      .map((u) => ({ u, value: objective.valueOnly(u) }))
      .filter((s) => Number.isFinite(s.value));
  const given = screen(thetas);
  const [top] = screen(ridge).sort((a, b) => a.value - b.value);
  if (top !== undefined && given.every((s) => top.value < s.value)) given.push(top);
  if (given.length > 0) return given.map((s) => s.u);
  const screened = spec
    .candidates()
    .map((theta) => objective.search(theta.map((v, i) => held.get(i) ?? v)))
    .map((u) => ({ u, value: objective.valueOnly(u) }))
    .filter((s) => Number.isFinite(s.value))
    .sort((a, b) => a.value - b.value)
    .slice(0, 2)
    .map((s) => s.u);
  return screened.length > 0 ? screened : thetas.map((theta) => objective.search(theta));
}
