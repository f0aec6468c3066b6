// The worker thread of the ensemble pool: runs chunks of replicates and posts their
// summary states, and runs the attempts of ABC calibrations. Built as its own entry (dist/ensembleWorker.js); started by workerScript.
import { parentPort } from 'node:worker_threads';
import { type AbcAttemptRunner, abcAttempts } from '../../calibrate/abc/abcAttempts.js';
import { type DrawnScenarios, drawScenarios } from '../../calibrate/drawScenarios.js';
import {
  type PreparedCalibration,
  prepareCalibration,
} from '../../calibrate/prepareCalibration.js';
import { EnsembleAccumulator } from '../../experiments/EnsembleAccumulator.js';
import { scenarioFingerprint } from '../../experiments/scenarioFingerprint.js';
import { type ExperimentPlan, planExperiment } from '../../experiments/shards/planExperiment.js';
import { type CompiledScenario, compileScenario } from '../../model/compileScenario.js';
import { runReplicate } from '../../model/runReplicate.js';
import type {
  CalibrationAttemptsReply,
  CalibrationAttemptsRequest,
  ChunkReply,
  ChunkRequest,
  ExperimentPartReply,
  ExperimentPartRequest,
} from './workerProtocol.js';

let cached:
  | { job: number; compiled: CompiledScenario; fingerprint: string; drawn?: DrawnScenarios }
  | undefined;

function runChunk(request: ChunkRequest): ChunkReply {
  const { job, chunk, seed, from, count } = request;
  let replicate: number | null = null;
  try {
    if (cached?.job !== job) {
      const compiled = compileScenario(request.scenario);
      if (request.posterior === undefined) {
        cached = { job, compiled, fingerprint: scenarioFingerprint(compiled) };
      } else {
        const drawn = drawScenarios(compiled, request.posterior);
        cached = { job, compiled, fingerprint: drawn.fingerprint, drawn };
      }
    }
    const { compiled, fingerprint, drawn } = cached;
    const accumulator = new EnsembleAccumulator(
      { scenario: compiled.scenario.name, fingerprint, seed },
      from,
      from + count,
    );
    for (replicate = from; replicate < from + count; replicate++)
      accumulator.add(
        runReplicate(
          drawn === undefined ? compiled : drawn.compiled(drawn.drawFor(seed, replicate)),
          seed,
          replicate,
        ),
      );
    return { type: 'done', job, chunk, state: accumulator.toState() };
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    return { type: 'failed', job, chunk, replicate, name: e.name, message: e.message };
  }
}

let calibration:
  | {
      job: number;
      prepared: PreparedCalibration;
      plan?: { id: number; run: AbcAttemptRunner };
    }
  | undefined;

function runCalibrationAttempts(request: CalibrationAttemptsRequest): CalibrationAttemptsReply {
  const { job, planId } = request;
  try {
    if (calibration?.job !== job) {
      if (request.setup === undefined)
        throw new Error(`calibration job ${job} arrived without its setup`);
      const { scenario, observed, problem } = request.setup;
      calibration = { job, prepared: prepareCalibration(scenario, observed, problem) };
    }
    if (calibration.plan?.id !== planId) {
      if (request.plan === undefined)
        throw new Error(`calibration plan ${planId} of job ${job} arrived without the plan`);
      calibration.plan = { id: planId, run: abcAttempts(request.plan) };
    }
    const block = calibration.plan.run(request.from, request.count, calibration.prepared.simulate);
    return { type: 'calibration-done', job, planId, block };
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    return {
      type: 'calibration-failed',
      job,
      planId,
      from: request.from,
      name: e.name,
      message: e.message,
    };
  }
}

let experiment: { job: number; plan: ExperimentPlan } | undefined;

function runExperimentPart(request: ExperimentPartRequest): ExperimentPartReply {
  const { job, part, from, to } = request;
  try {
    if (experiment?.job !== job) experiment = { job, plan: planExperiment(request.request) };
    const result = experiment.plan.runPart(from, to);
    return { type: 'experiment-part-done', job, part, result };
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    return { type: 'experiment-part-failed', job, part, name: e.name, message: e.message };
  }
}

parentPort?.on(
  'message',
  (request: ChunkRequest | CalibrationAttemptsRequest | ExperimentPartRequest) => {
    parentPort?.postMessage(
      request.type === 'chunk'
        ? runChunk(request)
        : request.type === 'experiment-part'
          ? runExperimentPart(request)
          : runCalibrationAttempts(request),
    );
  },
);
