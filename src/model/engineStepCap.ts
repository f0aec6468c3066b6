import type { RunState } from './RunState.js';

/**
 * Engine steps (thinning candidates and scheduled events) one run may take: ten per attack the
 * cap allows and a million more. Attacks are capped, but rejected candidates are not by
 * themselves (a bound far above a quickly falling intensity), so this bounds a run's work
 * whatever the scenario; a normal run takes a few steps per attack.
 *
 * @param eventCap - the run's attack cap
 * @returns the step cap
 * @example
 * engineStepCap(100_000); // => 2000000
 */
export function engineStepCap(eventCap: number): number {
  return 10 * eventCap + 1_000_000;
}

/**
 * Stop the run at the step cap, with a warning.
 *
 * @param state - the run state at the last step (mutated: stopped, one warning more)
 * @example
 * stopAtStepCap(state); // state.stopped => true
 */
export function stopAtStepCap(state: RunState): void {
  state.stopped = true;
  state.warnings.push({
    code: 'step-cap',
    message: `step cap of ${engineStepCap(state.cs.cap)} engine steps reached at day ${state.now.toFixed(3)} (the intensity bound far above the intensity: extreme rates or responses); the run is truncated`,
  });
}
