import { quantileSeq } from 'mathjs';
import { describe, expect, it } from 'vitest';
import { attributionChart } from '../../src/charts/attributionChart.js';
import { comparisonChart } from '../../src/charts/comparisonChart.js';
import { fanChart, fanPoints } from '../../src/charts/fanChart.js';
import { hypothesisChart } from '../../src/charts/hypothesisChart.js';
import { posteriorMarginalsChart } from '../../src/charts/posteriorMarginalsChart.js';
import { posteriorPairsChart } from '../../src/charts/posteriorPairsChart.js';
import { primChart } from '../../src/charts/primChart.js';
import { sampleQuantile } from '../../src/charts/sampleQuantile.js';
import { sensitivityChart } from '../../src/charts/sensitivityChart.js';
import { sweepHeatmap } from '../../src/charts/sweepHeatmap.js';
import { timelineChart } from '../../src/charts/timelineChart.js';
import { toleranceChart } from '../../src/charts/toleranceChart.js';
import { runEnsemble } from '../../src/experiments/runEnsemble.js';
import { sweep } from '../../src/experiments/sweep.js';
import { runScenario } from '../../src/model/runScenario.js';
import { expectClose } from '../helpers/expectClose.js';
import { fixtures, iraq, wire } from './chartFixtures.js';
import { compileWithoutWarnings } from './compileWithoutWarnings.js';

const f = fixtures();
type Row = Record<string, unknown>;
const layerData = (spec: { layer: unknown[] }, i: number) =>
  (spec.layer[i] as { data: { values: Row[] } }).data.values;

describe('sampleQuantile (R type 7)', () => {
  it('matches R: quantile(c(1, 2, 3, 4, 10), c(.05, .25, .5, .9))', () => {
    // R 4.3: 1.2 2.0 3.0 7.6
    const x = [1, 2, 3, 4, 10];
    expectClose(sampleQuantile(x, 0.05), 1.2, { abs: 1e-12 });
    expectClose(sampleQuantile(x, 0.25), 2, { abs: 1e-12 });
    expectClose(sampleQuantile(x, 0.5), 3, { abs: 1e-12 });
    expectClose(sampleQuantile(x, 0.9), 7.6, { abs: 1e-12 });
    expect(sampleQuantile([5], 0.95)).toBe(5);
  });

  it('agrees with mathjs quantileSeq (linear interpolation) on seeded samples', () => {
    let s = 1;
    for (let trial = 0; trial < 50; trial++) {
      const n = 1 + (trial % 17);
      const x = Array.from({ length: n }, () => {
        s = (s * 16807) % 2147483647;
        return s % 100;
      }).sort((a, b) => a - b);
      for (const p of [0, 0.05, 0.25, 0.5, 0.75, 0.95, 1])
        expectClose(sampleQuantile(x, p), Number(quantileSeq(x, p)), { abs: 1e-9 });
    }
  });

  it('refuses an empty sample and p outside [0, 1]', () => {
    expect(() => sampleQuantile([], 0.5)).toThrow(/^sorted must be a non-empty array/);
    expect(() => sampleQuantile([1], 1.5)).toThrow('p must be a number in [0, 1], received 1.5');
  });
});

