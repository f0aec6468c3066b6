import { createCategoricalSampler } from '../../random/createCategoricalSampler.js';
import { createStream } from '../../random/createStream.js';
import { standardNormal } from '../../random/sampleNormal.js';
import type { Prior } from '../priors/Prior.js';
import { priorLogDensityFunction } from '../priors/priorLogDensity.js';
import { type PriorTransform, priorTransform } from '../priors/priorTransform.js';
import { samplePrior } from '../priors/samplePrior.js';
import type {
  AbcBatch,
  AbcGeneration,
  AbcOutcome,
  AbcPopulation,
  AbcProgress,
  AbcResult,
  AbcSettings,
  AbcStopReason,
} from './abcTypes.js';
import { explainedVariance, MIN_EXPLAINED_VARIANCE } from './informativeStatistics.js';
import { perturbationKernel } from './perturbationKernel.js';
import { scaledDistance } from './scaledDistance.js';
import { smcLogWeights } from './smcLogWeights.js';
import { quantileSorted, statisticScales } from './statisticScales.js';

interface Accepted {
  /** The parameters on the real line (see priorTransform). */
  u: number[];
  statistics: readonly number[];
  extra: readonly number[];
  logPrior: number;
}

/**
 * ABC-SMC (Toni, Welch, Strelkowa, Ipsen & Stumpf 2009) with the importance weights and the
 * perturbation kernel of Beaumont, Cornuet, Marin & Robert (2009), as a generator of work:
 * it yields batches of parameter sets to simulate and receives their outcomes, so one
 * algorithm serves a synchronous loop and a pool of worker threads alike.
 *
 * Generation 0 draws from the prior and keeps the first N the model accepts (or, for
 * `rejection`, the closest N of N/rejectionQuantile); the statistics' scales come from it
 * (statisticScales), and a statistic the parameters explain less than 1% of (linear R² on
 * the real line, explainedVariance) is left out of the distance. Generation g accepts at tolerance ε_g, the `quantile` of the previous
 * distances (lowered to the next distinct distance when ties would stall it). A proposal
 * picks particle j by weight and perturbs it with N(0, 2Σ), Σ the weighted covariance of the
 * previous population (or, with `kernel: 'olcm'`, Filippi et al. 2013's local covariance of
 * particle j; see perturbationKernel), on the real line each prior's support maps to (priorTransform: log
 * for rates, logit for bounded parameters), so proposals stay in the support. Weights, with
 * π the prior's density on that line:
 *
 *   w_i ∝ π(θ_i) / Σ_j w_j^{(g−1)} K_j(θ_i | θ_j),   K_j = N(θ_j, 2Σ) or N(θ_j, Σ_j).
 *
 * Determinism: attempt k of generation g draws its proposal from `${seed}/g${g}/a${k}/proposal`
 * and hands `${seed}/g${g}/a${k}/simulation` to the model,
 * attempts are judged in index order and a generation ends at its N-th acceptance, so the
 * result does not depend on the batch size or on who simulates.
 *
 * @param priors - one prior per free parameter (no `fixed` ones: leave those out of θ)
 * @param observed - the observed statistics
 * @param settings - see AbcSettings
 * @param onProgress - called after each batch
 * @returns a generator yielding batches and returning the result
 * @throws RangeError when no statistic varies under the prior, or the model refuses every draw
 * @example
 * // See runAbc for a synchronous driver.
 */
