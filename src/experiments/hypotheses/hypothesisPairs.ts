import { drawScenarios } from '../../calibrate/drawScenarios.js';
import type { ParameterDraws } from '../../calibrate/ParameterDraws.js';
import { type CompiledScenario, compileScenario } from '../../model/compileScenario.js';
import type { OutcomeName } from '../../model/outcomes.js';
import { type RunResult, runScenario } from '../../model/runScenario.js';
import type { StrikeEvent } from '../../model/SimEvent.js';
import type { HypothesisPart } from './HypothesisPart.js';
import type { HypothesisWindow } from './HypothesisSpec.js';
import { type WindowMetric, windowMetric } from './windowMetric.js';
import { type WithholdingPolicy, withholdStrike } from './withholdStrike.js';

/** What the pairs of a hypothesis test depend on, checked by planHypothesis. */
export interface HypothesisPairsSetting {
  readonly compiledT: CompiledScenario;
  /** The control's scenario; null when the control is the treatment run itself. */
  readonly compiledC: CompiledScenario | null;
  /** The policy that withholds the anchor strike (control 'withheld'), else null. */
  readonly counterfactual: WithholdingPolicy | null;
  readonly posterior: ParameterDraws | undefined;
  readonly seed: number | string;
  readonly metric: string;
  readonly window: HypothesisWindow | undefined;
  readonly controlWindow: HypothesisWindow | undefined;
  readonly anchor: string;
  readonly keepEvents: boolean;
  readonly horizon: number;
}

/**
 * The runner of a hypothesis test's replicates: for a range [start, end), each replicate's
 * treatment and control values (common random numbers), or its exclusion.
 *
 * Why apart from planHypothesis: the checks and words of a test are one thing, the runs
 * another; the pool and the shards call only this.
 *
 * @param s - the checked setting (see HypothesisPairsSetting)
 * @returns the part runner: [treatment, control, posterior draw or −1] per replicate kept
 * @throws RangeError from the runner for a bad range
 * @example
 * const plan = planHypothesis({ scenario: presets['iraq-2020'], control: 'restraint', metric: 'strikes', direction: 'greater', replicates: 4, seed: 1 });
 * plan.runPart(0, 4).pairs.length; // => 4
 */
export function hypothesisPairs(s: HypothesisPairsSetting) {
  const { compiledT, compiledC, counterfactual, seed, window, controlWindow, anchor } = s;
  const { keepEvents, horizon } = s;
  const metric = s.metric;
  const value = (run: RunResult, w: HypothesisWindow | undefined, at: number): number | null =>
    w === undefined
      ? (run.outcomes[metric as OutcomeName] as number | null)
      : windowMetric(run.events, metric as WindowMetric, at + w.from, at + w.to);
  const drawnT = s.posterior ? drawScenarios(compiledT, s.posterior) : null;
  const drawnC =
    s.posterior && compiledC && !counterfactual ? drawScenarios(compiledC, s.posterior) : null;
  // A draw that sets policy parameters rebuilds its policy (drawScenarios), so the withheld
  // control must wrap the policy of the treatment's own draw, not the base one.
  const withheld = new Map<number, { compiled: CompiledScenario; policy: WithholdingPolicy }>();
  const controlOf = (draw: number): [CompiledScenario | null, WithholdingPolicy | null] => {
    if (!counterfactual || !drawnT)
      return [drawnC ? drawnC.compiled(draw) : compiledC, counterfactual];
    let c = withheld.get(draw);
    if (c === undefined) {
      const treated = drawnT.compiled(draw);
      const policy = withholdStrike(treated.policy);
      c = { compiled: compileScenario(treated.scenario, { policy }), policy };
      withheld.set(draw, c);
    }
    return [c.compiled, c.policy];
  };
  const runPart = (
    start: number,
    end: number,
    onProgress?: (done: number, total: number) => void,
  ): HypothesisPart => {
    if (!(Number.isSafeInteger(start) && Number.isSafeInteger(end) && 0 <= start && start <= end))
      throw new RangeError(`from must be an integer in [0, to], received ${start} (to ${end})`);
    const pairs: [number, number, number][] = [];
    let excluded = 0;
    const total = end - start;
    for (let r = start; r < end; r++) {
      onProgress?.(r - start, total);
      const draw = drawnT ? drawnT.drawFor(seed, r) : -1;
      const runT = runScenario(drawnT ? drawnT.compiled(draw) : compiledT, {
        seed,
        replicate: r,
        keepEvents,
      });
      const strike = anchor === 'start' ? null : anchorStrike(runT, anchor);
      if (anchor !== 'start' && strike === null) {
        excluded++;
        continue;
      }
      const at = strike?.time ?? 0;
      if (
        (window && outside(window, at, horizon)) ||
        (controlWindow && outside(controlWindow, at, horizon))
      ) {
        excluded++;
        continue;
      }
      let runC = runT;
      const [control, withholding] = controlOf(draw);
      if (control) {
        withholding?.target((strike as StrikeEvent).decidedAt);
        runC = runScenario(control, { seed, replicate: r, keepEvents });
      }
      const t = value(runT, window, at);
      const c = value(runC, controlWindow, at);
      if (t === null || c === null) {
        excluded++;
        continue;
      }
      pairs.push([t, c, draw]);
    }
    onProgress?.(total, total);
    return { pairs, excluded };
  };

  return runPart;
}

function anchorStrike(run: RunResult, anchor: string): StrikeEvent | null {
  for (const e of run.events) {
    if (e.type !== 'strike') continue;
    if (anchor === 'firstStrike' || e.hostKilled > 0) return e;
  }
  return null;
}

function outside(w: HypothesisWindow, at: number, horizon: number): boolean {
  return at + w.from < 0 || at + w.to > horizon;
}