describe('the data in each spec is the data of the result', () => {
  it('timeline: every attack with its rockets, casualties per kind, the trace and thresholds', () => {
    const spec = timelineChart(f.run, iraq);
    const [events, casualties, pressure] = spec.vconcat as {
      data?: { values: Row[] };
      layer?: { data: { values: Row[] } }[];
    }[];
    const attacks = f.run.events.filter((e) => e.type === 'attack');
    expect(attacks.length).toBeGreaterThan(3);
    expect(events?.data?.values.filter((r) => r.lane === 'attack')).toEqual(
      attacks.map((a) => ({ date: a.date, lane: 'attack', size: a.rockets, label: a.base })),
    );
    const total = (who: string) =>
      (casualties?.data?.values ?? [])
        .filter((r) => r.who === who)
        .reduce((s, r) => s + (r.count as number), 0);
    expect(total('foreign killed')).toBe(f.run.outcomes.foreignKilled);
    expect(total('host killed by strikes')).toBe(f.run.outcomes.hostKilledByStrikes);
    const line = pressure?.layer?.[0]?.data.values;
    expect(line?.map((r) => r.pressure)).toEqual(f.run.trace?.map((t) => t.hostPressure));
    expect(pressure?.layer?.[1]?.data.values.map((r) => r.pressure)).toEqual([
      iraq.hostGovernment.thresholds.condemnation,
      iraq.hostGovernment.thresholds.summon,
      iraq.hostGovernment.thresholds.expulsion,
    ]);
  });

  it('fan: each day’s bands are the quantiles of the runs’ cumulative counts in the window', () => {
    const spec = fanChart(f.ensemble, iraq, wire);
    const fan = layerData(spec, 0);
    const runs = f.ensemble.runs ?? [];
    const from = wire.window.from;
    expect(fan[0]?.day).toBe(from);
    for (const point of [fan[0], fan[30], fan[Math.floor(fan.length / 2)], fan.at(-1)]) {
      const day = point?.day as number;
      const counts = runs.map(
        (r) => r.events.filter((e) => e.type === 'attack' && e.time > from && e.time <= day).length,
      );
      for (const [key, p] of [
        ['q05', 0.05],
        ['q25', 0.25],
        ['median', 0.5],
        ['q75', 0.75],
        ['q95', 0.95],
      ] as const)
        expectClose(point?.[key] as number, Number(quantileSeq(counts, p)), { abs: 1e-9 });
    }
    const observed = layerData(spec, 3);
    const inWindow = wire.attacks.filter(
      (a) => a.time !== null && a.time > from && a.time <= wire.window.to,
    ).length;
    expect(observed.at(-1)?.attacks).toBe(inWindow);
    expect(observed.map((r) => r.attacks)).toEqual([
      ...Array.from({ length: inWindow + 1 }, (_, i) => i),
      inWindow,
    ]);
  });

  it('fan: bands are ordered and never fall over time (invariant, 40 runs, seed 1)', () => {
    const points = fanPoints(f.ensemble.runs ?? [], 0, 365, 0);
    expect(points).toHaveLength(366);
    points.forEach((p, i) => {
      expect(p.q05 <= p.q25 && p.q25 <= p.median && p.median <= p.q75 && p.q75 <= p.q95).toBe(true);
      const before = points[i - 1];
      if (before)
        for (const k of ['q05', 'q25', 'median', 'q75', 'q95'] as const)
          expect(p[k]).toBeGreaterThanOrEqual(before[k]);
    });
    const last = points.at(-1);
    const totals = (f.ensemble.runs ?? []).map((r) => r.outcomes.attacks).sort((a, b) => a - b);
    expect(last?.median).toBe(sampleQuantile(totals, 0.5));
  });

  it('comparison: estimates and paired differences as comparePolicies gave them', () => {
    const spec = comparisonChart(f.comparison);
    const [levels, differences] = spec.hconcat as { data: { values: Row[] } }[];
    const attacks = f.comparison.outcomes.find((o) => o.outcome === 'attacks');
    expect(levels?.data.values.filter((r) => r.outcome === 'attacks')).toEqual(
      attacks?.policies.map((p) => ({
        outcome: 'attacks',
        policy: p.policy,
        estimate: p.estimate,
        low: p.low,
        high: p.high,
        n: p.n,
      })),
    );
    expect(differences?.data.values.map((r) => r.estimate)).toEqual(
      f.comparison.outcomes.flatMap((o) => o.differences.map((d) => d.estimate)),
    );
    expect(differences?.data.values[0]?.contrast).toBe('titForTat − restraint');
  });

  it('hypotheses: one row per result with its estimate, interval and verdict', () => {
    const spec = hypothesisChart(f.hypotheses);
    expect(spec.data.values).toHaveLength(f.hypotheses.length);
    spec.data.values.forEach((row, i) => {
      const h = f.hypotheses[i];
      expect(row).toMatchObject({
        estimate: h?.estimate,
        low: h?.low,
        high: h?.high,
        verdict: h?.verdict,
      });
    });
    expect(hypothesisChart(f.hypotheses[0] as never).data.values).toHaveLength(1);
  });

  it('sweep: the rows themselves, the first two paths on the axes', () => {
    const spec = sweepHeatmap(f.sweepRows) as unknown as {
      data: { values: Row[] };
      encoding: { x: Row; y: Row; color: Row };
    };
    expect(spec.data.values).toEqual(f.sweepRows);
    expect(spec.encoding.x.title).toBe('militias.0.baseline');
    expect(spec.encoding.y.title).toBe('hostGovernment.thresholds.expulsion');
    expect(spec.encoding.color.title).toBe('attacks.mean');
    expect(spec.encoding.x.type).toBe('ordinal');
    const lhs = sweepHeatmap(f.lhsRows, { outcome: 'expulsionDemanded.mean' }) as unknown as {
      encoding: { x: Row };
    };
    expect(lhs.encoding.x.bin).toEqual({ maxbins: 12 });
  });

  it('sensitivity: Morris μ* ± 1.96·SE and Sobol indices with their intervals', () => {
    const morris = sensitivityChart(f.morris).data.values;
    f.morris.parameters.forEach((p) => {
      const bar = morris.find((b) => b.parameter === p.path && b.index === 'μ*');
      expect(bar?.value).toBe(p.muStar);
      expectClose(bar?.high as number, (p.muStar as number) + 1.96 * (p.muStarSe as number), {
        abs: 1e-12,
      });
    });
    const sobol = sensitivityChart(f.sobol).data.values;
    expect(
      sobol.filter((b) => b.index === 'total order ST').map((b) => [b.value, b.low, b.high]),
    ).toEqual(f.sobol.parameters.map((p) => [p.total, p.totalLow, p.totalHigh]));
  });

  it('PRIM: the trajectory’s coverage and density, the chosen box marked', () => {
    const spec = primChart(f.discovery) as unknown as { data: { values: Row[] } };
    expect(spec.data.values.map((r) => [r.coverage, r.density])).toEqual(
      f.discovery.trajectory.map((b) => [b.coverage, b.density]),
    );
    expect(spec.data.values.filter((r) => r.chosen)).toHaveLength(1);
  });

  it('posterior marginals: weighted histograms that integrate to 1, with the summary lines', () => {
    const spec = posteriorMarginalsChart(f.posterior) as unknown as { data: { values: Row[] } };
    for (const path of f.posterior.correlations.paths) {
      const bins = spec.data.values.filter((r) => r.parameter === path && r.kind === 'bin');
      expect(bins).toHaveLength(20);
      const area = bins.reduce(
        (s, b) => s + (b.density as number) * ((b.high as number) - (b.low as number)),
        0,
      );
      expectClose(area, 1, { abs: 1e-9 });
      // The weight of the draws at or below the first bin's top edge equals its mass.
      const column = f.posterior.paths.indexOf(path);
      const top = bins[0]?.high as number;
      const mass = f.posterior.draws.reduce(
        (s, d, i) => s + ((d[column] as number) < top ? (f.posterior.weights[i] as number) : 0),
        0,
      );
      expectClose((bins[0]?.density as number) * (top - (bins[0]?.low as number)), mass, {
        abs: 1e-9,
      });
      const median = spec.data.values.find((r) => r.parameter === path && r.kind === 'median');
      expect(median?.at).toBe(f.posterior.summary.find((s) => s.path === path)?.median);
    }
  });

  it('posterior pairs: one point per draw with its weight', () => {
    const spec = posteriorPairsChart(f.posterior) as unknown as { data: { values: Row[] } };
    const b = f.posterior.paths.indexOf('militias.0.baseline');
    expect(spec.data.values.map((r) => [r.p0, r.weight])).toEqual(
      f.posterior.draws.map((d, i) => [d[b], f.posterior.weights[i]]),
    );
  });

  it('tolerance: the generations with a finite tolerance', () => {
    const spec = toleranceChart(f.posterior) as unknown as { data: { values: Row[] } };
    const finite = f.posterior.diagnostics.generations.filter((g) => Number.isFinite(g.tolerance));
    expect(finite.length).toBeGreaterThan(0);
    expect(spec.data.values.map((r) => [r.generation, r.tolerance, r.acceptanceRate])).toEqual(
      finite.map((g) => [g.generation, g.tolerance, g.acceptanceRate]),
    );
  });

  it('attribution: the three probabilities of every observed attack', () => {
    const values = attributionChart(f.attributions).data.values as Row[];
    expect(values).toHaveLength(3 * f.attributions.length);
    f.attributions.forEach((a, i) => {
      const rows = values.slice(3 * i, 3 * i + 3);
      expect(rows.map((r) => r.probability)).toEqual([a.background, a.triggered, a.provoked]);
    });
  });
});