export function* abcSmc(
  priors: readonly Prior[],
  observed: readonly number[],
  settings: AbcSettings,
  onProgress?: (progress: AbcProgress) => void,
): Generator<AbcBatch, AbcResult, readonly AbcOutcome[]> {
  const d = priors.length;
  const N = settings.particles;
  const generations: AbcGeneration[] = [];
  let simulations = 0;
  let firstRefusal: string | null = null;
  const transforms = priors.map(priorTransform);
  const toReal = (theta: readonly number[]) =>
    theta.map((x, j) => (transforms[j] as PriorTransform).toReal(x));
  const fromReal = (u: readonly number[]) =>
    u.map((x, j) => (transforms[j] as PriorTransform).fromReal(x));
  // The prior's log density on the real line: π(x(u))·|dx/du|.
  const densities = priors.map(priorLogDensityFunction);
  const logPriorAt = (u: readonly number[], theta: readonly number[]) => {
    let s = 0;
    for (let j = 0; j < d; j++)
      s =
        s +
        (densities[j] as (x: number) => number)(theta[j] as number) +
        (transforms[j] as PriorTransform).logJacobian(u[j] as number);
    return s;
  };
  const logPrior = (u: readonly number[]) => logPriorAt(u, fromReal(u));

  // Generation 0: the prior.
  const want = settings.method === 'rejection' ? Math.ceil(N / settings.rejectionQuantile) : N;
  const first: Accepted[] = [];
  let attempts = 0;
  let refused = 0;
  while (first.length < want) {
    if (simulations >= settings.simulationBudget) break;
    const count = Math.min(settings.batchSize, settings.simulationBudget - simulations);
    const thetas: number[][] = [];
    const streams: string[] = [];
    for (let k = attempts; k < attempts + count; k++) {
      // createStream gives createRng's stream for the same seed, seeded faster.
      const rng = createStream(`${settings.seed}/g0/a${k}/proposal`);
      thetas.push(priors.map((p) => samplePrior(p, rng)));
      streams.push(`${settings.seed}/g0/a${k}/simulation`);
    }
    const outcomes = yield { thetas, streams };
    for (let i = 0; i < count && first.length < want; i++) {
      attempts++;
      simulations++;
      const outcome = outcomes[i] as AbcOutcome;
      if ('refused' in outcome) {
        refused++;
        firstRefusal ??= outcome.refused;
        continue;
      }
      const u = toReal(thetas[i] as number[]);
      // A prior draw on the very edge of its support has no place on the real line.
      if (!u.every(Number.isFinite)) {
        refused++;
        firstRefusal ??= 'a prior draw fell on the edge of its support';
        continue;
      }
      first.push({
        u,
        statistics: outcome.statistics,
        extra: outcome.extra ?? [],
        logPrior: logPrior(u),
      });
    }
    onProgress?.({
      generation: 0,
      accepted: first.length,
      particles: want,
      simulations,
      tolerance: Infinity,
    });
  }
  if (first.length < Math.min(want, 2)) {
    throw new RangeError(
      `the model refused ${refused} of ${attempts} draws from the prior${firstRefusal === null ? '' : `; the first: ${firstRefusal}`}`,
    );
  }
  const spread = statisticScales(first.map((a) => a.statistics));
  const explained = explainedVariance(
    first.map((a) => a.u),
    first.map((a) => a.statistics),
  );
  // A statistic the parameters do not move is left out of the distance (scale 0).
  const scales = spread.map((s, j) => ((explained[j] as number) >= MIN_EXPLAINED_VARIANCE ? s : 0));
  if (scales.every((s) => !(s > 0))) {
    throw new RangeError(
      'no summary statistic varies across draws from the prior: the simulations cannot inform any parameter',
    );
  }
  const distance = (s: readonly number[]) => scaledDistance(s, observed, scales);

  let population: AbcPopulation;
  let stopReason: AbcStopReason;
  if (settings.method === 'rejection') {
    const ranked = first
      .map((a) => ({ a, dist: distance(a.statistics) }))
      .sort((x, y) => x.dist - y.dist)
      .slice(0, N);
    population = toPopulation(
      fromReal,
      ranked.map((r) => r.a),
      ranked.map(() => 1 / ranked.length),
      ranked.map((r) => r.dist),
    );
    generations.push(
      generationRow(0, ranked.at(-1)?.dist ?? Infinity, attempts, simulations, refused, population),
    );
    return { population, generations, scales, stopReason: 'rejection', simulations, firstRefusal };
  }
  population = toPopulation(
    fromReal,
    first,
    first.map(() => 1 / first.length),
    first.map((a) => distance(a.statistics)),
  );
  generations.push(generationRow(0, Infinity, attempts, simulations, refused, population));
  stopReason = 'generations';

  for (let g = 1; g < settings.maxGenerations; g++) {
    const tolerance = nextTolerance(population.distances, settings.quantile);
    if (tolerance === null) {
      stopReason = 'converged';
      break;
    }
    const reals = population.thetas.map(toReal);
    const kernel = perturbationKernel(
      settings.kernel ?? 'beaumont',
      reals,
      population.weights,
      population.distances,
      tolerance,
    );
    const pick = createCategoricalSampler(population.weights);
    const z = new Float64Array(d);
    const accepted: Accepted[] = [];
    const dists: number[] = [];
    let genAttempts = 0;
    let genSims = 0;
    let genRefused = 0;
    let outOfBudget = false;
    while (accepted.length < N) {
      const proposals: { u: number[]; theta: number[]; lp: number; stream: string }[] = [];
      for (let k = genAttempts; k < genAttempts + settings.batchSize; k++) {
        const stream = `${settings.seed}/g${g}/a${k}/simulation`;
        // The proposal and the simulation draw from different streams: shared draws would
        // tie the simulated data to the parameters and bias the posterior.
        const rng = createStream(`${settings.seed}/g${g}/a${k}/proposal`);
        const base = pick(rng);
        for (let i = 0; i < d; i++) z[i] = standardNormal(rng);
        const u = kernel.perturb(base, z);
        const theta = fromReal(u);
        // A value that rounds onto the edge of the support has no density there.
        const lp = logPriorAt(u, theta);
        // An infinite density (a beta with α < 1 at its edge) is an edge, not a mode: skip it.
        proposals.push({
          u,
          theta,
          lp: Number.isFinite(lp) ? lp : Number.NEGATIVE_INFINITY,
          stream,
        });
      }
      const toSimulate = proposals.filter((p) => p.lp > Number.NEGATIVE_INFINITY);
      const outcomes =
        toSimulate.length > 0
          ? yield {
              thetas: toSimulate.map((p) => p.theta),
              streams: toSimulate.map((p) => p.stream),
            }
          : [];
      let next = 0;
      for (const p of proposals) {
        if (accepted.length >= N) break;
        genAttempts++;
        if (p.lp === Number.NEGATIVE_INFINITY) continue;
        if (simulations >= settings.simulationBudget) {
          outOfBudget = true;
          break;
        }
        const outcome = outcomes[next++] as AbcOutcome;
        genSims++;
        simulations++;
        if ('refused' in outcome) {
          genRefused++;
          firstRefusal ??= outcome.refused;
          continue;
        }
        const dist = distance(outcome.statistics);
        if (dist <= tolerance) {
          accepted.push({
            u: p.u,
            statistics: outcome.statistics,
            extra: outcome.extra ?? [],
            logPrior: p.lp,
          });
          dists.push(dist);
        }
      }
      onProgress?.({
        generation: g,
        accepted: accepted.length,
        particles: N,
        simulations,
        tolerance,
      });
      if (outOfBudget) break;
    }
    if (outOfBudget) {
      stopReason = 'budget';
      break;
    }
    // One global kernel (Beaumont's): the typed-array sum; local kernels: one density each.
    const weights = kernel.global
      ? smcLogWeights(
          accepted,
          reals,
          population.weights,
          kernel.global.L,
          kernel.global.logDetHalf,
        )
      : accepted.map((a) => a.logPrior - kernel.mixtureLogDensity(a.u));
    const top = Math.max(...weights);
    const raw = weights.map((w) => Math.exp(w - top));
    const total = raw.reduce((s, w) => s + w, 0);
    population = toPopulation(
      fromReal,
      accepted,
      raw.map((w) => w / total),
      dists,
    );
    const row = generationRow(g, tolerance, genAttempts, genSims, genRefused, population);
    generations.push(row);
    if (tolerance <= settings.targetTolerance) {
      stopReason = 'tolerance';
      break;
    }
    if (row.acceptanceRate < settings.minAcceptanceRate) {
      stopReason = 'acceptance';
      break;
    }
  }
  return { population, generations, scales, stopReason, simulations, firstRefusal };
}

