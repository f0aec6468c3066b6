import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main as timeline } from '../../examples/01-iraq-2020-timeline.js';
import { main as comparison } from '../../examples/02-policy-comparison.js';
import { main as hypotheses } from '../../examples/03-hypotheses.js';
import { main as calibration } from '../../examples/04-calibrate-iraq-2020.js';
import { main as charts } from '../../examples/05-charts.js';
import { tempFiles } from '../helpers/tempFiles.js';

// Every example checks its own headline result (and throws if it fails); here each runs at
// a small size.
describe('examples', () => {
  it('01 prints a dated timeline whose strikes answer deadly attacks', () => {
    const lines: string[] = [];
    const run = timeline({ seed: 3, days: 365, write: (l) => lines.push(l) });
    expect(lines[0]).toMatch(/^iraq-2020, seed 3/);
    expect(lines.filter((l) => l.includes(' attack on ')).length).toBe(run.outcomes.attacks);
  });

  it('02 compares three policies on common random numbers (200 replicates)', () => {
    const lines: string[] = [];
    const result = comparison({ replicates: 200, seed: 2, write: (l) => lines.push(l) });
    expect(lines.some((l) => l.trim().startsWith('expulsionDemanded'))).toBe(true);
    const strikes = result.outcomes.find((o) => o.outcome === 'strikes');
    expect(strikes?.differences.find((d) => d.policy === 'titForTat')?.low).toBeGreaterThan(0);
  });

  it('03 prints the four hypotheses under each reading and three strike responses (150 replicates)', () => {
    const lines: string[] = [];
    const grid = hypotheses({ replicates: 150, seed: 1, write: (l) => lines.push(l) });
    expect(Object.keys(grid)).toEqual(['table', 'text', 'wire']);
    for (const byResponse of Object.values(grid))
      expect(Object.keys(byResponse)).toEqual(['deterring', 'neutral', 'provoking']);
    // One verdict row per reading, and one line saying what H1's verdict rests on.
    expect(lines.filter((l) => l.trim().startsWith('H1 provocation')).length).toBe(4);
    expect(
      lines.some((l) => /H1 provocation\s+changes with the strike-response assumption/.test(l)),
    ).toBe(true);
  }, 120_000);

  it('04 calibrates under the three readings, predicts unseen weeks, compares mechanisms and attributes the March attacks (40 particles)', () => {
    const lines: string[] = [];
    const posteriors = calibration({
      particles: 40,
      budget: 1200,
      seed: 3,
      mechanismSimulations: 300,
      write: (l) => lines.push(l),
    });
    expect(Object.keys(posteriors)).toEqual(['table', 'text', 'wire']);
    expect(lines.some((l) => l.startsWith('attacks predicted 2020-01-01'))).toBe(true);
    const choice = lines.findIndex((l) => l.startsWith('model choice (wire)'));
    expect(lines.slice(choice + 1, choice + 4).map((l) => l.trim().split(/\s{2,}/)[0])).toEqual([
      'retaliation deters',
      'retaliation provokes',
      'no effect',
    ]);
    // The wire reading's six March attacks, each with two attributions that sum to 1.
    const march = lines.filter((l) => /^ {2}2020-03-\d\d /.test(l));
    expect(march.map((l) => l.slice(2, 12))).toEqual([
      '2020-03-01',
      '2020-03-02',
      '2020-03-05',
      '2020-03-07',
      '2020-03-11',
      '2020-03-14',
    ]);
    for (const line of march)
      for (const side of line.slice(26).split('|')) {
        const shares = side.trim().split(' · ').map(Number);
        expect(Math.abs(shares.reduce((a, b) => a + b, 0) - 1)).toBeLessThanOrEqual(0.015);
      }
    // No attack before the strike can have been provoked by it.
    for (const line of march.slice(0, 5)) expect(line).toMatch(/ · 0\.00 \| .* · 0\.00$/);
  });

  it('05 writes the fan, timeline and comparison charts; the record lies in the 90% band (100 replicates)', async () => {
    const { dir } = tempFiles('escalation-sim-charts-');
    const lines: string[] = [];
    await charts({ folder: dir, replicates: 100, seed: 1, write: (l) => lines.push(l) });
    expect(lines.filter((l) => l.startsWith('wrote '))).toHaveLength(3);
    expect(readFileSync(join(dir, 'fan.svg'), 'utf8')).toMatch(/^<svg/);
  }, 120_000);
});