describe('every spec compiles with vega-lite without warnings', () => {
  const specs = {
    timeline: timelineChart(f.run, iraq),
    fan: fanChart(f.ensemble, iraq, wire),
    fanWithoutRecord: fanChart(f.ensemble, iraq),
    comparison: comparisonChart(f.comparison),
    hypotheses: hypothesisChart(f.hypotheses),
    sweepGrid: sweepHeatmap(f.sweepRows),
    sweepLhs: sweepHeatmap(f.lhsRows),
    morris: sensitivityChart(f.morris),
    sobol: sensitivityChart(f.sobol),
    prim: primChart(f.discovery),
    marginals: posteriorMarginalsChart(f.posterior),
    pairs: posteriorPairsChart(f.posterior),
    tolerance: toleranceChart(f.posterior),
    attribution: attributionChart(f.attributions),
  };
  it.each(Object.entries(specs))('%s', (_, spec) => {
    expect(compileWithoutWarnings(spec).warnings).toEqual([]);
    expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
  });
});

describe('a chart asked of a result that lacks what it needs says what is missing', () => {
  it('a fan chart of an ensemble run without its event logs', () => {
    const bare = runEnsemble(iraq, { replicates: 3, seed: 1 });
    expect(() => fanChart(bare, iraq)).toThrow(
      'ensemble.runs is missing (received undefined): a fan chart needs every run’s cumulative attacks: run the ensemble with keepEvents: true',
    );
  });

  it('a fan chart drawn against another scenario than the one that ran', () => {
    expect(() => fanChart(f.ensemble, { ...iraq, name: 'other' })).toThrow(
      'scenario must be the one the ensemble ran (iraq-2020), received other',
    );
  });

  it('a timeline of a run without a trace', () => {
    expect(() => timelineChart(runScenario(iraq, { seed: 1 }), iraq)).toThrow(
      /^run\.trace is missing/,
    );
  });

  it('a heat map of a one-parameter sweep', () => {
    const rows = sweep(iraq, {
      parameters: [{ path: 'militias.0.baseline', low: 0.04, high: 0.12 }],
      design: 'grid',
      points: 2,
      replicates: 1,
      seed: 1,
    });
    expect(() => sweepHeatmap(rows)).toThrow(
      'rows must vary at least two parameters for a heat map, received 1 (militias.0.baseline)',
    );
    expect(() => sweepHeatmap(f.sweepRows, { outcome: 'attack.mean' })).toThrow(
      /^options\.outcome must be one of replicates, attacks\.mean/,
    );
  });

  it('pairs of a posterior with one free parameter; Sobol indices missing', () => {
    const one = { ...f.posterior, correlations: { paths: ['militias.0.baseline'], matrix: [[1]] } };
    expect(() => posteriorPairsChart(one)).toThrow(
      /^posterior\.correlations\.paths must name at least two free parameters/,
    );
    expect(() => sensitivityChart({ ...f.morris, method: 'sobol' })).toThrow(
      /^result\.parameters\[0\]\.first is missing: a sobol chart needs/,
    );
  });
});
