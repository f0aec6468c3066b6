import { createCategoricalSampler } from '../../random/createCategoricalSampler.js';
import { createStream } from '../../random/createStream.js';
import { standardNormal } from '../../random/sampleNormal.js';
import { requireArrayLike, requireObject } from '../../util/requireArgument.js';
import type { PriorTransform } from '../priors/priorTransform.js';
import { samplePrior } from '../priors/samplePrior.js';
import {
  type AbcAttemptBlock,
  type AbcGenerationPlan,
  type AbcKept,
  type AbcOutcome,
  ATTEMPT_KEPT,
  ATTEMPT_OUTSIDE,
  ATTEMPT_REFUSED,
  ATTEMPT_REJECTED,
} from './abcTypes.js';
import { perturbationKernel } from './perturbationKernel.js';
import { priorRealLine } from './priorRealLine.js';
import { scaledDistance } from './scaledDistance.js';
import { smcLogWeightFunction } from './smcLogWeightFunction.js';

/** Runs attempts [from, from + count) of a plan with a model. */
export type AbcAttemptRunner = (
  from: number,
  count: number,
  simulate: (theta: readonly number[], stream: string) => AbcOutcome,
) => AbcAttemptBlock;

/**
 * The attempts of one ABC-SMC generation (see abcSmc), for whoever simulates: the main
 * thread or a worker thread. Attempt k draws its proposal from
 * `${seed}/g${g}/a${k}/proposal` (generation 0: a prior draw; later: a particle picked by
 * weight and moved by the kernel built from the plan) and hands
 * `${seed}/g${g}/a${k}/simulation` to the model; a proposal with no prior density is not
 * simulated; after generation 0 a simulation is kept when its distance is within the
 * tolerance, and a kept particle is weighed at once (its weight needs only the previous
 * population). So an attempt's result depends on the plan and k alone, and the work of a
 * generation, proposals and weights included, splits over threads with the same bits.
 *
 * Why here and not in abcSmc: on the pool, proposals and the O(N²) weights made on the main
 * thread between batches left the workers waiting (two threads gained 1.08× over one).
 *
 * @param plan - the generation's plan (abcSmc's work)
 * @returns a runner: (from, count, simulate) => the block of results
 * @throws TypeError when the plan is not an object with priors
 * @example
 * const run = abcAttempts({ seed: 1, generation: 0, priors: [{ type: 'uniform', min: 0, max: 1 }] });
 * run(0, 3, ([x]) => ({ statistics: [x] })).kept.length; // => 3
 */
export function abcAttempts(plan: AbcGenerationPlan): AbcAttemptRunner {
  requireObject('plan', plan, 'an ABC generation plan (abcSmc yields them)');
  requireArrayLike('plan.priors', plan.priors, 'an array of priors');
  const { seed, generation: g, priors, previous } = plan;
  const d = priors.length;
  const line = priorRealLine(priors);
  const propose = (k: number) => `${seed}/g${g}/a${k}/proposal`;
  const stream = (k: number) => `${seed}/g${g}/a${k}/simulation`;

  if (previous === undefined) {
    return (from, count, simulate) => {
      const block = emptyBlock(from, count);
      for (let k = from; k < from + count; k++) {
        // createStream gives createRng's stream for the same seed, seeded faster.
        const rng = createStream(propose(k));
        const theta = priors.map((p) => samplePrior(p, rng));
        const outcome = simulate(theta, stream(k));
        if ('refused' in outcome) {
          block.refuse(k, outcome.refused);
          continue;
        }
        const u = line.toReal(theta);
        // A prior draw on the very edge of its support has no place on the real line.
        if (!u.every(Number.isFinite)) {
          block.refuse(k, 'a prior draw fell on the edge of its support');
          continue;
        }
        block.keep(k, {
          u,
          logPrior: line.logPriorAt(u, line.fromReal(u)),
          statistics: outcome.statistics,
          extra: outcome.extra ?? [],
          distance: Number.NaN,
          logWeight: 0,
        });
      }
      return block.done();
    };
  }

  const { reals, weights, distances, tolerance, observed, scales } = previous;
  const kernel = perturbationKernel(previous.kernel, reals, weights, distances, tolerance);
  // One global kernel (Beaumont's): the typed-array sum; local kernels: one density each.
  const weigh = kernel.global
    ? smcLogWeightFunction(reals, weights, kernel.global.L, kernel.global.logDetHalf)
    : (u: readonly number[], logPrior: number) => logPrior - kernel.mixtureLogDensity(u);
  const pick = createCategoricalSampler(weights);
  const z = new Float64Array(d);
  return (from, count, simulate) => {
    const block = emptyBlock(from, count);
    for (let k = from; k < from + count; k++) {
      // The proposal and the simulation draw from different streams: shared draws would tie
      // the simulated data to the parameters and bias the posterior.
      const rng = createStream(propose(k));
      const base = pick(rng);
      const centre = reals[base] as readonly number[];
      const L = kernel.factor(base);
      const u = new Array<number>(d);
      const theta = new Array<number>(d);
      // Coordinate by coordinate (kernel.perturb, fromReal and logPriorAt's arithmetic in
      // their order), so a proposal stops at its first parameter outside the prior's
      // support: most proposals that fall outside do, and the rest of their draws is unused.
      let logPrior = 0;
      for (let i = 0; i < d; i++) {
        z[i] = standardNormal(rng);
        let s = centre[i] as number;
        for (let j = 0; j <= i; j++) s += (L[i * d + j] as number) * (z[j] as number);
        u[i] = s;
        const x = (line.transforms[i] as PriorTransform).fromReal(s);
        theta[i] = x;
        const density = (line.densities[i] as (x: number) => number)(x);
        logPrior = logPrior + density + (line.transforms[i] as PriorTransform).logJacobian(s);
        if (density === Number.NEGATIVE_INFINITY) break;
      }
      // A value that rounds onto the edge of the support has no density there, and an
      // infinite density (a beta with α < 1 at its edge) is an edge, not a mode: skip both.
      if (!Number.isFinite(logPrior)) continue; // code 0: outside
      const outcome = simulate(theta, stream(k));
      if ('refused' in outcome) {
        block.refuse(k, outcome.refused);
        continue;
      }
      const distance = scaledDistance(outcome.statistics, observed, scales);
      if (!(distance <= tolerance)) {
        block.reject(k);
        continue;
      }
      block.keep(k, {
        u,
        logPrior,
        statistics: outcome.statistics,
        extra: outcome.extra ?? [],
        distance,
        logWeight: weigh(u, logPrior),
      });
    }
    return block.done();
  };
}

function emptyBlock(from: number, count: number) {
  const codes = new Uint8Array(count).fill(ATTEMPT_OUTSIDE);
  const kept: AbcKept[] = [];
  let firstRefusal: AbcAttemptBlock['firstRefusal'] = null;
  return {
    refuse(k: number, reason: string) {
      codes[k - from] = ATTEMPT_REFUSED;
      firstRefusal ??= { attempt: k, reason };
    },
    reject(k: number) {
      codes[k - from] = ATTEMPT_REJECTED;
    },
    keep(k: number, particle: AbcKept) {
      codes[k - from] = ATTEMPT_KEPT;
      kept.push(particle);
    },
    done: (): AbcAttemptBlock => ({ from, codes, firstRefusal, kept }),
  };
}
