import { minimizeMultiStart } from '../../optimize/minimizeMultiStart.js';
import { createRng } from '../../random/createRng.js';
import { chiSquareQuantile } from '../../stats/chiSquare.js';
import { simulateMultivariateHawkes } from '../simulateMultivariateHawkes.js';
import { buildModel, type ModelShape } from './buildModels.js';
import type { StrikeCutoffOption } from './chooseStrikeCutoff.js';
import type { ModelSpec } from './ModelSpec.js';
import { predictionQuantile } from './predictionQuantile.js';
import { searchObjective } from './searchObjective.js';
import { type StrikeInput, strikeShocks } from './strikeInput.js';

/** A bootstrap-calibrated cut-off at one end of a profile interval. */
export interface EndCutoff {
  /** The likelihood-ratio statistic 2(ℓ̂ − ℓ) the end is drawn at. */
  readonly value: number;
  /** The parameter value the records were simulated under (the χ²₁ interval's end). */
  readonly simulatedAt: number;
  /** Bootstrap records simulated and refitted. */
  readonly replicates: number;
  /** Records left out: fewer than 2 events, or the simulation reached its event cap. */
  readonly skipped: number;
  /** Mean and standard deviation of the signed root R* over the records (null when too few). */
  readonly signedRootMean: number | null;
  readonly signedRootSd: number | null;
  /**
   * Monte Carlo error: the cut-off with the signed root's mean moved by ∓1.96 standard
   * errors (b/√B); null when too few records could be refitted (the value is then χ²₁).
   */
  readonly monteCarloInterval: readonly [number, number] | null;
}

/** The cut-off a profile interval was drawn with, and how it was found. */
export interface ProfileCutoff {
  /** 'bootstrap': calibrated by parametric bootstrap at each end; 'chiSquare': Wilks' χ²₁. */
  readonly method: 'bootstrap' | 'chiSquare';
  /** The cut-off asked for ('auto' unless the caller chose one). */
  readonly requested: StrikeCutoffOption;
  /** Why `method` was used: asked for, or the automatic choice's reason. */
  readonly reason: string;
  /** Wilks' χ²₁ quantile at the same confidence, for comparison. */
  readonly chiSquare: number;
  /** The calibrated cut-off at each end (null for χ², or an end the profile did not reach). */
  readonly lower: EndCutoff | null;
  readonly upper: EndCutoff | null;
  readonly seed: number | string | null;
  readonly message: string;
}

/** Fewer refitted records than this and the end keeps χ²₁. */
const LEAST = 10;

/**
 * Calibrate one end of the profile interval of a parameter (the strike response) by a
 * parametric bootstrap of the signed root R = sign(ψ̂ − ψ₀)·√W, W = 2(ℓ̂ − ℓ̂₀), under the
 * null that the parameter equals its value in `estimate` (the profile maximiser at the χ²₁
 * end): simulate `replicates` records there with the observed strikes, refit each with the
 * parameter free and held, and estimate R*'s mean a and standard deviation b. The mean-and-
 * variance corrected signed root (R − a)/b is standard normal to third order
 * (Barndorff-Nielsen & Cox 1994, Inference and Asymptotics, §6.6; estimated by the
 * constrained bootstrap: DiCiccio, Martin & Stern 2001, Can. J. Statist. 29, 67–76; Lee &
 * Young 2005, Statist. Probab. Lett. 71, 143–153), so the end sits where R = a + z·b
 * (lower end, R > 0) or R = a − z·b (upper end), z the normal prediction quantile for B
 * records ({@link predictionQuantile}: Φ⁻¹((1 + confidence)/2) widened for the error in a
 * and b, which counts as much as the records are few): at W equal
 * to that bound squared, or at the estimate itself when the bound has the other sign.
 *
 * Why: with few events the signed root is skewed, not only spread: for a deterring response
 * (μ = 0.5, n = 0.3, β = 1, r = −2, δ = 0.5, 50 strikes, ~60 events) R at the truth has mean
 * −0.76, so χ²₁ intervals miss almost only on one side (18 of 18 misses in 200 records) and
 * cover 91%; a cut-off on W alone (Bartlett, or W's bootstrap quantile) widens both ends and
 * cannot move the interval (scripts/strike-coverage-diagnose.ts). With this cut-off the
 * same 200 records' intervals covered 191 with 49 records per end
 * (test/hawkes/strikeCoverage.slow.test.ts; 190 with 99 and the unwidened quantile); 192
 * (3 below, 5 above) once the strike decay was limited (strikeDecayLimit.ts), where χ²₁
 * covered 184 with all 16 misses above.
 *
 * The records' fits are local searches started from `estimate` (held) and, free, from the
 * held fit and from it with the parameter moved either way by 1 + |ψ₀|/2: the bootstrap
 * needs W* near the truth it was simulated at, not a global search of every record. Each
 * record is drawn from its own stream (`seed`, then fork `stream` and the replicate index).
 * Cost: about 4 × replicates local searches.
 *
 * @returns the cut-off on W at this end, with its Monte Carlo interval
 */
