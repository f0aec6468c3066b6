import { chiSquareQuantile } from '../../stats/chiSquare.js';
import { bootstrapCutoff, type EndCutoff, type ProfileCutoff } from './bootstrapCutoff.js';
import type { ModelShape } from './buildModels.js';
import type { StrikeCutoffOption } from './chooseStrikeCutoff.js';
import type { ModelFit, ParameterEstimate } from './fitModel.js';
import type { ModelSpec } from './ModelSpec.js';
import { profileInterval } from './profileInterval.js';
import type { StrikeInput } from './strikeInput.js';

/**
 * The χ²₁ cut-off, and why it was used; `undercovers` adds the caveat for a record where
 * the automatic choice would have taken the bootstrap (χ²₁ asked for, or priors).
 */
export function chiSquareCutoff(
  confidence: number,
  requested: StrikeCutoffOption,
  reason: string,
  undercovers: boolean,
): ProfileCutoff {
  return {
    method: 'chiSquare',
    requested,
    reason,
    chiSquare: chiSquareQuantile(confidence, 1),
    lower: null,
    upper: null,
    seed: null,
    message: undercovers
      ? `χ²₁ cut-off (Wilks), ${reason}; with this few events the interval may cover less than stated (91% for 95% at 60 events and 50 strikes, missing on one side), which strikeCutoff: bootstrap corrects without priors`
      : `χ²₁ cut-off (Wilks), ${reason}`,
  };
}

/**
 * The strike response's profile interval with each end redrawn at a cut-off calibrated by a
 * parametric bootstrap of the signed root under the response held at the χ²₁ interval's end
 * (the profile maximiser there; see {@link bootstrapCutoff}), its profile ends replaced (the
 * strike effect's profile starts from them). An end may move out or in: the signed root is
 * skewed, so one end of a χ²₁ interval is too near the estimate and the other too far. One
 * step of test inversion: the cut-off is computed at the χ²₁ end, not again at the new end.
 *
 * An end the χ²₁ profile leaves open (the likelihood never drops by the cut-off before the
 * search range ends) stays open: a cut-off computed there, at a degenerate edge of the model,
 * says nothing about values near the estimate, and one step of test inversion cannot carry
 * it that far. On records with 10 strikes over 1,000 days (about 690 events; truth r −2;
 * scripts/strike-cutoff-coverage.ts --strikes 10 --every 100) recalibrating such ends closed
 * 22 of 43 lower ends at about −1.5 and left the truth out in 6 of 62 records.
 */
export function recalibrated(
  spec: ModelSpec,
  shape: ModelShape,
  strikes: StrikeInput,
  horizon: number,
  fit: ModelFit & { logPosterior: number },
  fix: Readonly<Record<string, number>>,
  options: {
    readonly replicates: number;
    readonly confidence: number;
    readonly seed: number | string;
    readonly onReplicate: () => void;
    /** The cut-off asked for and why the bootstrap was used, for the result. */
    readonly requested: StrikeCutoffOption;
    readonly reason: string;
  },
): { fit: ModelFit & { logPosterior: number }; cutoff: ProfileCutoff } {
  const chiSquare = chiSquareQuantile(options.confidence, 1);
  const ends = fit.profileEnds.strikeResponse;
  const index = spec.parameters.findIndex((p) => p.name === 'strikeResponse');
  const original = fit.estimates[index] as ParameterEstimate;
  const side = (which: 'lower' | 'upper'): EndCutoff | null => {
    const theta = ends?.[which];
    if (!theta || (which === 'lower' ? original.lowerOpen : original.upperOpen)) {
      for (let b = 0; b < options.replicates; b++) options.onReplicate();
      return null;
    }
    return bootstrapCutoff(spec, shape, strikes, horizon, theta, 'strikeResponse', fix, {
      ...options,
      side: which,
      stream: `profile-cutoff-${which}`,
    });
  };
  const lowerCut = side('lower');
  const upperCut = side('upper');
  const estimate = fit.estimates.map((e) => e.value);
  const fixed = new Map(
    Object.entries(fix).map(([name, v]) => [spec.parameters.findIndex((p) => p.name === name), v]),
  );
  const used = (cut: EndCutoff | null) => cut?.value ?? chiSquare;
  const redraw = (cut: EndCutoff | null) =>
    used(cut) === chiSquare
      ? null
      : used(cut) === 0
        ? 'estimate'
        : profileInterval(spec, fixed, index, estimate, fit.logLikelihood, used(cut) / 2);
  const low = redraw(lowerCut);
  const high =
    used(upperCut) === used(lowerCut) && typeof low === 'object' ? low : redraw(upperCut);
  const at = (
    drawn: ReturnType<typeof redraw>,
    which: 'lower' | 'upper',
  ): { value: number; open: boolean; theta: readonly number[] | null } =>
    drawn === null
      ? {
          value: original[which] as number,
          open: which === 'lower' ? original.lowerOpen : original.upperOpen,
          theta: ends?.[which] ?? null,
        }
      : drawn === 'estimate'
        ? { value: original.value, open: false, theta: estimate }
        : {
            value: drawn[which],
            open: which === 'lower' ? drawn.lowerOpen : drawn.upperOpen,
            theta: which === 'lower' ? drawn.lowerTheta : drawn.upperTheta,
          };
  const lower = at(low, 'lower');
  const upper = at(high, 'upper');
  const problems = [low, high === low ? null : high]
    .map((d) => (d !== null && typeof d === 'object' ? d.problem : null))
    .filter((p): p is string => p !== null);
  const describe = (which: string, cut: EndCutoff | null) =>
    cut === null
      ? `${which} end: χ²₁ (open: not reached by the profile)`
      : cut.monteCarloInterval === null || cut.signedRootMean === null || cut.signedRootSd === null
        ? `${which} end: χ²₁ (only ${cut.replicates} records could be refitted)`
        : `${which} end ${cut.value.toPrecision(3)} (signed root mean ${cut.signedRootMean.toPrecision(2)}, sd ${cut.signedRootSd.toPrecision(2)}; Monte Carlo 95% interval [${cut.monteCarloInterval[0].toPrecision(3)}, ${cut.monteCarloInterval[1].toPrecision(3)}], ${cut.replicates} records simulated at ${cut.simulatedAt.toPrecision(3)})`;
  return {
    fit: {
      ...fit,
      estimates: fit.estimates.map((e, i) =>
        i === index
          ? {
              ...original,
              lower: lower.value,
              lowerOpen: lower.open,
              upper: upper.value,
              upperOpen: upper.open,
              intervalMethod: 'profile-bootstrap' as const,
            }
          : e,
      ),
      profileEnds: {
        ...fit.profileEnds,
        strikeResponse: { lower: lower.theta, upper: upper.theta },
      },
      profileProblems: [...fit.profileProblems, ...problems],
    },
    cutoff: {
      method: 'bootstrap',
      requested: options.requested,
      reason: options.reason,
      chiSquare,
      lower: lowerCut,
      upper: upperCut,
      seed: options.seed,
      message: `${options.reason}: cut-off on 2(ℓ̂ − ℓ) at each end from a parametric bootstrap of the signed root under the response held at the χ²₁ interval's end, mean-and-variance corrected (χ²₁: ${chiSquare.toPrecision(3)}): ${describe('lower', lowerCut)}; ${describe('upper', upperCut)}`,
    },
  };
}
