import { requireArrayLike, requireObject } from '../../util/requireArgument.js';
/** Limits of one input in a box (inclusive). */
export interface BoxLimit {
  readonly input: string;
  readonly low: number;
  readonly high: number;
}

/** A box with its quality: coverage, density and mass. */
export interface PrimBox {
  /** Limits of every input (the data range where unrestricted). */
  readonly limits: readonly BoxLimit[];
  /** Inputs the box restricts (narrower than the data's range). */
  readonly restricted: readonly string[];
  /** Share of all cases of interest (Σy) that fall in the box. */
  readonly coverage: number;
  /** Mean of y in the box (for 0/1 y: the share of cases of interest). */
  readonly density: number;
  /** Share of all points in the box. */
  readonly mass: number;
  readonly n: number;
}

/** Options of prim. */
export interface PrimOptions {
  /** Input names, one per column (default x0, x1, …). */
  readonly inputs?: readonly string[];
  /** Share of the box's points peeled per step (default 0.05). */
  readonly peelAlpha?: number;
  /** Share of the box's points added per pasting step (default 0.05). */
  readonly pasteAlpha?: number;
  /** Peeling stops before the box's mass falls below this (default 0.05). */
  readonly minMass?: number;
  /**
   * Density the chosen box must reach (default 0.8): the chosen box is the one of highest
   * coverage among those that reach it, or the densest when none does.
   */
  readonly threshold?: number;
}

/**
 * PRIM, the patient rule induction method: find a box in input space where the outcome y
 * is high — in scenario discovery, the region of the uncertainty space where a bad outcome
 * is likely.
 *
 * Peeling: from the box holding all points, repeatedly remove the slice — the peelAlpha
 * share of the box's points at the low or the high end of one input — whose removal leaves
 * the highest mean y, until the box's mass would fall below minMass. Each step is a point
 * on the coverage–density trade-off (the `trajectory`). The chosen box is the one with the
 * highest coverage among those whose density reaches `threshold` (default 0.8; the densest
 * box when none reaches it),
 * then pasted: bounds are widened again, pasteAlpha of the box's points at a time, while
 * that raises the mean. Friedman & Fisher's algorithm as EMA Workbench uses it for scenario
 * discovery (Bryant & Lempert 2010), with the plain mean as the peeling objective.
 *
 * Reference: Friedman, J. H. & Fisher, N. I. (1999). Bump hunting in high-dimensional data.
 * Statistics and Computing 9, 123–143. Bryant, B. P. & Lempert, R. J. (2010). Thinking
 * inside the box. Technological Forecasting & Social Change 77, 34–49.
 *
 * Cost: O(steps · k · n log n).
 *
 * @param x - n points, each k input values
 * @param y - n outcomes (0/1 for cases of interest, or any numbers ≥ 0)
 * @param options - inputs, peelAlpha, pasteAlpha, minMass, threshold
 * @returns the peeling trajectory and the chosen (pasted) box
 * @throws RangeError naming a bad argument (no points, ragged rows, non-finite values, no case of interest)
 * @example
 * const x = [[0.1], [0.2], [0.8], [0.9]];
 * prim(x, [0, 0, 1, 1], { peelAlpha: 0.25, minMass: 0.5 }).box.density; // => 1
 */
