import { chiSquareQuantile } from '../../stats/chiSquare.js';
import { bootstrapCutoff, type EndCutoff, type ProfileCutoff } from './bootstrapCutoff.js';
import type { ModelShape } from './buildModels.js';
import type { ModelFit, ParameterEstimate } from './fitModel.js';
import type { ModelSpec } from './ModelSpec.js';
import { profileInterval } from './profileInterval.js';
import type { StrikeInput } from './strikeInput.js';

/** The χ²₁ cut-off, and why it was used. */
export function chiSquareCutoff(confidence: number, withPriors: boolean): ProfileCutoff {
  return {
    method: 'chiSquare',
    chiSquare: chiSquareQuantile(confidence, 1),
    lower: null,
    upper: null,
    seed: null,
    message: withPriors
      ? 'χ²₁ cut-off (the bootstrap calibration is not made for a fit with priors)'
      : 'χ²₁ cut-off (Wilks); with few events the interval covers less than stated (about 90% for 95% at 25–125 events with 20–50 strikes)',
  };
}

/**
 * The strike response's profile interval with each end redrawn at a cut-off calibrated by a
 * null-restricted parametric bootstrap at the χ²₁ interval's end (the profile maximiser
 * there), its profile ends replaced (so the strike effect's interval follows). One step of
 * test inversion: the cut-off is computed at the χ²₁ end, not again at the new end.
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
  },
): { fit: ModelFit & { logPosterior: number }; cutoff: ProfileCutoff } {
  const chiSquare = chiSquareQuantile(options.confidence, 1);
  const ends = fit.profileEnds.strikeResponse;
  const side = (which: 'lower' | 'upper'): EndCutoff | null => {
    const theta = ends?.[which];
    if (!theta) {
      for (let b = 0; b < options.replicates; b++) options.onReplicate();
      return null;
    }
    return bootstrapCutoff(spec, shape, strikes, horizon, theta, 'strikeResponse', fix, {
      ...options,
      stream: `profile-cutoff-${which}`,
    });
  };
  const lowerCut = side('lower');
  const upperCut = side('upper');
  const estimate = fit.estimates.map((e) => e.value);
  const index = spec.parameters.findIndex((p) => p.name === 'strikeResponse');
  const fixed = new Map(
    Object.entries(fix).map(([name, v]) => [spec.parameters.findIndex((p) => p.name === name), v]),
  );
  const redraw = (cut: EndCutoff | null) =>
    profileInterval(
      spec,
      fixed,
      index,
      estimate,
      fit.logLikelihood,
      Math.max(chiSquare, cut?.value ?? chiSquare) / 2,
    );
  const low = redraw(lowerCut);
  const used = (cut: EndCutoff | null) => Math.max(chiSquare, cut?.value ?? chiSquare);
  const high = used(upperCut) === used(lowerCut) ? low : redraw(upperCut);
  const original = fit.estimates[index] as ParameterEstimate;
  const problems = [low.problem, high === low ? null : high.problem].filter(
    (p): p is string => p !== null,
  );
  const describe = (which: string, cut: EndCutoff | null) =>
    cut === null
      ? `${which} end: χ²₁ (not reached by the profile)`
      : cut.monteCarloInterval === null
        ? `${which} end: χ²₁ (only ${cut.replicates} records could be refitted)`
        : `${which} end ${used(cut).toPrecision(3)} (bootstrap quantile ${cut.value.toPrecision(3)}, Monte Carlo 95% interval [${cut.monteCarloInterval[0].toPrecision(3)}, ${cut.monteCarloInterval[1].toPrecision(3)}], ${cut.replicates} records simulated at ${cut.simulatedAt.toPrecision(3)})`;
  return {
    fit: {
      ...fit,
      estimates: fit.estimates.map((e, i) =>
        i === index
          ? {
              ...original,
              lower: low.lower,
              lowerOpen: low.lowerOpen,
              upper: high.upper,
              upperOpen: high.upperOpen,
              intervalMethod: 'profile-bootstrap' as const,
            }
          : e,
      ),
      profileEnds: {
        ...fit.profileEnds,
        strikeResponse: { lower: low.lowerTheta, upper: high.upperTheta },
      },
      profileProblems: [...fit.profileProblems, ...problems],
    },
    cutoff: {
      method: 'bootstrap',
      chiSquare,
      lower: lowerCut,
      upper: upperCut,
      seed: options.seed,
      message: `cut-off: the larger of χ²₁ (${chiSquare.toPrecision(3)}) and a parametric-bootstrap quantile under the response held at each end of the χ²₁ interval: ${describe('lower', lowerCut)}; ${describe('upper', upperCut)}`,
    },
  };
}
