import { createRng } from '../../random/createRng.js';
import { samplePoisson } from '../../random/samplePoisson.js';
import { buildModel, type ModelShape } from './buildModels.js';
import { fitModel } from './fitModel.js';
import { likelihoodRatio } from './likelihoodRatio.js';
import type { StrikeInput } from './strikeInput.js';

/** A likelihood-ratio test of a model against a homogeneous Poisson process, by parametric bootstrap. */
export interface PoissonTest {
  /** 2(ℓ_model − ℓ_Poisson) on the data. */
  readonly statistic: number;
  /** (1 + #{bootstrap statistics ≥ observed}) / (replicates + 1); null when replicates is 0. */
  readonly pValue: number | null;
  readonly replicates: number;
  readonly seed: number | string;
  readonly method: string;
}

/**
 * Test the fitted model against a homogeneous Poisson process. The usual χ² reference is
 * not valid here: under the null the branching ratio sits on its bound 0 and the decay is
 * not identified (Davies' problem), so the null distribution of the likelihood ratio is
 * simulated: draw Poisson sequences at the fitted rate N/T on the same window, refit both
 * models to each, and count how often the simulated ratio reaches the observed one
 * (Davison & Hinkley 1997, Bootstrap Methods, §4.2.3). Replicate b draws from the stream
 * `seed/poisson-test/b`, so the p-value does not depend on the order of evaluation.
 * `onReplicate` is called after each replicate (for progress). Each refit takes the data's
 * `timeResolution` (days, 0 for continuous), so its strike decay is bounded as the fit's.
 */
export function bootstrapPoissonTest(
  statistic: number,
  count: number,
  horizon: number,
  shape: ModelShape,
  strikes: StrikeInput | undefined,
  fix: Readonly<Record<string, number>>,
  replicates: number,
  seed: number | string,
  onReplicate?: () => void,
  timeResolution = 0,
): PoissonTest {
  const method = `parametric bootstrap (${replicates} Poisson replicates at the fitted rate)`;
  if (replicates === 0) return { statistic, pValue: null, replicates, seed, method };
  const root = createRng(seed).fork('poisson-test');
  const rate = count / horizon;
  let reached = 0;
  for (let b = 0; b < replicates; b++) {
    const rng = root.fork(b);
    const n = samplePoisson(rng, rate * horizon);
    const times = Float64Array.from({ length: n }, () => rng() * horizon).sort();
    const simulated = simulatedStatistic(times, horizon, shape, strikes, fix, timeResolution);
    if (simulated >= statistic - 1e-9) reached++;
    onReplicate?.();
  }
  return { statistic, pValue: (1 + reached) / (replicates + 1), replicates, seed, method };
}

function simulatedStatistic(
  times: Float64Array,
  horizon: number,
  shape: ModelShape,
  strikes: StrikeInput | undefined,
  fix: Readonly<Record<string, number>>,
  timeResolution: number,
): number {
  if (times.length < 2) return 0; // nothing to excite: both models fit alike
  const poisson = times.length * Math.log(times.length / horizon) - times.length;
  const model = fitModel(buildModel(times, horizon, shape, strikes, { timeResolution }), {
    fix,
    intervals: 'none',
    standardErrors: false,
  });
  return likelihoodRatio(model.logLikelihood, poisson);
}
