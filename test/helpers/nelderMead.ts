/**
 * An independent optimiser for cross-checking fits: Nelder–Mead (Lagarias et al. 1998
 * coefficients 1, 2, 1/2, 1/2) on a box, by clamping each trial point into the box, with
 * restarts from the best vertex until a restart no longer improves. Slow and derivative-free:
 * it shares no code with the library's projected L-BFGS.
 */
export function nelderMead(
  f: (x: readonly number[]) => number,
  start: readonly number[],
  lower: readonly number[],
  upper: readonly number[],
  { maxEvaluations = 20_000, tolerance = 1e-11 } = {},
): { x: number[]; value: number } {
  const k = start.length;
  const clamp = (x: readonly number[]) =>
    x.map((v, i) => Math.min(upper[i] as number, Math.max(lower[i] as number, v)));
  const value = (x: number[]) => {
    const y = f(x);
    return Number.isFinite(y) ? y : Number.POSITIVE_INFINITY;
  };
  let evaluations = 0;
  let best = { x: clamp(start), value: value(clamp(start)) };
  for (let restart = 0; restart < 20 && evaluations < maxEvaluations; restart++) {
    const simplex = [best.x];
    for (let i = 0; i < k; i++) {
      const range = Math.min((upper[i] as number) - (lower[i] as number), 10);
      const v = [...best.x];
      const step = 0.1 * Math.max(Math.abs(v[i] as number), 0.05 * range, 1e-3);
      v[i] = (v[i] as number) + ((v[i] as number) + step > (upper[i] as number) ? -step : step);
      simplex.push(clamp(v));
    }
    let values = simplex.map(value);
    evaluations += k + 1;
    for (;;) {
      const order = values
        .map((_, i) => i)
        .sort((a, b) => (values[a] as number) - (values[b] as number));
      const s = order.map((i) => simplex[i] as number[]);
      const fv = order.map((i) => values[i] as number);
      simplex.splice(0, simplex.length, ...s);
      values = fv;
      const spread = (values[k] as number) - (values[0] as number);
      if (
        spread <= tolerance * (1 + Math.abs(values[0] as number)) ||
        evaluations >= maxEvaluations
      )
        break;
      const centroid = Array.from({ length: k }, (_, i) => {
        let sum = 0;
        for (let j = 0; j < k; j++) sum += (simplex[j] as number[])[i] as number;
        return sum / k;
      });
      const worst = simplex[k] as number[];
      const along = (t: number) =>
        clamp(centroid.map((c, i) => c + t * (c - (worst[i] as number))));
      const reflected = along(1);
      const fr = value(reflected);
      evaluations++;
      if (fr < (values[0] as number)) {
        const expanded = along(2);
        const fe = value(expanded);
        evaluations++;
        [simplex[k], values[k]] = fe < fr ? [expanded, fe] : [reflected, fr];
      } else if (fr < (values[k - 1] as number)) {
        [simplex[k], values[k]] = [reflected, fr];
      } else {
        const contracted = fr < (values[k] as number) ? along(0.5) : along(-0.5);
        const fc = value(contracted);
        evaluations++;
        if (fc < Math.min(fr, values[k] as number)) {
          [simplex[k], values[k]] = [contracted, fc];
        } else {
          for (let j = 1; j <= k; j++) {
            simplex[j] = clamp(
              (simplex[j] as number[]).map((v, i) => {
                const b = (simplex[0] as number[])[i] as number;
                return b + 0.5 * (v - b);
              }),
            );
            values[j] = value(simplex[j] as number[]);
          }
          evaluations += k;
        }
      }
    }
    const improved = (values[0] as number) < best.value - 1e-12;
    best = { x: simplex[0] as number[], value: values[0] as number };
    if (!improved && restart > 0) break;
  }
  return best;
}
