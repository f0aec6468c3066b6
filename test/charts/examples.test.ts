// Each TSDoc @example of the chart builders and the renderer, run as written.
import { describe, expect, it } from 'vitest';
import { calibrate } from '../../src/calibrate/calibrate.js';
import { observedFromReading } from '../../src/calibrate/observed/observedFromReading.js';
import { attributionChart } from '../../src/charts/attributionChart.js';
import { comparisonChart } from '../../src/charts/comparisonChart.js';
import { fanChart } from '../../src/charts/fanChart.js';
import { hypothesisChart } from '../../src/charts/hypothesisChart.js';
import { posteriorMarginalsChart } from '../../src/charts/posteriorMarginalsChart.js';
import { posteriorPairsChart } from '../../src/charts/posteriorPairsChart.js';
import { primChart } from '../../src/charts/primChart.js';
import { sensitivityChart } from '../../src/charts/sensitivityChart.js';
import { sweepHeatmap } from '../../src/charts/sweepHeatmap.js';
import { timelineChart } from '../../src/charts/timelineChart.js';
import { toleranceChart } from '../../src/charts/toleranceChart.js';
import { comparePolicies } from '../../src/experiments/comparePolicies.js';
import { HYPOTHESES } from '../../src/experiments/hypotheses/readyMadeHypotheses.js';
import { runEnsemble } from '../../src/experiments/runEnsemble.js';
import { sensitivity } from '../../src/experiments/sensitivity.js';
import { sweep } from '../../src/experiments/sweep.js';
import { testHypothesis } from '../../src/experiments/testHypothesis.js';
import { runScenario } from '../../src/model/runScenario.js';
import { renderChart } from '../../src/node/charts/renderChart.js';
import { reportHtml } from '../../src/node/charts/reportHtml.js';
import { presets } from '../../src/scenario/presets.js';

describe('documented examples of the charts', () => {
  it('runs and results', () => {
    const scenario = presets['iraq-2020'];
    const run = runScenario(scenario, { seed: 1, trace: [0, 100, 200, 300] });
    expect(timelineChart(run, scenario).vconcat.length).toBe(3);
    const ensemble = runEnsemble(scenario, { replicates: 20, seed: 1, keepEvents: true });
    expect(fanChart(ensemble, scenario, observedFromReading('wire')).layer.length).toBe(5);
    const c = comparePolicies(presets['iraq-2020'], ['restraint', 'titForTat'], {
      replicates: 20,
      seed: 1,
      outcomes: ['attacks'],
    });
    expect(comparisonChart(c).hconcat.length).toBe(2);
    const [h4] = HYPOTHESES.H4({ replicates: 20, seed: 1 });
    expect(
      hypothesisChart([testHypothesis({ ...(h4 as NonNullable<typeof h4>), permutations: 99 })])
        .data.values.length,
    ).toBe(1);
  });

  it('experiments', () => {
    const rows = sweep(presets['iraq-2020'], {
      parameters: [
        { path: 'militias.0.baseline', low: 0.04, high: 0.1 },
        { path: 'hostGovernment.thresholds.expulsion', low: 8, high: 16 },
      ],
      design: 'grid',
      points: 2,
      replicates: 2,
      seed: 1,
    });
    expect(sweepHeatmap(rows).data.values.length).toBe(4);
    const s = sensitivity(presets['iraq-2020'], {
      method: 'morris',
      parameters: [{ path: 'militias.0.baseline', low: 0.04, high: 0.1 }],
      trajectories: 2,
      replicates: 2,
      seed: 1,
    });
    expect(sensitivityChart(s).data.values.length).toBe(2);
    const box = { limits: [], restricted: [], coverage: 1, density: 0.5, mass: 1, n: 10 };
    expect(
      primChart({ condition: 'y > 0', points: 10, cases: 5, trajectory: [box], box }).layer.length,
    ).toBe(3);
    expect(
      attributionChart([
        {
          time: 1,
          day: '2020-01-02',
          target: 'Taji',
          background: 0.5,
          triggered: 0.3,
          provoked: 0.2,
        },
      ]).data.values.length,
    ).toBe(3);
  });

  it('posteriors', () => {
    const one = calibrate(presets['iraq-2020'], observedFromReading('wire'), {
      parameters: { 'militias.0.baseline': { type: 'logUniform', min: 0.01, max: 1 } },
      particles: 40,
      simulationBudget: 400,
      seed: 7,
    });
    expect(posteriorMarginalsChart(one).facet.field).toBe('parameter');
    expect(toleranceChart(one).hconcat.length).toBe(2);
    const two = calibrate(presets['iraq-2020'], observedFromReading('wire'), {
      parameters: {
        'militias.0.baseline': { type: 'logUniform', min: 0.01, max: 1 },
        'militias.0.branchingRatio': { type: 'uniform', min: 0, max: 0.9 },
      },
      particles: 40,
      simulationBudget: 400,
      seed: 7,
    });
    expect(posteriorPairsChart(two).vconcat.length).toBe(1);
  });

  it('rendering and reports', async () => {
    const svg = await renderChart(
      {
        data: { values: [{ x: 1 }] },
        mark: 'point',
        encoding: { x: { field: 'x', type: 'quantitative' } },
      },
      'svg',
    );
    expect(svg.startsWith('<svg')).toBe(true);
    const html = await reportHtml({ title: 'x', madeBy: { version: '0.1.0' }, sections: [] });
    expect(html.startsWith('<!doctype html>')).toBe(true);
  });
});
