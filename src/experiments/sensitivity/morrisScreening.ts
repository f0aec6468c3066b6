import type { RandomSource } from '../../random/createRng.js';
import { requireFunction, requireObject } from '../../util/requireArgument.js';

/** Morris statistics of one input, in units of the output per unit of the (unit-scaled) input. */
export interface MorrisEffect {
  /** μ*: mean absolute elementary effect (overall importance). */
  readonly muStar: number;
  /** μ: mean elementary effect (sign of a monotone effect). */
  readonly mu: number;
  /** σ: standard deviation of the elementary effects (non-linearity or interactions). */
  readonly sigma: number;
  /** Standard error of μ*, sd(|EE|)/√r. */
  readonly muStarSe: number;
}

/** Options of morrisScreening. */
export interface MorrisOptions {
  /** Inputs k (≥ 1). */
  readonly dimensions: number;
  /** Trajectories r kept (≥ 2); each costs k + 1 evaluations. */
  readonly trajectories: number;
  /** Grid levels p (even, ≥ 4; default 4): steps are Δ = p / (2(p − 1)). */
  readonly levels?: number;
  /** Candidate trajectories from which the r most spread out are kept (default 10·r, at most 300 unless r is more). */
  readonly candidates?: number;
}

/**
 * Morris elementary-effects screening on the unit hypercube, with Campolongo's spread-out
 * trajectories.
 *
 * Each trajectory starts at a random point of the p-level grid and moves one input at a
 * time, in random order, by ±Δ (Δ = p/(2(p − 1))); the elementary effect of input i is
 * (f(after) − f(before)) / (±Δ). From `candidates` random trajectories the r kept are those
 * that spread best over the space (Campolongo, Cariboni & Saltelli 2007): the sum of
 * Euclidean distances between all points of two trajectories is their distance; the set is
 * grown greedily from the farthest pair, each time adding the candidate farthest from those
 * kept (the exhaustive search is combinatorial; Ruano, Ripoll & Blasco 2012 show the greedy
 * choice is nearly as spread). μ* (mean |EE|) ranks importance, σ flags non-linearity or
 * interactions.
 *
 * Reference: Morris, M. D. (1991). Technometrics 33, 161–174. Campolongo, F., Cariboni, J. &
 * Saltelli, A. (2007). Environmental Modelling & Software 22, 1509–1518.
 *
 * Cost: r·(k + 1) evaluations; the selection O(candidates² · (k + 1)² · k).
 *
 * @param f - the function of a point in [0, 1]^k
 * @param options - dimensions, trajectories, levels, candidates
 * @param rng - the stream of the trajectories
 * @returns one effect per input and the evaluation count
 * @throws RangeError naming a bad option
 * @example
 * const m = morrisScreening(([x, y]) => 3 * (x as number) - (y as number), { dimensions: 2, trajectories: 4 }, createRng(1));
 * m.effects.map((e) => e.mu); // => [3, -1]
 */
