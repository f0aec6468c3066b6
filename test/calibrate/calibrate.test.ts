import { describe, expect, it } from 'vitest';
import { calibrate } from '../../src/calibrate/calibrate.js';
import { observedFromEvents } from '../../src/calibrate/observed/observedFromEvents.js';
import { observedFromReading } from '../../src/calibrate/observed/observedFromReading.js';
import { poolPosteriors } from '../../src/calibrate/poolPosteriors.js';
import { posteriorPredictiveCheck } from '../../src/calibrate/posteriorPredictiveCheck.js';
import { PosteriorError, readPosterior } from '../../src/calibrate/readPosterior.js';
import { loadEvents } from '../../src/data/loadEvents.js';
import { runEnsemble } from '../../src/experiments/runEnsemble.js';
import { presets } from '../../src/scenario/presets.js';

const iraq = presets['iraq-2020'];
const baseline = { 'militias.0.baseline': { type: 'logUniform', min: 0.01, max: 1 } } as const;
const small = { particles: 60, simulationBudget: 1500, seed: 7 } as const;

describe('calibrate on the 2020 record', () => {
  const wire = observedFromReading('wire');
  const posterior = calibrate(iraq, wire, {
    parameters: baseline,
    predict: [{ from: 0, to: 25 }],
    ...small,
  });

  it('is the same, bit for bit, for the same seed', () => {
    const again = calibrate(iraq, wire, {
      parameters: baseline,
      predict: [{ from: 0, to: 25 }],
      ...small,
    });
    expect(JSON.stringify(again)).toBe(JSON.stringify(posterior));
  });

  it('narrows the attack rate from its prior and records what made it', () => {
    const [summary] = posterior.summary;
    expect(summary?.path).toBe('militias.0.baseline');
    expect(summary?.narrowing).toBeGreaterThan(0.3);
    expect(posterior.weights.reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12);
    expect(posterior.provenance).toMatchObject({
      scenario: 'iraq-2020',
      observed: 'iraq-2020:wire',
      mode: 'replay',
      seed: 7,
    });
    expect(posterior.statistics.names.slice(0, 3)).toEqual(['attacks', 'gapCv', 'longestQuiet']);
    expect(posterior.predictions[0]?.statistics[0]?.statistic).toBe('attacks');
    expect(posterior.warnings.some((w) => /only 9 attacks/.test(w))).toBe(true);
  });

  it('round-trips through JSON and feeds runEnsemble', () => {
    const read = readPosterior(JSON.stringify(posterior), iraq);
    expect(read.draws).toEqual(posterior.draws);
    const result = runEnsemble(
      { ...iraq, horizonDays: 60 },
      { replicates: 20, seed: 1, posterior: read },
    );
    expect(result.summaries.attacks.n).toBe(20);
  });

  it('refuses a posterior of another scenario, version or shape', () => {
    expect(() => readPosterior(posterior, presets.restraint)).toThrow(PosteriorError);
    expect(() => readPosterior(posterior, presets.restraint)).toThrow(
      /calibrated on scenario "iraq-2020"/,
    );
    const older = { ...posterior, provenance: { ...posterior.provenance, library: '0.0.1' } };
    expect(() => readPosterior(older)).toThrow(/made by escalation-sim 0\.0\.1/);
    expect(() => readPosterior('{"kind":"x"}')).toThrow(/not a posterior at kind/);
    expect(() => readPosterior('nope')).toThrow(/not valid JSON/);
  });

  it('lets a posterior carry across the horizon and the policy, not the model', () => {
    expect(() => readPosterior(posterior, { ...iraq, horizonDays: 100, name: 'x' })).not.toThrow();
    const other = { ...iraq, militias: [{ ...iraq.militias[0], decay: 2 }] } as typeof iraq;
    expect(() => readPosterior(posterior, other)).toThrow(PosteriorError);
  });

  it('checks the record against posterior-predictive simulations', () => {
    const check = posteriorPredictiveCheck(iraq, wire, posterior, { replicates: 60, seed: 2 });
    expect(check.rows.map((r) => r.statistic)).toEqual(posterior.statistics.names);
    for (const row of check.rows) {
      expect(row.pValue).toBeGreaterThanOrEqual(0);
      expect(row.pValue).toBeLessThanOrEqual(1);
      expect(row.q05).toBeLessThanOrEqual(row.q95);
    }
  });

  it('pools readings with equal weight', () => {
    const tiny = { ...small, particles: 30, simulationBudget: 300 };
    const text = calibrate(iraq, observedFromReading('text'), { parameters: baseline, ...tiny });
    const table = calibrate(iraq, observedFromReading('table'), { parameters: baseline, ...tiny });
    const pooled = poolPosteriors([table, text]);
    expect(pooled.draws).toHaveLength(table.draws.length + text.draws.length);
    expect(pooled.weights.reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12);
    expect(pooled.provenance.observed).toBe('iraq-2020:table+iraq-2020:text');
  });
});

describe('calibrate refuses bad input by name', () => {
  const wire = observedFromReading('wire');
  it('names a misspelt path, a bad prior and a bad window', () => {
    expect(() =>
      calibrate(iraq, wire, {
        parameters: { 'militias.0.basline': baseline['militias.0.baseline'] },
        ...small,
      }),
    ).toThrow(/Did you mean "militias\.0\.baseline"/);
    expect(() =>
      calibrate(iraq, wire, {
        parameters: { 'militias.0.baseline': { type: 'uniform', min: 2, max: 1 } },
        ...small,
      }),
    ).toThrow(/parameters\["militias\.0\.baseline"\]\.max: min must be < max/);
    expect(() =>
      calibrate(iraq, wire, { parameters: baseline, window: { from: 0, to: 500 }, ...small }),
    ).toThrow(/outside the scenario's \[0, 365\]/);
    expect(() => calibrate(iraq, wire, { parameters: baseline, particles: 1, seed: 1 })).toThrow(
      /particles must be an integer/,
    );
    expect(() => calibrate(iraq, wire, { parameters: {}, seed: 1 })).toThrow(
      /at least one scenario path/,
    );
  });
  it('refuses a record without attacks in its window', () => {
    const empty = { ...wire, attacks: [] };
    expect(() => calibrate(iraq, empty, { parameters: baseline, ...small })).toThrow(
      /has no attacks in its window/,
    );
  });
});

describe('observed records from event files', () => {
  it('reads attacks, strikes with host deaths, and reactions by subtype', () => {
    const loaded = loadEvents(
      'date,type,subtype,killed\n2020-01-05,attack,,\n2020-01-09,attack,,2\n2020-01-10,strike,,4\n2020-01-11,political,condemnation,\n',
    );
    const record = observedFromEvents(loaded, { label: 'file' });
    // The window ends with the day of the last event (the reaction on January 11).
    expect(record.window).toEqual({ from: 0, to: 7 });
    expect(record.attacks.map((a) => a.killed)).toEqual([null, 2]);
    expect(record.strikes).toEqual([{ time: 5, targets: null, hostKilled: 4, delayDays: null }]);
    expect(record.political).toEqual([{ level: 'condemnation', time: 6 }]);
  });
});
