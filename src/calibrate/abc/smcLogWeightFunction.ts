/**
 * The unnormalised log importance weight of an ABC-SMC particle under Beaumont's kernel
 * (Beaumont et al. 2009): for an accepted particle u with log prior density log π(u),
 *
 *   log w = log π(u) − log Σ_j w_j^{(g−1)} N(u; u_j, L·Lᵀ),
 *
 * the sum taken stably (log-sum-exp). The arithmetic is that of multivariateNormalLogDensity
 * term by term, in typed arrays with no allocation per pair, so a particle costs N·d²/2
 * multiply-adds and nothing else. Each particle's weight depends only on it and on the
 * previous population, so the rows of a generation can be computed anywhere (worker threads
 * weigh the particles they accept) with the same bits.
 *
 * @param previous - the previous population on the real line
 * @param previousWeights - its normalised weights
 * @param l - the kernel's lower Cholesky factor, row-major d×d
 * @param logDetHalf - Σ log L_ii
 * @returns (u, logPrior) => the log weight of u
 * @example
 * smcLogWeightFunction([[0]], [1], Float64Array.of(1), 0)([0], 0); // => 0.9189385332046727
 */
export function smcLogWeightFunction(
  previous: readonly (readonly number[])[],
  previousWeights: readonly number[],
  l: Float64Array,
  logDetHalf: number,
): (u: readonly number[], logPrior: number) => number {
  const n = previous.length;
  const d = l.length === 0 ? 0 : Math.round(Math.sqrt(l.length));
  const logW = Float64Array.from(previousWeights, (w) => Math.log(w));
  const constant = 0.5 * d * Math.log(2 * Math.PI);
  const means = new Float64Array(n * d);
  previous.forEach((r, j) => {
    for (let i = 0; i < d; i++) means[j * d + i] = r[i] as number;
  });
  const diagonal = new Float64Array(d);
  for (let i = 0; i < d; i++) diagonal[i] = l[i * d + i] as number;
  const x = new Float64Array(d);
  const z = new Float64Array(d);
  const terms = new Float64Array(n);
  return (u, logPrior) => {
    for (let i = 0; i < d; i++) x[i] = u[i] as number;
    let top = Number.NEGATIVE_INFINITY;
    let nan = false;
    for (let j = 0; j < n; j++) {
      const offset = j * d;
      let quadratic = 0;
      for (let i = 0; i < d; i++) {
        let s = (x[i] as number) - (means[offset + i] as number);
        const row = i * d;
        for (let k = 0; k < i; k++) s -= (l[row + k] as number) * (z[k] as number);
        const zi = s / (diagonal[i] as number);
        z[i] = zi;
        quadratic += zi * zi;
      }
      const term = (logW[j] as number) + (-0.5 * quadratic - logDetHalf - constant);
      terms[j] = term;
      if (term > top) top = term;
      else if (Number.isNaN(term)) nan = true;
    }
    if (nan) return Number.NaN;
    if (top === Number.NEGATIVE_INFINITY) return logPrior - top;
    let sum = 0;
    for (let j = 0; j < n; j++) sum += Math.exp((terms[j] as number) - top);
    return logPrior - (top + Math.log(sum));
  };
}
