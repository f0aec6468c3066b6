// Small results of every kind the charts take, built once per test file.
import { attributeObservedAttacks } from '../../src/calibrate/attributeObservedAttacks.js';
import { calibrate } from '../../src/calibrate/calibrate.js';
import { observedFromReading } from '../../src/calibrate/observed/observedFromReading.js';
import { comparePolicies } from '../../src/experiments/comparePolicies.js';
import { discover } from '../../src/experiments/discover.js';
import { HYPOTHESES } from '../../src/experiments/hypotheses/readyMadeHypotheses.js';
import { runEnsemble } from '../../src/experiments/runEnsemble.js';
import { sensitivity } from '../../src/experiments/sensitivity.js';
import { sweep } from '../../src/experiments/sweep.js';
import { testHypothesis } from '../../src/experiments/testHypothesis.js';
import { runScenario } from '../../src/model/runScenario.js';
import { presets } from '../../src/scenario/presets.js';

export const iraq = presets['iraq-2020'];
export const wire = observedFromReading('wire');

export function fixtures() {
  const run = runScenario(iraq, { seed: 3, trace: Array.from({ length: 366 }, (_, d) => d) });
  const ensemble = runEnsemble(iraq, { replicates: 40, seed: 1, keepEvents: true });
  const comparison = comparePolicies(iraq, ['restraint', 'titForTat', 'massive'], {
    replicates: 30,
    seed: 1,
    outcomes: ['attacks', 'expulsionDemanded'],
  });
  const hypotheses = [
    ...HYPOTHESES.H1({ replicates: 20, seed: 1 }),
    ...HYPOTHESES.H4({ replicates: 20, seed: 1 }),
  ].map((spec) => testHypothesis({ ...spec, permutations: 99 }));
  const parameters = [
    { path: 'militias.0.baseline', low: 0.04, high: 0.12 },
    { path: 'hostGovernment.thresholds.expulsion', low: 6, high: 20 },
  ];
  const sweepRows = [
    ...sweep(iraq, { parameters, design: 'grid', points: 3, replicates: 4, seed: 1 }),
  ];
  const lhsRows = [
    ...sweep(iraq, { parameters, design: 'latinHypercube', points: 40, replicates: 3, seed: 1 }),
  ];
  const discovery = discover(lhsRows, {
    inputs: parameters.map((p) => p.path),
    outcome: 'expulsionDemanded.mean',
    above: 0.3,
  });
  const morris = sensitivity(iraq, {
    method: 'morris',
    parameters,
    trajectories: 4,
    replicates: 3,
    seed: 1,
  });
  const sobol = sensitivity(iraq, {
    method: 'sobol',
    parameters,
    samples: 16,
    bootstrap: 50,
    replicates: 2,
    seed: 1,
  });
  const posterior = calibrate(iraq, wire, {
    parameters: {
      'militias.0.baseline': { type: 'logUniform', min: 0.01, max: 1 },
      'militias.0.branchingRatio': { type: 'uniform', min: 0, max: 0.9 },
    },
    particles: 40,
    simulationBudget: 600,
    seed: 7,
  });
  const attributions = attributeObservedAttacks(iraq, wire, posterior, { seed: 1, draws: 40 });
  return {
    run,
    ensemble,
    comparison,
    hypotheses,
    sweepRows,
    lhsRows,
    discovery,
    morris,
    sobol,
    posterior,
    attributions,
  };
}
