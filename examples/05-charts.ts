/**
 * Charts of the `iraq-2020` preset: the 2020 record (wire reading) against a fan of simulated
 * runs, one run as a dated timeline, and a policy comparison, written as SVG files with the
 * Vega-Lite specs beside them.
 *
 * Headline check: at the end of the record's window, the record's attack count lies inside
 * the 90% band of the runs (the preset is calibrated to that record; a count outside would
 * say the calibration or the chart is wrong).
 *
 * Run: npx tsx examples/05-charts.ts [folder]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  comparePolicies,
  comparisonChart,
  fanChart,
  observedFromReading,
  presets,
  runEnsemble,
  runScenario,
  timelineChart,
} from 'escalation-sim';
import { renderChart } from 'escalation-sim/node';

export interface ChartsOptions {
  readonly folder?: string;
  readonly replicates?: number;
  readonly seed?: number | string;
  readonly write?: (line: string) => void;
}

export async function main({
  folder = 'charts',
  replicates = 500,
  seed = 1,
  write = console.log,
}: ChartsOptions = {}) {
  const scenario = presets['iraq-2020'];
  const record = observedFromReading('wire');
  mkdirSync(folder, { recursive: true });
  const ensemble = runEnsemble(scenario, { replicates, seed, keepEvents: true });
  const fan = fanChart(ensemble, scenario, record);
  const trace = Array.from({ length: 366 }, (_, day) => day);
  const charts = {
    fan,
    timeline: timelineChart(runScenario(scenario, { seed, trace }), scenario),
    comparison: comparisonChart(
      comparePolicies(scenario, ['restraint', 'casualtyThreshold', 'titForTat'], {
        replicates,
        seed,
        outcomes: ['attacks', 'strikes', 'hostKilledByStrikes', 'expulsionDemanded'],
      }),
    ),
  };
  for (const [name, spec] of Object.entries(charts)) {
    writeFileSync(join(folder, `${name}.vl.json`), JSON.stringify(spec, null, 2));
    writeFileSync(join(folder, `${name}.svg`), await renderChart(spec, 'svg'));
    write(`wrote ${join(folder, `${name}.svg`)} and its Vega-Lite spec`);
  }
  checkHeadline(fan, write);
  return charts;
}

function checkHeadline(fan: ReturnType<typeof fanChart>, write: (line: string) => void): void {
  const layers = fan.layer as { data: { values: Record<string, number>[] } }[];
  const end = layers[0]?.data.values.at(-1);
  const observed = layers[3]?.data.values.at(-1)?.attacks;
  if (end === undefined || observed === undefined) throw new Error('the fan chart has no data');
  write(
    `end of the record's window: observed ${observed} attacks; runs: median ${end.median}, 90% band ${end.q05}–${end.q95}`,
  );
  if (!(observed >= (end.q05 as number) && observed <= (end.q95 as number)))
    throw new Error(`headline: the record's ${observed} attacks fall outside the runs' 90% band`);
}

if (import.meta.url === `file://${process.argv[1]}`)
  await main({ folder: process.argv[2] ?? 'charts' });
