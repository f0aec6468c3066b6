import type { AbcAttemptBlock, AbcGenerationPlan } from '../../calibrate/abc/abcTypes.js';
import type { ObservedRecord } from '../../calibrate/observed/ObservedRecord.js';
import type { ParameterDraws } from '../../calibrate/ParameterDraws.js';
import type { CalibrationProblem } from '../../calibrate/prepareCalibration.js';
import type { EnsembleState } from '../../experiments/EnsembleState.js';
import type { ExperimentRequest } from '../../experiments/shards/ExperimentRequest.js';
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

/**
 * Main thread → worker: run attempts [from, from + count) of an ABC calibration's
 * generation (abcAttempts): proposals, simulations, distances and weights.
 */
export interface CalibrationAttemptsRequest {
  readonly type: 'calibration-attempts';
  readonly job: number;
  /** What prepareCalibration needs (JSON); sent with a thread's first request of the job. */
  readonly setup?: {
    readonly scenario: Scenario;
    readonly observed: ObservedRecord;
    readonly problem: Omit<CalibrationProblem, 'statistics'>;
  };
  /** Numbers the job's generation plans; a thread keeps the last one it was sent. */
  readonly planId: number;
  /** The plan, with a thread's first request of it. */
  readonly plan?: AbcGenerationPlan;
  readonly from: number;
  readonly count: number;
}

/** Worker → main thread: the attempts' results, or why they failed. */
export type CalibrationAttemptsReply =
  | {
      readonly type: 'calibration-done';
      readonly job: number;
      readonly planId: number;
      readonly block: AbcAttemptBlock;
    }
  | {
      readonly type: 'calibration-failed';
      readonly job: number;
      readonly planId: number;
      /** The first attempt of the request that failed. */
      readonly from: number;
      readonly name: string;
      readonly message: string;
    };

/** Main thread → worker: run the part [from, to) of an experiment (planExperiment). */
export interface ExperimentPartRequest {
  readonly type: 'experiment-part';
  readonly job: number;
  readonly part: number;
  readonly request: ExperimentRequest;
  readonly from: number;
  readonly to: number;
}

/** Worker → main thread: the part's mergeable result, or why it failed. */
export type ExperimentPartReply =
  | {
      readonly type: 'experiment-part-done';
      readonly job: number;
      readonly part: number;
      readonly result: unknown;
    }
  | {
      readonly type: 'experiment-part-failed';
      readonly job: number;
      readonly part: number;
      readonly name: string;
      readonly message: string;
    };
