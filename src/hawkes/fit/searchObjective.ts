import type { ModelSpec } from './ModelSpec.js';

/**
 * The negative log-likelihood of a model as a function of its free parameters on the
 * search scale (log for rates, units of `step` for the others), with the fixed ones held, and its gradient: exact by the
 * chain rule where the model has one, else central differences (one-sided at a bound).
 */
export interface SearchObjective {
  readonly free: readonly number[];
  readonly lower: number[];
  readonly upper: number[];
  value(u: readonly number[]): number;
  /** The value alone, without a gradient pass (for screening starting points). */
  valueOnly(u: readonly number[]): number;
  gradient(u: readonly number[]): number[];
  /** Full natural-scale parameter vector from free search coordinates. */
  theta(u: readonly number[]): number[];
  /** Free search coordinates from a full natural-scale vector. */
  search(theta: readonly number[]): number[];
}

export function searchObjective(
  spec: ModelSpec,
  fixed: ReadonlyMap<number, number>,
): SearchObjective {
  const free = spec.parameters.map((_, i) => i).filter((i) => !fixed.has(i));
  const isLog = free.map((i) => spec.parameters[i]?.scale === 'log');
  const step = free.map((i) => spec.parameters[i]?.step ?? 1);
  const toSearch = (v: number, f: number) => (isLog[f] ? Math.log(v) : v / (step[f] as number));
  const lower = free.map((i, f) => toSearch(spec.parameters[i]?.lower as number, f));
  const upper = free.map((i, f) => toSearch(spec.parameters[i]?.upper as number, f));
  const theta = (u: readonly number[]): number[] => {
    const full = spec.parameters.map((_, i) => fixed.get(i) ?? 0);
    free.forEach((i, f) => {
      full[i] = isLog[f] ? Math.exp(u[f] as number) : (u[f] as number) * (step[f] as number);
    });
    return full;
  };
  // The optimiser asks for f and ∇f at the same points; one pass gives both, so keep the last.
  let last: { u: readonly number[]; value: number; gradient: number[] } | null = null;
  const evaluate = (u: readonly number[]) => {
    if (last !== null && last.u.length === u.length && last.u.every((v, f) => v === u[f]))
      return last;
    const full = theta(u);
    const both = spec.withGradient?.(full) as { value: number; gradient: number[] };
    const gradient = free.map(
      (i, f) =>
        -(both.gradient[i] as number) * (isLog[f] ? (full[i] as number) : (step[f] as number)),
    );
    last = { u: [...u], value: -both.value, gradient };
    return last;
  };
  const value = spec.withGradient
    ? (u: readonly number[]) => evaluate(u).value
    : (u: readonly number[]) => -spec.logLikelihood(theta(u));
  const gradient = spec.withGradient
    ? (u: readonly number[]) => evaluate(u).gradient
    : (u: readonly number[]) =>
        free.map((_, f) => centralDifference(value, u, f, lower[f] as number, upper[f] as number));
  return {
    free,
    lower,
    upper,
    value,
    valueOnly: (u) => -spec.logLikelihood(theta(u)),
    gradient,
    theta,
    search: (full) => free.map((i, f) => toSearch(full[i] as number, f)),
  };
}

/**
 * ∂f/∂u_f by central differences, or the second-order one-sided form at a bound. The step
 * is relative to the coordinate's size, or to its range where that is narrower (a trend
 * lives in ±20/T, so a unit step would overflow e^{γt} when t is large).
 */
function centralDifference(
  f: (u: readonly number[]) => number,
  u: readonly number[],
  index: number,
  lo: number,
  hi: number,
): number {
  const x = u[index] as number;
  const scale = Math.min(1, Number.isFinite(hi - lo) ? (hi - lo) / 20 : 1);
  const h = 1e-6 * Math.max(scale, Math.abs(x));
  const at = (step: number) => {
    const v = [...u];
    v[index] = x + step;
    return f(v);
  };
  if (x - h >= lo && x + h <= hi) return (at(h) - at(-h)) / (2 * h);
  const s = x + 2 * h <= hi ? h : -h;
  return (-3 * f(u) + 4 * at(s) - at(2 * s)) / (2 * s);
}
