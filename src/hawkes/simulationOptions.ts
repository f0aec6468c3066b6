import { createRng, type RandomSource } from '../random/createRng.js';
import { requireInteger, requirePositive } from '../util/validate.js';

/** Options shared by the Hawkes simulators. */
export interface SimulationOptions {
  /** End of the simulated window in days. */
  readonly horizon: number;
  /** Seed for a fresh stream; ignored when `rng` is given. */
  readonly seed?: number | string;
  /** A random source to draw from (e.g. a forked stream); takes precedence over `seed`. */
  readonly rng?: RandomSource;
  /**
   * Stop after this many events; required when the process is explosive (n ≥ 1). Default:
   * `DEFAULT_SIMULATION_EVENT_CAP` (a million), with a warning when it stops a run.
   */
  readonly maxEvents?: number;
}

/** Events of one simulated realisation. */
export interface SimulationResult {
  readonly times: Float64Array;
  readonly horizon: number;
  /** True when the run stopped at `maxEvents` before the horizon. */
  readonly reachedCap: boolean;
  /** Warnings as data (e.g. the event cap was reached). */
  readonly warnings: readonly string[];
}

/**
 * Events after which a simulation without `maxEvents` stops with a warning: a million event
 * times take 8 MB, so a mistyped baseline cannot exhaust memory.
 */
export const DEFAULT_SIMULATION_EVENT_CAP = 1_000_000;

/** Resolve the random source and the event cap, refusing an explosive process without a cap. */
export function resolveSimulationOptions(
  options: SimulationOptions,
  spectralRadius: number,
): { rng: RandomSource; cap: number; capIsDefault: boolean } {
  requirePositive('horizon', options.horizon);
  if (options.maxEvents !== undefined) requireInteger('maxEvents', options.maxEvents, 1);
  if (spectralRadius >= 1 && options.maxEvents === undefined) {
    throw new RangeError(
      `branchingRatio must be < 1 for a stationary process (spectral radius ${spectralRadius}); pass maxEvents to simulate an explosive one up to a cap`,
    );
  }
  if (options.rng === undefined && options.seed === undefined) {
    throw new RangeError('seed must be given (or an rng): simulations are always seeded');
  }
  const rng = options.rng ?? createRng(options.seed as number | string);
  const capIsDefault = options.maxEvents === undefined;
  return { rng, cap: options.maxEvents ?? DEFAULT_SIMULATION_EVENT_CAP, capIsDefault };
}

/** Copy the filled part of a growable buffer. */
export function finishTimes(buffer: Float64Array, count: number): Float64Array<ArrayBuffer> {
  return buffer.slice(0, count);
}

/** Double a buffer's capacity, keeping its contents. */
export function grow(buffer: Float64Array): Float64Array<ArrayBuffer> {
  const next = new Float64Array(Math.max(16, buffer.length * 2));
  next.set(buffer);
  return next;
}

export function capWarning(cap: number, time: number, capIsDefault = false): string {
  const which = capIsDefault
    ? `default event cap of ${cap} (no maxEvents set)`
    : `event cap of ${cap}`;
  return `${which} reached at day ${time.toFixed(3)}: the realisation is truncated before the horizon`;
}
