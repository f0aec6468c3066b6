// Node-only extras: the worker pool for ensembles and calibration, and the CLI as a function. Not browser-safe.

export { calibrateParallel } from './calibrate/calibrateParallel.js';
export type { ChartFormat } from './charts/renderChart.js';
export { CHART_FONT, CHART_FORMATS, renderChart } from './charts/renderChart.js';
export type { Report, ReportSection, ReportTable } from './charts/reportHtml.js';
export { reportHtml } from './charts/reportHtml.js';
export type { CliIo } from './cli/io.js';
export { runCli } from './cli/main.js';
export type { EnsemblePool, ParallelEnsembleOptions } from './pool/createEnsemblePool.js';
export { createEnsemblePool } from './pool/createEnsemblePool.js';
export { runEnsembleParallel } from './pool/runEnsembleParallel.js';
export type { ParallelExperimentOptions } from './pool/runExperimentParallel.js';
export { runExperimentParallel } from './pool/runExperimentParallel.js';
export type { ParallelSweepOptions } from './pool/sweepParallel.js';
export { sweepParallel } from './pool/sweepParallel.js';
