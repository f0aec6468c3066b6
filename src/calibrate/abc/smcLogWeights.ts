/**
 * The unnormalised log importance weights of an ABC-SMC population (Beaumont et al. 2009):
 * for each accepted particle i,
 *
 *   log w_i = log π(u_i) − log Σ_j w_j^{(g−1)} N(u_i; u_j, L·Lᵀ),
 *
 * the sum taken stably (log-sum-exp). The arithmetic is that of multivariateNormalLogDensity
 * term by term, in typed arrays with no allocation per pair, so the N² pairs of a generation
 * cost N²·d²/2 multiply-adds and nothing else.
 *
 * @param accepted - the accepted particles on the real line, with their log prior density
 * @param previous - the previous population on the real line
 * @param previousWeights - its normalised weights
 * @param l - the kernel's lower Cholesky factor, row-major d×d
 * @param logDetHalf - Σ log L_ii
 * @returns one log weight per accepted particle
 * @example
 * smcLogWeights([{ u: [0], logPrior: 0 }], [[0]], [1], Float64Array.of(1), 0); // => [0.9189385332046727]
 */
export function smcLogWeights(
  accepted: readonly { readonly u: readonly number[]; readonly logPrior: number }[],
  previous: readonly (readonly number[])[],
  previousWeights: readonly number[],
  l: Float64Array,
  logDetHalf: number,
): number[] {
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
  return accepted.map((a) => {
    for (let i = 0; i < d; i++) x[i] = a.u[i] as number;
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
    if (top === Number.NEGATIVE_INFINITY) return a.logPrior - top;
    let sum = 0;
    for (let j = 0; j < n; j++) sum += Math.exp((terms[j] as number) - top);
    return a.logPrior - (top + Math.log(sum));
  });
}