export function morrisScreening(
  f: (x: readonly number[]) => number,
  options: MorrisOptions,
  rng: RandomSource,
): { readonly effects: readonly MorrisEffect[]; readonly evaluations: number } {
  requireFunction('f', f, 'a function of a point in the unit cube, (x) => number');
  requireObject('options', options, 'an object { dimensions, trajectories, levels? }');
  requireFunction('rng', rng, 'a random source (createRng(seed))');
  const { dimensions: k, trajectories: r, levels: p = 4 } = options;
  const candidates = options.candidates ?? Math.max(r, Math.min(10 * r, 300));
  if (!(Number.isSafeInteger(k) && k >= 1))
    throw new RangeError(`dimensions must be an integer >= 1, received ${k}`);
  if (!(Number.isSafeInteger(r) && r >= 2))
    throw new RangeError(`trajectories must be an integer >= 2, received ${r}`);
  if (!(Number.isSafeInteger(p) && p >= 4 && p % 2 === 0))
    throw new RangeError(`levels must be an even integer >= 4, received ${p}`);
  if (!(Number.isSafeInteger(candidates) && candidates >= r && candidates <= 2000))
    throw new RangeError(
      `candidates must be an integer in [trajectories, 2000], received ${candidates}`,
    );
  const delta = p / (2 * (p - 1));
  const pool = Array.from({ length: candidates }, () => trajectory(k, p, delta, rng));
  const chosen = spreadOut(pool, r);
  const effects = Array.from({ length: k }, () => [] as number[]);
  for (const t of chosen) {
    let previous = f(t.points[0] as number[]);
    for (let s = 0; s < k; s++) {
      const value = f(t.points[s + 1] as number[]);
      const i = t.order[s] as number;
      (effects[i] as number[]).push((value - previous) / ((t.signs[i] as number) * delta));
      previous = value;
    }
  }
  return {
    effects: effects.map((ee) => {
      const mu = ee.reduce((a, v) => a + v, 0) / ee.length;
      const abs = ee.map(Math.abs);
      const muStar = abs.reduce((a, v) => a + v, 0) / ee.length;
      const sd = (xs: number[], m: number) =>
        Math.sqrt(xs.reduce((a, v) => a + (v - m) ** 2, 0) / (xs.length - 1));
      return { muStar, mu, sigma: sd(ee, mu), muStarSe: sd(abs, muStar) / Math.sqrt(ee.length) };
    }),
    evaluations: r * (k + 1),
  };
}

interface Trajectory {
  readonly points: readonly number[][];
  readonly order: readonly number[];
  readonly signs: readonly number[];
}

function trajectory(k: number, p: number, delta: number, rng: RandomSource): Trajectory {
  // Base levels 0 … 1 − Δ, so that x + Δ stays on the grid in [0, 1].
  const baseLevels = Math.round((1 - delta) * (p - 1)) + 1;
  const signs = Array.from({ length: k }, () => (rng() < 0.5 ? 1 : -1));
  const start = Array.from({ length: k }, (_, i) => {
    const base = Math.floor(rng() * baseLevels) / (p - 1);
    return signs[i] === 1 ? base : base + delta;
  });
  const order = Array.from({ length: k }, (_, i) => i);
  for (let i = k - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  const points = [start];
  for (const i of order) {
    const next = [...(points[points.length - 1] as number[])];
    next[i] = (next[i] as number) + (signs[i] as number) * delta;
    points.push(next);
  }
  return { points, order, signs };
}

function distance(a: Trajectory, b: Trajectory): number {
  let total = 0;
  for (const x of a.points)
    for (const y of b.points) {
      let s = 0;
      for (let i = 0; i < x.length; i++) s += ((x[i] as number) - (y[i] as number)) ** 2;
      total += Math.sqrt(s);
    }
  return total;
}

function spreadOut(pool: readonly Trajectory[], r: number): Trajectory[] {
  const m = pool.length;
  if (m === r) return [...pool];
  const d = pool.map((a) => pool.map((b) => distance(a, b)));
  let best = [0, 1];
  for (let i = 0; i < m; i++)
    for (let j = i + 1; j < m; j++)
      if ((d[i]?.[j] as number) > (d[best[0] as number]?.[best[1] as number] as number))
        best = [i, j];
  const kept = new Set(best);
  const toKept = pool.map(
    (_, c) => (d[c]?.[best[0] as number] as number) + (d[c]?.[best[1] as number] as number),
  );
  while (kept.size < r) {
    let next = -1;
    for (let c = 0; c < m; c++)
      if (!kept.has(c) && (next < 0 || (toKept[c] as number) > (toKept[next] as number))) next = c;
    kept.add(next);
    for (let c = 0; c < m; c++) toKept[c] = (toKept[c] as number) + (d[c]?.[next] as number);
  }
  return [...kept].map((i) => pool[i] as Trajectory);
}
