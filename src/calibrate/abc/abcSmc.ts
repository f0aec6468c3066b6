import type { Prior } from '../priors/Prior.js';
import {
  type AbcAttemptBlock,
  type AbcGeneration,
  type AbcGenerationPlan,
  type AbcKept,
  type AbcPopulation,
  type AbcProgress,
  type AbcResult,
  type AbcSettings,
  type AbcStopReason,
  type AbcWork,
  ATTEMPT_KEPT,
  ATTEMPT_OUTSIDE,
  ATTEMPT_REFUSED,
} from './abcTypes.js';
import { explainedVariance, MIN_EXPLAINED_VARIANCE } from './informativeStatistics.js';
import { priorRealLine } from './priorRealLine.js';
import { scaledDistance } from './scaledDistance.js';
import { quantileSorted, statisticScales } from './statisticScales.js';

/**
 * ABC-SMC (Toni, Welch, Strelkowa, Ipsen & Stumpf 2009) with the importance weights and the
 * perturbation kernel of Beaumont, Cornuet, Marin & Robert (2009), as a generator of work:
 * it yields a generation's plan and the attempt to continue from, and receives blocks of
 * consecutive attempts' results (abcAttempts makes them: proposals, simulations, distances
 * and weights), so one algorithm serves a synchronous loop and a pool of worker threads
 * that work ahead alike.
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
 * result does not depend on the block sizes, on who simulates, or on attempts run beyond
 * the end (a driver may work ahead: each work item says about how many more attempts the
 * generation needs).
 *
 * @param priors - one prior per free parameter (no `fixed` ones: leave those out of θ)
 * @param observed - the observed statistics
 * @param settings - see AbcSettings
 * @param onProgress - called after each set of blocks
 * @returns a generator yielding work and returning the result
 * @throws RangeError when no statistic varies under the prior, the model refuses every draw,
 *   or blocks do not continue at the attempt asked for
 * @example
 * // See runAbc for a synchronous driver.
 */
export function* abcSmc(
  priors: readonly Prior[],
  observed: readonly number[],
  settings: AbcSettings,
  onProgress?: (progress: AbcProgress) => void,
): Generator<AbcWork, AbcResult, readonly AbcAttemptBlock[]> {
  const N = settings.particles;
  const generations: AbcGeneration[] = [];
  const budget = settings.simulationBudget;
  let simulations = 0;
  let firstRefusal: string | null = null;
  const line = priorRealLine(priors);

  /**
   * Judge a plan's attempts in index order until `want` are kept or the budget is spent:
   * the driver's blocks may be of any size, and results beyond the stopping attempt are
   * ignored, so nothing depends on who ran them.
   */
  function* judge(
    plan: AbcGenerationPlan,
    want: number,
    tolerance: number,
    rate: number,
  ): Generator<AbcWork, Judged, readonly AbcAttemptBlock[]> {
    const g = plan.generation;
    const kept: AbcKept[] = [];
    let attempts = 0;
    let sims = 0;
    let refused = 0;
    let outOfBudget = false;
    let stop = false;
    while (!stop && kept.length < want) {
      // Kept per attempt so far (before any is kept, the previous generation's).
      const perAttempt = kept.length > 0 ? kept.length / attempts : rate;
      const expected = Math.max(1, Math.ceil((want - kept.length) / perAttempt));
      const blocks = yield { plan, from: attempts, expected };
      for (const block of blocks) {
        if (block.from !== attempts || block.codes.length === 0)
          throw new RangeError(
            `blocks must continue at attempt ${attempts}, received one from ${block.from} of ${block.codes.length} attempts`,
          );
        let next = 0;
        for (const code of block.codes) {
          if (kept.length >= want) break;
          // Generation 0 simulates every attempt and counts it once simulated.
          if (g > 0) attempts++;
          if (code === ATTEMPT_OUTSIDE) continue;
          if (simulations >= budget) {
            outOfBudget = g > 0;
            stop = true;
            break;
          }
          if (g === 0) attempts++;
          sims++;
          simulations++;
          if (code === ATTEMPT_REFUSED) {
            refused++;
            firstRefusal ??= block.firstRefusal?.reason ?? null;
          } else if (code === ATTEMPT_KEPT) kept.push(block.kept[next++] as AbcKept);
        }
        if (stop || kept.length >= want) break;
      }
      onProgress?.({
        generation: g,
        accepted: kept.length,
        particles: want,
        simulations,
        tolerance,
      });
    }
    return { kept, attempts, sims, refused, outOfBudget };
  }

  // Generation 0: the prior.
  const want = settings.method === 'rejection' ? Math.ceil(N / settings.rejectionQuantile) : N;
  const zero = yield* judge({ seed: settings.seed, generation: 0, priors }, want, Infinity, 1);
  const first = zero.kept;
  if (first.length < Math.min(want, 2)) {
    throw new RangeError(
      `the model refused ${zero.refused} of ${zero.attempts} draws from the prior${firstRefusal === null ? '' : `; the first: ${firstRefusal}`}`,
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
      line.fromReal,
      ranked.map((r) => r.a),
      ranked.map(() => 1 / ranked.length),
      ranked.map((r) => r.dist),
    );
    generations.push(
      generationRow(
        0,
        ranked.at(-1)?.dist ?? Infinity,
        zero.attempts,
        simulations,
        zero.refused,
        population,
      ),
    );
    return { population, generations, scales, stopReason: 'rejection', simulations, firstRefusal };
  }
  population = toPopulation(
    line.fromReal,
    first,
    first.map(() => 1 / first.length),
    first.map((a) => distance(a.statistics)),
  );
  generations.push(
    generationRow(0, Infinity, zero.attempts, simulations, zero.refused, population),
  );
  stopReason = 'generations';
  let rate = first.length / zero.attempts;

  for (let g = 1; g < settings.maxGenerations; g++) {
    const tolerance = nextTolerance(population.distances, settings.quantile);
    if (tolerance === null) {
      stopReason = 'converged';
      break;
    }
    const plan: AbcGenerationPlan = {
      seed: settings.seed,
      generation: g,
      priors,
      previous: {
        kernel: settings.kernel ?? 'beaumont',
        reals: population.thetas.map(line.toReal),
        weights: population.weights,
        distances: population.distances,
        tolerance,
        observed,
        scales,
      },
    };
    const step = yield* judge(plan, N, tolerance, rate);
    if (step.outOfBudget) {
      stopReason = 'budget';
      break;
    }
    rate = N / step.attempts;
    // Each kept particle was weighed where it was simulated (abcAttempts); normalise here.
    const weights = step.kept.map((a) => a.logWeight);
    const top = Math.max(...weights);
    const raw = weights.map((w) => Math.exp(w - top));
    const total = raw.reduce((s, w) => s + w, 0);
    population = toPopulation(
      line.fromReal,
      step.kept,
      raw.map((w) => w / total),
      step.kept.map((a) => a.distance),
    );
    const row = generationRow(g, tolerance, step.attempts, step.sims, step.refused, population);
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

/** A generation's attempts, judged. */
interface Judged {
  readonly kept: AbcKept[];
  readonly attempts: number;
  readonly sims: number;
  readonly refused: number;
  readonly outOfBudget: boolean;
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
  accepted: readonly AbcKept[],
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
