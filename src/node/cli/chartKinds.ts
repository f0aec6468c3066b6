import type { ObservedRecord } from '../../calibrate/observed/ObservedRecord.js';
import { observedFromReading } from '../../calibrate/observed/observedFromReading.js';
import type { Posterior } from '../../calibrate/Posterior.js';
import { attributionChart } from '../../charts/attributionChart.js';
import type { ChartSpec } from '../../charts/chartSupport.js';
import { comparisonChart } from '../../charts/comparisonChart.js';
import { fanChart } from '../../charts/fanChart.js';
import { hypothesisChart } from '../../charts/hypothesisChart.js';
import { posteriorMarginalsChart } from '../../charts/posteriorMarginalsChart.js';
import { posteriorPairsChart } from '../../charts/posteriorPairsChart.js';
import { primChart } from '../../charts/primChart.js';
import { sensitivityChart } from '../../charts/sensitivityChart.js';
import { sweepHeatmap } from '../../charts/sweepHeatmap.js';
import { timelineChart } from '../../charts/timelineChart.js';
import { toleranceChart } from '../../charts/toleranceChart.js';
import { IRAQ_2020_READINGS } from '../../data/iraq2020/iraq2020Reading.js';
import type { ReadingName } from '../../data/iraq2020/types.js';
import { runEnsemble } from '../../experiments/runEnsemble.js';
import { runScenario } from '../../model/runScenario.js';
import type { Scenario } from '../../scenario/Scenario.js';
import { CliError } from './CliError.js';
import { type Calibration, RESULT_SOURCES, type ResultFile } from './readResultFile.js';

/** Settings a chart may use: how to run a scenario, which record, which columns. */
export interface ChartSettings {
  readonly seed: number | string;
  readonly replicates: number;
  readonly reading?: string;
  readonly outcome?: string;
  readonly x?: string;
  readonly y?: string;
}

type Input = { readonly kind: 'scenario'; readonly value: Scenario } | ResultFile;

interface ChartKind {
  readonly summary: string;
  /** The inputs it takes. */
  readonly takes: readonly Input['kind'][];
  readonly build: (input: Input, settings: ChartSettings) => ChartSpec;
}

/** Trace points per day of a timeline's pressure panel: enough to show each jump's decay. */
const TRACE_PER_DAY = 4;

/** The charts `plot` draws, by kind, with the inputs each takes. */
export const CHART_KINDS: Readonly<Record<string, ChartKind>> = {
  timeline: {
    summary: 'one run as a dated timeline (preset or scenario file)',
    takes: ['scenario'],
    build: (input, s) => {
      const scenario = input.value as Scenario;
      return timelineChart(
        runScenario(scenario, { seed: s.seed, trace: traceDays(scenario) }),
        scenario,
      );
    },
  },
  fan: {
    summary: 'cumulative attacks of --replicates runs as a fan, with --reading R overlaid',
    takes: ['scenario'],
    build: (input, s) => {
      const scenario = input.value as Scenario;
      const ensemble = runEnsemble(scenario, {
        replicates: s.replicates,
        seed: s.seed,
        keepEvents: true,
      });
      return fanChart(ensemble, scenario, s.reading === undefined ? undefined : record(s.reading));
    },
  },
  compare: {
    summary: 'policy estimates and paired differences (compare --json)',
    takes: ['comparison'],
    build: (input) => comparisonChart(input.value as never),
  },
  hypotheses: {
    summary: 'hypothesis effects and verdicts (test --json)',
    takes: ['hypotheses'],
    build: (input) => hypothesisChart(input.value as never),
  },
  sweep: {
    summary: 'a heat map of --outcome over two swept parameters --x, --y (sweep --json)',
    takes: ['sweep'],
    build: (input, s) =>
      sweepHeatmap(input.value as never, {
        ...(s.outcome === undefined ? {} : { outcome: s.outcome }),
        ...(s.x === undefined ? {} : { x: s.x }),
        ...(s.y === undefined ? {} : { y: s.y }),
      }),
  },
  sensitivity: {
    summary: 'Morris or Sobol indices with intervals (sensitivity --json)',
    takes: ['sensitivity'],
    build: (input) => sensitivityChart(input.value as never),
  },
  prim: {
    summary: 'the PRIM coverage–density trade-off (discover --json)',
    takes: ['discovery'],
    build: (input) => primChart(input.value as never),
  },
  marginals: {
    summary: 'posterior marginals (calibrate --out FILE or --json)',
    takes: ['posterior', 'calibration'],
    build: (input, s) => posteriorMarginalsChart(posteriorOf(input, s)),
  },
  pairs: {
    summary: 'posterior pairs (calibrate --out FILE or --json)',
    takes: ['posterior', 'calibration'],
    build: (input, s) => posteriorPairsChart(posteriorOf(input, s)),
  },
  tolerance: {
    summary: 'the ABC tolerance trace (calibrate --out FILE or --json)',
    takes: ['posterior', 'calibration'],
    build: (input, s) => toleranceChart(posteriorOf(input, s)),
  },
  attribution: {
    summary: 'what caused each observed attack (calibrate --json)',
    takes: ['calibration'],
    build: (input, s) => {
      const calibration = input.value as Calibration;
      return attributionChart(calibration.attributions[pick(calibration, s)] ?? []);
    },
  },
};

/** What an input is, in words, for "expected … received …". */
export function describeInput(kind: Input['kind']): string {
  return kind === 'scenario' ? 'a preset or scenario file' : RESULT_SOURCES[kind];
}

/** Days at which a timeline records the host's pressure: four a day over the horizon. */
export function traceDays(scenario: Scenario): number[] {
  const steps = Math.floor(scenario.horizonDays * TRACE_PER_DAY);
  return Array.from({ length: steps + 1 }, (_, i) => i / TRACE_PER_DAY);
}

/** The embedded 2020 record under a reading, or a usage error listing the readings. */
export function record(reading: string): ObservedRecord {
  if (!Object.hasOwn(IRAQ_2020_READINGS, reading))
    throw new CliError(
      `--reading must be one of ${Object.keys(IRAQ_2020_READINGS).join(', ')}, received ${JSON.stringify(reading)}`,
      2,
    );
  return observedFromReading(reading as ReadingName);
}

/** The posterior of a file: itself, or from calibrate --json the one of --reading (default the first). */
function posteriorOf(input: Input, s: ChartSettings): Posterior {
  if (input.kind === 'posterior') return input.value;
  const calibration = input.value as Calibration;
  return calibration.posteriors[pick(calibration, s)] as Posterior;
}

function pick(calibration: Calibration, s: ChartSettings): number {
  const labels = calibration.posteriors.map((p) => p.provenance.observed);
  if (s.reading === undefined) return 0;
  const i = labels.findIndex((label) => label === s.reading || label.endsWith(`:${s.reading}`));
  if (i < 0)
    throw new CliError(
      `--reading ${JSON.stringify(s.reading)} is not among the calibration's records: ${labels.join(', ')}`,
      2,
    );
  return i;
}