export function bootstrapCutoff(
  spec: ModelSpec,
  shape: ModelShape,
  strikes: StrikeInput,
  horizon: number,
  estimate: readonly number[],
  parameter: string,
  fix: Readonly<Record<string, number>>,
  options: {
    readonly replicates: number;
    readonly confidence: number;
    readonly seed: number | string;
    /** Which end: the lower end's R is positive, the upper end's negative. */
    readonly side: 'lower' | 'upper';
    /** Label of the random stream (one per end of an interval). */
    readonly stream?: string;
    readonly onReplicate?: () => void;
  },
): EndCutoff {
  const { replicates, confidence, seed, side } = options;
  const index = spec.parameters.findIndex((p) => p.name === parameter);
  const value = (name: string, fallback: number) => {
    const i = spec.parameters.findIndex((p) => p.name === name);
    return i < 0 ? fallback : (estimate[i] as number);
  };
  const held = estimate[index] as number;
  const shocks = strikeShocks(
    strikes,
    value('strikeResponse', 0),
    value('hostDeathResponse', 0),
    value('strikeResponseDecay', 1),
  );
  const process = {
    baseline: [value('baseline', 0)],
    branchingRatio: [[value('branchingRatio', 0)]],
    decay: [value('decay', 1)],
    trend: [value('trend', 0)],
  };
  const fixed = new Map(
    Object.entries(fix).map(([name, v]) => [spec.parameters.findIndex((p) => p.name === name), v]),
  );
  const nullFixed = new Map([...fixed, [index, held]]);
  const step = 1 + Math.abs(held) / 2;
  const moved = (theta: readonly number[], by: number) =>
    theta.map((v, i) => (i === index ? v + by : v));
  // A fitted branching ratio of 1 is explosive only without end: over the window a cap far
  // above the observed count bounds the work, and a record that reaches it is skipped.
  const cap = 20 * spec.events + 1000;
  const root = createRng(seed).fork(options.stream ?? 'profile-cutoff');
  const roots: number[] = [];
  let skipped = 0;
  for (let b = 0; b < replicates; b++) {
    const run = simulateMultivariateHawkes(process, {
      horizon,
      rng: root.fork(b),
      shocks,
      maxEvents: cap,
    });
    const times = run.times[0] as Float64Array;
    const simulated =
      run.reachedCap || times.length < 2
        ? null
        : // The original bounds: a held value on the original range must stay admissible.
          { ...buildModel(times, horizon, shape, strikes), parameters: spec.parameters };
    const atNull = simulated && localMaximum(simulated, nullFixed, [estimate]);
    const free =
      simulated &&
      atNull &&
      localMaximum(simulated, fixed, [
        atNull.theta,
        moved(atNull.theta, -step),
        moved(atNull.theta, step),
      ]);
    if (atNull && free) {
      // A free search that ends below the held one missed its maximum: W* is then 0.
      const w = Math.max(0, 2 * (free.logLikelihood - atNull.logLikelihood));
      roots.push(Math.sign((free.theta[index] as number) - held) * Math.sqrt(w));
    } else skipped++;
    options.onReplicate?.();
  }
  const used = roots.length;
  if (used < LEAST)
    return {
      value: chiSquareQuantile(confidence, 1),
      simulatedAt: held,
      replicates: used,
      skipped,
      signedRootMean: null,
      signedRootSd: null,
      monteCarloInterval: null,
    };
  const mean = roots.reduce((s, r) => s + r, 0) / used;
  const sd = Math.sqrt(roots.reduce((s, r) => s + (r - mean) ** 2, 0) / (used - 1));
  // The bound â ± z·b̂ carries the bootstrap's own error in â and b̂: z is the normal
  // prediction quantile for B records, not Φ⁻¹ (2.03 for 95% at B = 49, not 1.96).
  const z = predictionQuantile(confidence, used);
  // The end's W: the bound on R squared, or 0 (the end at the estimate) past it.
  const cutoffAt = (a: number) => {
    const bound = side === 'lower' ? a + z * sd : a - z * sd;
    return (side === 'lower' ? bound > 0 : bound < 0) ? bound * bound : 0;
  };
  const error = (1.96 * sd) / Math.sqrt(used);
  const ends = [cutoffAt(mean - error), cutoffAt(mean + error)];
  return {
    value: cutoffAt(mean),
    simulatedAt: held,
    replicates: used,
    skipped,
    signedRootMean: mean,
    signedRootSd: sd,
    monteCarloInterval: [Math.min(...ends), Math.max(...ends)],
  };
}

/**
 * The best local maximum from the given natural-scale starts (held parameters set to their
 * values), or null where none is finite. Also what the coverage scripts profile with.
 */
export function localMaximum(
  spec: ModelSpec,
  fixed: ReadonlyMap<number, number>,
  starts: readonly (readonly number[])[],
  maxIterations = 1000,
): { theta: number[]; logLikelihood: number } | null {
  const objective = searchObjective(spec, fixed);
  const feasible = starts
    .map((theta) => objective.search(theta.map((v, i) => fixed.get(i) ?? v)))
    .filter((u) => Number.isFinite(objective.valueOnly(u)));
  if (feasible.length === 0) return null;
  try {
    const { best } = minimizeMultiStart(
      objective.value,
      objective.gradient,
      { lower: objective.lower, upper: objective.upper },
      feasible,
      { maxIterations },
    );
    return { theta: objective.theta(best.x), logLikelihood: -best.value };
  } catch {
    return null; // no start with a finite gradient: the record is skipped
  }
}