/** The next tolerance: the quantile of the distances, or the largest one below the current maximum when ties hold it there; null when every distance is 0. */
function nextTolerance(distances: readonly number[], q: number): number | null {
  const sorted = [...distances].sort((a, b) => a - b);
  const top = sorted.at(-1) ?? 0;
  if (top === 0) return null;
  const eps = quantileSorted(sorted, q);
  if (eps < top) return eps;
  const below = sorted.filter((x) => x < top);
  return below.length > 0 ? (below.at(-1) as number) : null;
}

function toPopulation(
  fromReal: (u: readonly number[]) => number[],
  accepted: readonly Accepted[],
  weights: readonly number[],
  distances: readonly number[],
): AbcPopulation {
  return {
    thetas: accepted.map((a) => fromReal(a.u)),
    weights,
    distances,
    statistics: accepted.map((a) => a.statistics),
    extras: accepted.map((a) => a.extra),
  };
}

function generationRow(
  generation: number,
  tolerance: number,
  attempts: number,
  simulations: number,
  refused: number,
  population: AbcPopulation,
): AbcGeneration {
  const sumSquares = population.weights.reduce((s, w) => s + w * w, 0);
  return {
    generation,
    tolerance,
    attempts,
    simulations,
    refused,
    acceptanceRate: simulations > 0 ? population.thetas.length / simulations : 0,
    effectiveSampleSize: sumSquares > 0 ? 1 / sumSquares : 0,
  };
}