export function prim(
  x: readonly (readonly number[])[],
  y: readonly number[],
  options: PrimOptions = {},
): { readonly trajectory: readonly PrimBox[]; readonly box: PrimBox } {
  requireArrayLike('x', x, 'an array of points (arrays of numbers)');
  requireArrayLike('y', y, 'an array of 0/1 labels, one per point');
  requireObject('options', options, 'an object of options (peelAlpha, pasteAlpha, minMass)');
  const n = x.length;
  const { peelAlpha = 0.05, pasteAlpha = 0.05, minMass = 0.05 } = options;
  if (n < 2) throw new RangeError(`x must hold at least 2 points, received ${n}`);
  if (y.length !== n)
    throw new RangeError(`y must hold one value per point (${n}), received ${y.length}`);
  const k = (x[0] as readonly number[]).length;
  x.forEach((row, i) => {
    if (row.length !== k || row.some((v) => !Number.isFinite(v)))
      throw new RangeError(`x[${i}] must hold ${k} finite numbers`);
  });
  y.forEach((v, i) => {
    if (!(Number.isFinite(v) && v >= 0))
      throw new RangeError(`y[${i}] must be a finite number >= 0, received ${v}`);
  });
  for (const [name, a] of [
    ['peelAlpha', peelAlpha],
    ['pasteAlpha', pasteAlpha],
    ['minMass', minMass],
  ] as const)
    if (!(a > 0 && a < 1)) throw new RangeError(`${name} must be in (0, 1), received ${a}`);
  const inputs = options.inputs ?? Array.from({ length: k }, (_, i) => `x${i}`);
  if (inputs.length !== k)
    throw new RangeError(`inputs must name ${k} columns, received ${inputs.length}`);
  const totalY = y.reduce((a, v) => a + v, 0);
  if (!(totalY > 0))
    throw new RangeError('y has no case of interest (all 0): there is nothing to find');
  const range = Array.from(
    { length: k },
    (_, j) =>
      [Math.min(...x.map((r) => r[j] as number)), Math.max(...x.map((r) => r[j] as number))] as [
        number,
        number,
      ],
  );

  const describe = (lo: number[], hi: number[]): PrimBox => {
    let count = 0;
    let sum = 0;
    for (let i = 0; i < n; i++)
      if (inside(x[i] as readonly number[], lo, hi)) {
        count++;
        sum += y[i] as number;
      }
    return {
      limits: inputs.map((input, j) => ({ input, low: lo[j] as number, high: hi[j] as number })),
      restricted: inputs.filter(
        (_, j) =>
          (lo[j] as number) > (range[j] as [number, number])[0] ||
          (hi[j] as number) < (range[j] as [number, number])[1],
      ),
      coverage: sum / totalY,
      density: count > 0 ? sum / count : 0,
      mass: count / n,
      n: count,
    };
  };

  let lo = range.map((r) => r[0]);
  let hi = range.map((r) => r[1]);
  const trajectory = [describe(lo, hi)];
  const bounds = [{ lo, hi }];
  for (;;) {
    const members = indicesInside(x, lo, hi);
    let best: { lo: number[]; hi: number[]; mean: number; count: number } | null = null;
    for (let j = 0; j < k; j++) {
      const values = members
        .map((i) => (x[i] as readonly number[])[j] as number)
        .sort((a, b) => a - b);
      const cut = Math.max(1, Math.floor(peelAlpha * values.length));
      for (const side of ['low', 'high'] as const) {
        // Remove every point strictly beyond the quantile (ties stay, so at least `cut` go only when untied).
        const edge =
          side === 'low' ? (values[cut] as number) : (values[values.length - 1 - cut] as number);
        const nlo = [...lo];
        const nhi = [...hi];
        if (side === 'low') nlo[j] = edge;
        else nhi[j] = edge;
        let count = 0;
        let sum = 0;
        for (const i of members)
          if (inside(x[i] as readonly number[], nlo, nhi)) {
            count++;
            sum += y[i] as number;
          }
        if (count === members.length || count / n < minMass) continue;
        const mean = sum / count;
        if (best === null || mean > best.mean || (mean === best.mean && count > best.count))
          best = { lo: nlo, hi: nhi, mean, count };
      }
    }
    if (best === null) break;
    lo = best.lo;
    hi = best.hi;
    trajectory.push(describe(lo, hi));
    bounds.push({ lo, hi });
  }
  const threshold = Math.min(
    options.threshold ?? 0.8,
    Math.max(...trajectory.map((b) => b.density)),
  );
  let chosen = trajectory.length - 1;
  trajectory.forEach((b, i) => {
    const c = trajectory[chosen] as PrimBox;
    const reaches = b.density >= threshold;
    if (reaches && (c.density < threshold || b.coverage > c.coverage)) chosen = i;
  });
  const pasted = paste(x, y, bounds[chosen] as { lo: number[]; hi: number[] }, range, pasteAlpha);
  return { trajectory, box: describe(pasted.lo, pasted.hi) };
}

function inside(row: readonly number[], lo: readonly number[], hi: readonly number[]): boolean {
  for (let j = 0; j < row.length; j++)
    if ((row[j] as number) < (lo[j] as number) || (row[j] as number) > (hi[j] as number))
      return false;
  return true;
}

function indicesInside(x: readonly (readonly number[])[], lo: number[], hi: number[]): number[] {
  const out: number[] = [];
  x.forEach((row, i) => {
    if (inside(row, lo, hi)) out.push(i);
  });
  return out;
}

function paste(
  x: readonly (readonly number[])[],
  y: readonly number[],
  box: { lo: number[]; hi: number[] },
  range: readonly (readonly [number, number])[],
  alpha: number,
): { lo: number[]; hi: number[] } {
  let { lo, hi } = box;
  const mean = (l: number[], h: number[]) => {
    let c = 0;
    let s = 0;
    x.forEach((row, i) => {
      if (inside(row, l, h)) {
        c++;
        s += y[i] as number;
      }
    });
    return { mean: c > 0 ? s / c : 0, count: c };
  };
  let current = mean(lo, hi);
  for (let step = 0; step < 1000; step++) {
    let best: { lo: number[]; hi: number[]; mean: number; count: number } | null = null;
    const add = Math.max(1, Math.floor(alpha * current.count));
    for (let j = 0; j < lo.length; j++) {
      for (const side of ['low', 'high'] as const) {
        // Points outside only along j, on this side, nearest first.
        const outside = x
          .filter((row) => {
            const v = row[j] as number;
            const onSide = side === 'low' ? v < (lo[j] as number) : v > (hi[j] as number);
            return (
              onSide &&
              inside(
                row.map((u, c) =>
                  c === j ? (side === 'low' ? (lo[j] as number) : (hi[j] as number)) : u,
                ),
                lo,
                hi,
              )
            );
          })
          .map((row) => row[j] as number)
          .sort((a, b) => (side === 'low' ? b - a : a - b));
        if (outside.length === 0) continue;
        const edge = outside[Math.min(add, outside.length) - 1] as number;
        const nlo = [...lo];
        const nhi = [...hi];
        if (side === 'low') nlo[j] = Math.max((range[j] as readonly [number, number])[0], edge);
        else nhi[j] = Math.min((range[j] as readonly [number, number])[1], edge);
        const m = mean(nlo, nhi);
        if (m.mean > current.mean && (best === null || m.mean > best.mean))
          best = { lo: nlo, hi: nhi, ...m };
      }
    }
    if (best === null) break;
    lo = best.lo;
    hi = best.hi;
    current = { mean: best.mean, count: best.count };
  }
  return { lo, hi };
}
