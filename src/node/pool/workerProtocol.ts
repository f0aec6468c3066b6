import type { ParameterDraws } from '../../calibrate/ParameterDraws.js';
import type { EnsembleState } from '../../experiments/EnsembleState.js';
import type { Scenario } from '../../scenario/Scenario.js';

/** Main thread → worker: run replicates [from, from + count) of a job's scenario. */
export interface ChunkRequest {
  readonly type: 'chunk';
  /** The run this chunk belongs to; a worker recompiles the scenario when it changes. */
  readonly job: number;
  readonly chunk: number;
  readonly scenario: Scenario;
  readonly seed: number | string;
  readonly from: number;
  readonly count: number;
  /** Parameter draws to integrate over (see runEnsemble's `posterior`). */
  readonly posterior?: ParameterDraws;
}

/** Worker → main thread: a chunk's state, or the replicate that failed and why. */
export type ChunkReply =
  | {
      readonly type: 'done';
      readonly job: number;
      readonly chunk: number;
      readonly state: EnsembleState;
    }
  | {
      readonly type: 'failed';
      readonly job: number;
      readonly chunk: number;
      /** The replicate that threw, or null when the scenario itself failed to compile. */
      readonly replicate: number | null;
      readonly name: string;
      readonly message: string;
    };
