// The public surface: named re-exports only, no logic. Browser-safe: no Node built-ins.

export { type AbcAttemptRunner, abcAttempts } from './calibrate/abc/abcAttempts.js';
export { abcSmc } from './calibrate/abc/abcSmc.js';
export type {
  AbcAttemptBlock,
  AbcGeneration,
  AbcGenerationPlan,
  AbcKept,
  AbcOutcome,
  AbcPopulation,
  AbcProgress,
  AbcResult,
  AbcSettings,
  AbcSimulation,
  AbcStopReason,
  AbcWork,
} from './calibrate/abc/abcTypes.js';
export { DEFAULT_ABC_SETTINGS, runAbc } from './calibrate/abc/runAbc.js';
export type { MaximumLikelihoodAttribution } from './calibrate/attributeByMaximumLikelihood.js';
export { attributeByMaximumLikelihood } from './calibrate/attributeByMaximumLikelihood.js';
export type { AttackAttribution } from './calibrate/attributeObservedAttacks.js';
export { attributeObservedAttacks } from './calibrate/attributeObservedAttacks.js';
export type { CalibrateOptions } from './calibrate/calibrate.js';
export { calibrate } from './calibrate/calibrate.js';
export { calibrationFingerprint } from './calibrate/calibrationFingerprint.js';
export type { CompareMechanismsOptions } from './calibrate/modelChoice/compareMechanisms.js';
export {
  compareMechanisms,
  DEFAULT_MODEL_CHOICE_SETTINGS,
} from './calibrate/modelChoice/compareMechanisms.js';
export type {
  Mechanism,
  MechanismResult,
  ModelChoice,
} from './calibrate/modelChoice/Mechanism.js';
export type {
  ModelChoiceBatch,
  ModelChoiceDraws,
  ModelChoiceSettings,
} from './calibrate/modelChoice/modelChoiceSteps.js';
export { modelChoiceSteps } from './calibrate/modelChoice/modelChoiceSteps.js';
export { strikeResponseMechanisms } from './calibrate/modelChoice/strikeResponseMechanisms.js';
export {
  MODEL_CHOICE_CAVEAT,
  MODEL_CHOICE_ERROR_METHOD,
  summarizeModelChoice,
} from './calibrate/modelChoice/summarizeModelChoice.js';
export type {
  ObservedAttack,
  ObservedPolitical,
  ObservedRecord,
  ObservedStrike,
} from './calibrate/observed/ObservedRecord.js';
export { observedFromEvents } from './calibrate/observed/observedFromEvents.js';
export { observedFromReading } from './calibrate/observed/observedFromReading.js';
export type { ParameterDraws } from './calibrate/ParameterDraws.js';
export { checkParameterDraws } from './calibrate/ParameterDraws.js';
export type { ParameterSummary, Posterior, PredictedStatistic } from './calibrate/Posterior.js';
export { poolPosteriors } from './calibrate/poolPosteriors.js';
export type { PredictiveCheck, PredictiveCheckRow } from './calibrate/posteriorPredictiveCheck.js';
export { posteriorPredictiveCheck } from './calibrate/posteriorPredictiveCheck.js';
export { predictedStatistic } from './calibrate/predictedStatistic.js';
export type {
  IntervalCoverage,
  PredictiveCalibration,
} from './calibrate/predictiveCalibration.js';
export { predictiveCalibration } from './calibrate/predictiveCalibration.js';
export type { CalibrationProblem, DayWindow } from './calibrate/prepareCalibration.js';
export { checkPriorSupport } from './calibrate/priors/checkPriorSupport.js';
export {
  attackProcessPriors,
  iraq2020Priors,
  LEWIS_2012_BRANCHING_PRIOR,
} from './calibrate/priors/defaultPriors.js';
export { Prior } from './calibrate/priors/Prior.js';
export { priorLogDensity } from './calibrate/priors/priorLogDensity.js';
export { priorMedian } from './calibrate/priors/priorMedian.js';
export { priorMoments } from './calibrate/priors/priorMoments.js';
export { samplePrior } from './calibrate/priors/samplePrior.js';
export {
  checkPosteriorScenario,
  PosteriorError,
  readPosterior,
} from './calibrate/readPosterior.js';
export { defaultStatistics } from './calibrate/statistics/defaultStatistics.js';
export type { SummaryStatistic } from './calibrate/statistics/SummaryStatistic.js';
export { windowAttacks } from './calibrate/statistics/windowAttacks.js';
export { attributionChart } from './charts/attributionChart.js';
export type { ChartSpec } from './charts/chartSupport.js';
export { VEGA_LITE_SCHEMA } from './charts/chartSupport.js';
export { comparisonChart } from './charts/comparisonChart.js';
export type { FanPoint } from './charts/fanChart.js';
export { fanChart } from './charts/fanChart.js';
export { hypothesisChart } from './charts/hypothesisChart.js';
export type { HistogramBin } from './charts/posteriorMarginalsChart.js';
export { posteriorMarginalsChart } from './charts/posteriorMarginalsChart.js';
export { MAX_PAIRS_PARAMETERS, posteriorPairsChart } from './charts/posteriorPairsChart.js';
export { primChart } from './charts/primChart.js';
export { sampleQuantile } from './charts/sampleQuantile.js';
export type { IndexBar } from './charts/sensitivityChart.js';
export { sensitivityChart } from './charts/sensitivityChart.js';
export type { SweepHeatmapOptions } from './charts/sweepHeatmap.js';
export { sweepHeatmap } from './charts/sweepHeatmap.js';
export { timelineChart } from './charts/timelineChart.js';
export { toleranceChart } from './charts/toleranceChart.js';
export type { AcledMappingRule } from './data/acled/acledMapping.js';
export { ACLED_DEFAULT_MAPPING } from './data/acled/acledMapping.js';
export type { AcledOptions, LoadedAcled } from './data/acled/loadAcledCsv.js';
export { loadAcledCsv } from './data/acled/loadAcledCsv.js';
export type { DataIssue } from './data/DataError.js';
export { DataError } from './data/DataError.js';
export { datasets } from './data/datasets.js';
export { EVENT_COLUMNS, EventPrecision, EventRecord, EventType } from './data/EventRecord.js';
export type { EventRow } from './data/eventRowsToCsv.js';
export { eventRowsToCsv } from './data/eventRowsToCsv.js';
export type { DataProvenance } from './data/iraq2020/dataProvenance.js';
export { dataProvenance } from './data/iraq2020/dataProvenance.js';
export type {
  Iraq2020Reading,
  ReadingEvent,
  ReadingPoliticalEvent,
  SideCounts,
} from './data/iraq2020/iraq2020Reading.js';
export { IRAQ_2020_READINGS, iraq2020Reading } from './data/iraq2020/iraq2020Reading.js';
export { toEventRows } from './data/iraq2020/toEventRows.js';
export type {
  CasualtyFigure,
  Count,
  Dating,
  DatingByReading,
  DocumentedAttack,
  DocumentedClaim,
  DocumentedPoliticalEvent,
  DocumentedStrike,
  Fact,
  Precision,
  Provenance,
  Range,
  ReadingName,
  Side,
} from './data/iraq2020/types.js';
export type { LoadEventsOptions, LoadedEvents } from './data/loadEvents.js';
export { loadEvents } from './data/loadEvents.js';
export type {
  DayPlacement,
  EventOrigin,
  LoadedEvent,
  UndatedEvent,
} from './data/resolveEventTimes.js';
export { spreadWithinDay } from './data/spreadWithinDay.js';
export { toDays } from './data/toDays.js';
export type { ComparisonPlanOptions } from './experiments/compare/comparisonParts.js';
export type { GroupEstimate } from './experiments/compare/describeGroup.js';
export {
  DEFAULT_COMPARISON_OUTCOMES,
  NULLABLE_OUTCOMES,
  PROPORTION_OUTCOMES,
} from './experiments/compare/outcomeKinds.js';
export type { DifferenceEstimate } from './experiments/compare/pairedMeanDifference.js';
export type { PairedCounts } from './experiments/compare/pairedProportionDifference.js';
export type { PolicyChoice, PolicyDescription } from './experiments/compare/policyChoice.js';
export type {
  ComparePoliciesOptions,
  OutcomeComparison,
  PolicyComparison,
  PolicyDifference,
} from './experiments/comparePolicies.js';
export { comparePolicies } from './experiments/comparePolicies.js';
export type { DiscoverOptions, Discovery } from './experiments/discover.js';
export { discover } from './experiments/discover.js';
export type { BoxLimit, PrimBox, PrimOptions } from './experiments/discovery/prim.js';
export { prim } from './experiments/discovery/prim.js';
export { EnsembleMerger } from './experiments/EnsembleMerger.js';
export type { EnsembleState } from './experiments/EnsembleState.js';
export { mergeEnsembleStates } from './experiments/EnsembleState.js';
export {
  ensembleProvenance,
  policyText,
  type RunProvenance,
} from './experiments/ensembleProvenance.js';
export { ENSEMBLE_CSV_COLUMNS, ensembleSummaryToCsv } from './experiments/ensembleSummaryToCsv.js';
export type {
  HypothesisControl,
  HypothesisSpec,
  HypothesisWindow,
  WindowAnchor,
} from './experiments/hypotheses/HypothesisSpec.js';
export type {
  HypothesisBuilder,
  ReadyMadeOptions,
} from './experiments/hypotheses/readyMadeHypotheses.js';
export { HYPOTHESES } from './experiments/hypotheses/readyMadeHypotheses.js';
export type { Direction } from './experiments/hypotheses/signFlipTest.js';
export { signFlipTest } from './experiments/hypotheses/signFlipTest.js';
export type { StrikeResponseName } from './experiments/hypotheses/strikeResponses.js';
export { STRIKE_RESPONSES, withStrikeResponse } from './experiments/hypotheses/strikeResponses.js';
export type { WindowMetric } from './experiments/hypotheses/windowMetric.js';
export { WINDOW_METRICS } from './experiments/hypotheses/windowMetric.js';
export type { WithholdingPolicy } from './experiments/hypotheses/withholdStrike.js';
export { withholdStrike } from './experiments/hypotheses/withholdStrike.js';
export { OUTCOME_ROW_COLUMNS, outcomeRowsToCsv } from './experiments/outcomeRowsToCsv.js';
export { ReplicateError } from './experiments/ReplicateError.js';
export type { EnsembleOptions, EnsembleResult, OutcomeRow } from './experiments/runEnsemble.js';
export { runEnsemble } from './experiments/runEnsemble.js';
export type { MorrisEffect, MorrisOptions } from './experiments/sensitivity/morrisScreening.js';
export { morrisScreening } from './experiments/sensitivity/morrisScreening.js';
export type { CorrectedSobolIndex } from './experiments/sensitivity/noiseCorrectedSobol.js';
export type { ParameterRange } from './experiments/sensitivity/ParameterRange.js';
export type { ReplicateNoise } from './experiments/sensitivity/replicateNoise.js';
export type { SobolIndex, SobolOptions } from './experiments/sensitivity/sobolIndices.js';
export { MIN_SOBOL_SAMPLES, sobolIndices } from './experiments/sensitivity/sobolIndices.js';
export type { SensitivityOptions, SensitivityResult } from './experiments/sensitivity.js';
export { sensitivity } from './experiments/sensitivity.js';
export type {
  ExperimentCommand,
  ExperimentRequest,
  ExperimentResult,
} from './experiments/shards/ExperimentRequest.js';
export { EXPERIMENT_COMMANDS } from './experiments/shards/ExperimentRequest.js';
export { finishExperiment } from './experiments/shards/finishExperiment.js';
export { mergeExperimentParts } from './experiments/shards/mergeExperimentParts.js';
export type { MergedShards } from './experiments/shards/mergeShards.js';
export { mergeShards, ShardError } from './experiments/shards/mergeShards.js';
export type { ExperimentPlan } from './experiments/shards/planExperiment.js';
export { planExperiment } from './experiments/shards/planExperiment.js';
export { runShard } from './experiments/shards/runShard.js';
export { SHARD_FORMAT, ShardFile } from './experiments/shards/ShardFile.js';
export type { ShardSpec } from './experiments/shards/ShardSpec.js';
export { MAX_SHARDS, parseShardSpec } from './experiments/shards/ShardSpec.js';
export { splitRange } from './experiments/shards/splitRange.js';
export type { OutcomeSummary } from './experiments/summaries/describeSummary.js';
export {
  describeSummary,
  SUMMARY_PROBABILITIES,
  summaryQuantile,
} from './experiments/summaries/describeSummary.js';
export type { LogSketchState } from './experiments/summaries/LogSketch.js';
export { mergeSummaries } from './experiments/summaries/mergeSummaries.js';
export type { SummaryOptions, SummaryState } from './experiments/summaries/Summary.js';
export { Summary } from './experiments/summaries/Summary.js';
export type { EnsembleSummary, EnsembleWarning } from './experiments/summarizeEnsemble.js';
export { summarizeEnsemble } from './experiments/summarizeEnsemble.js';
export { MAX_SWEEP_POINTS } from './experiments/sweep/designPoints.js';
export type { SweepOptions, SweepRow } from './experiments/sweep.js';
export { sweep } from './experiments/sweep.js';
export type { HypothesisOutcome } from './experiments/testHypothesis.js';
export { testHypothesis } from './experiments/testHypothesis.js';
export { withPolicy } from './experiments/withPolicy.js';
export type {
  AttributionParams,
  EventAttribution,
} from './hawkes/attributeEvents.js';
export { attributeEvents } from './hawkes/attributeEvents.js';
export type { EndCutoff, ProfileCutoff } from './hawkes/fit/bootstrapCutoff.js';
export type { PoissonTest } from './hawkes/fit/bootstrapPoissonTest.js';
export type { StrikeCutoffOption } from './hawkes/fit/chooseStrikeCutoff.js';
export type { ModelComparisonRow } from './hawkes/fit/compareModels.js';
export type { ParameterEstimate } from './hawkes/fit/fitModel.js';
export type { FitWarning } from './hawkes/fit/fitWarnings.js';
export type { HoldoutOption, HoldoutResult } from './hawkes/fit/holdoutScores.js';
export type { ParameterPrior, PriorOption } from './hawkes/fit/parameterPrior.js';
export { NAMED_PRIORS } from './hawkes/fit/parameterPrior.js';
export type { RecordResolution } from './hawkes/fit/recordResolution.js';
export type { StrikeDecayLimit } from './hawkes/fit/strikeDecayLimit.js';
export type { StrikeEffectSummary } from './hawkes/fit/strikeEffectSummary.js';
export type { StrikeInput } from './hawkes/fit/strikeInput.js';
export type { FitHawkesOptions, HawkesFit } from './hawkes/fitHawkes.js';
export { fitHawkes } from './hawkes/fitHawkes.js';
export type { HawkesParams } from './hawkes/HawkesParams.js';
export type { Compensator } from './hawkes/hawkesCompensator.js';
export { hawkesCompensator } from './hawkes/hawkesCompensator.js';
export { hawkesExpectedCount } from './hawkes/hawkesExpectedCount.js';
export { hawkesLogLikelihood } from './hawkes/hawkesLogLikelihood.js';
export type { LogLikelihoodWithGradient } from './hawkes/hawkesLogLikelihoodGradient.js';
export { hawkesLogLikelihoodGradient } from './hawkes/hawkesLogLikelihoodGradient.js';
export { hawkesLogLikelihoodHessian } from './hawkes/hawkesLogLikelihoodHessian.js';
export type {
  ExogenousShocks,
  MultivariateHawkesParams,
} from './hawkes/MultivariateHawkesParams.js';
export { multivariateHawkesExpectedCount } from './hawkes/multivariateHawkesExpectedCount.js';
export {
  multivariateHawkesCompensator,
  multivariateHawkesLogLikelihood,
} from './hawkes/multivariateHawkesLogLikelihood.js';
export { simulateHawkes } from './hawkes/simulateHawkes.js';
export { simulateHawkesClusters } from './hawkes/simulateHawkesClusters.js';
export type { MultivariateSimulationResult } from './hawkes/simulateMultivariateHawkes.js';
export { simulateMultivariateHawkes } from './hawkes/simulateMultivariateHawkes.js';
export type { SimulationOptions, SimulationResult } from './hawkes/simulationOptions.js';
export { spectralRadius } from './hawkes/spectralRadius.js';
export type { TimeRescalingResult } from './hawkes/timeRescaling.js';
export { timeRescaling, timeRescalingFromCompensator } from './hawkes/timeRescaling.js';
export type { CompiledScenario, CompileOptions } from './model/compileScenario.js';
export { compileScenario, isCompiledScenario, SAFETY_EVENT_CAP } from './model/compileScenario.js';
export type { CountTable } from './model/createCountSampler.js';
export type { SalvoTable } from './model/createSalvoSampler.js';
export type { ImposedStrike } from './model/ImposedStrike.js';
export type { OutcomeName, Outcomes } from './model/outcomes.js';
export { OUTCOME_NAMES } from './model/outcomes.js';
export { runReplicate } from './model/runReplicate.js';
export type { RunOptions, RunResult } from './model/runScenario.js';
export { runScenario } from './model/runScenario.js';
export type {
  AttackEvent,
  PoliticalEvent,
  PoliticalLevel,
  RunWarning,
  SimEvent,
  StrikeEvent,
  TracePoint,
  WithdrawalEvent,
} from './model/SimEvent.js';
export type { CasualtyThresholdParamsInput } from './policies/casualtyThreshold.js';
export { CasualtyThresholdParams } from './policies/casualtyThreshold.js';
export { customPolicy } from './policies/customPolicy.js';
export type { DeliberateParamsInput } from './policies/deliberate.js';
export { DeliberateParams } from './policies/deliberate.js';
export type { ExpressionField } from './policies/expression/ExpressionPolicyError.js';
export { ExpressionPolicyError } from './policies/expression/ExpressionPolicyError.js';
export type { ExpressionPolicySpec } from './policies/expression/expressionPolicy.js';
export { EXPRESSION_DEFAULTS, expressionPolicy } from './policies/expression/expressionPolicy.js';
export { MAX_EXPRESSION_NESTING } from './policies/expression/restrictedParse.js';
export type { GenerousTitForTatParamsInput } from './policies/generousTitForTat.js';
export { GenerousTitForTatParams } from './policies/generousTitForTat.js';
export type { GraduatedParamsInput } from './policies/graduated.js';
export { GraduatedParams } from './policies/graduated.js';
export type { MassiveParamsInput } from './policies/massive.js';
export { MassiveParams } from './policies/massive.js';
export type { PolicySpecInput } from './policies/PolicySpec.js';
export { PolicySpec, resolvePolicy } from './policies/PolicySpec.js';
export { PolicySpecError } from './policies/PolicySpecError.js';
export type { PolicyEntry, PolicyName } from './policies/policies.js';
export { policies } from './policies/policies.js';
export type { PressureAwareParamsInput } from './policies/pressureAware.js';
export { PressureAwareParams } from './policies/pressureAware.js';
export type { ProportionalParamsInput } from './policies/proportional.js';
export { ProportionalParams } from './policies/proportional.js';
export type { RestraintParamsInput } from './policies/restraint.js';
export { RestraintParams } from './policies/restraint.js';
export type { TitForTatParamsInput } from './policies/titForTat.js';
export { TitForTatParams } from './policies/titForTat.js';
export type {
  AttackRecord,
  Policy,
  PolicyAction,
  PolicyMeta,
  PolicyObservation,
  StrikeRecord,
} from './policies/types.js';
export type { CategoricalSampler, CategoricalTable } from './random/createCategoricalSampler.js';
export { createCategoricalSampler } from './random/createCategoricalSampler.js';
export type { RandomSource, Rng } from './random/createRng.js';
export { createRng } from './random/createRng.js';
export { sampleBinomial } from './random/sampleBinomial.js';
export { sampleCategorical } from './random/sampleCategorical.js';
export { sampleExponential } from './random/sampleExponential.js';
export { sampleGamma } from './random/sampleGamma.js';
export { sampleNegativeBinomial } from './random/sampleNegativeBinomial.js';
export { sampleNormal, standardNormal } from './random/sampleNormal.js';
export { samplePoisson } from './random/samplePoisson.js';
export { sampleUniform } from './random/sampleUniform.js';
export type { BaseSpecInput } from './scenario/BaseSpec.js';
export { BaseSpec } from './scenario/BaseSpec.js';
export { defineScenario } from './scenario/defineScenario.js';
export type {
  DomesticPressureSpecInput,
  ForeignForceSpecInput,
} from './scenario/ForeignForceSpec.js';
export { DomesticPressureSpec, ForeignForceSpec } from './scenario/ForeignForceSpec.js';
export type {
  HostGovernmentSpecInput,
  HostPressureSpecInput,
  HostThresholdsSpecInput,
} from './scenario/HostGovernmentSpec.js';
export {
  HostGovernmentSpec,
  HostPressureSpec,
  HostThresholdsSpec,
} from './scenario/HostGovernmentSpec.js';
export { SCENARIO_LIMITS } from './scenario/limits.js';
export type { MilitiaSpecInput, RocketsSpecInput } from './scenario/MilitiaSpec.js';
export { IRAQ_2020_ATTACK_PROCESS, MilitiaSpec, RocketsSpec } from './scenario/MilitiaSpec.js';
export { getScenarioValue } from './scenario/paths/getScenarioValue.js';
export { numericScenarioPaths } from './scenario/paths/numericScenarioPaths.js';
export { ScenarioPathError } from './scenario/paths/ScenarioPathError.js';
export { setScenarioValues } from './scenario/paths/setScenarioValues.js';
export type { CalibratedDefault } from './scenario/presets/iraq2020Calibration.js';
export { IRAQ_2020_CALIBRATION } from './scenario/presets/iraq2020Calibration.js';
export { iraq2020ForReading } from './scenario/presets/iraq2020ForReading.js';
export type { PresetName } from './scenario/presets.js';
export { presets } from './scenario/presets.js';
export type { ScenarioInput } from './scenario/Scenario.js';
export { Scenario } from './scenario/Scenario.js';
export { ScenarioError } from './scenario/ScenarioError.js';
export { scenarioJsonSchema } from './scenario/scenarioJsonSchema.js';
export { chiSquareCdf, chiSquareQuantile, chiSquareSurvival } from './stats/chiSquare.js';
export { holmAdjust } from './stats/holmAdjust.js';
export {
  KOLMOGOROV_EXACT_MAX_N,
  kolmogorovCdf,
  kolmogorovSurvival,
} from './stats/kolmogorovDistribution.js';
export type { KsTestResult } from './stats/ksTest.js';
export { ksTest } from './stats/ksTest.js';
export { mcnemarExact } from './stats/mcnemarExact.js';
export { normalCdf } from './stats/normalCdf.js';
export { normalQuantile } from './stats/normalQuantile.js';
export { smirnovSurvival } from './stats/smirnovSurvival.js';
export { studentTQuantile, studentTSurvival } from './stats/studentT.js';
export { wilsonInterval } from './stats/wilsonInterval.js';
export { csvCell } from './util/csvCell.js';
export { MAX_JSON_DEPTH, parseJsonText } from './util/parseJsonText.js';
export { LIBRARY, LIBRARY_VERSION } from './version.js';
