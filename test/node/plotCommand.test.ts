import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { tempFiles } from '../helpers/tempFiles.js';

const { dir, file } = tempFiles('escalation-sim-plot-');
const at = (name: string) => join(dir, name);
const sweepArgs = [
  '--param',
  'militias.0.baseline=0.04:0.12',
  '--param',
  'hostGovernment.thresholds.expulsion=6:20',
  '--points',
  '3',
  '--replicates',
  '3',
];

describe('plot', () => {
  it('draws every kind from the files the commands write', async () => {
    expect(
      (
        await cli(
          'compare',
          'iraq-2020',
          '--policies',
          'restraint,titForTat',
          '--replicates',
          '20',
          '--outcomes',
          'attacks,strikes',
          '--json',
          '--out',
          at('compare.json'),
        )
      ).code,
    ).toBe(0);
    expect(
      (await cli('test', 'H4', '--replicates', '20', '--json', '--out', at('test.json'))).code,
    ).toBe(0);
    expect(
      (await cli('sweep', 'iraq-2020', ...sweepArgs, '--json', '--out', at('sweep.json'))).code,
    ).toBe(0);
    expect(
      (
        await cli(
          'sensitivity',
          'iraq-2020',
          '--method',
          'morris',
          '--param',
          'militias.0.baseline=0.04:0.12',
          '--param',
          'hostGovernment.thresholds.expulsion=6:20',
          '--trajectories',
          '3',
          '--replicates',
          '2',
          '--json',
          '--out',
          at('sensitivity.json'),
        )
      ).code,
    ).toBe(0);
    expect(
      (
        await cli(
          'discover',
          'iraq-2020',
          '--param',
          'militias.0.baseline=0.04:0.12',
          '--param',
          'hostGovernment.thresholds.expulsion=6:20',
          '--outcome',
          'expulsionDemanded.mean',
          '--above',
          '0.3',
          '--points',
          '30',
          '--replicates',
          '3',
          '--json',
          '--out',
          at('discover.json'),
        )
      ).code,
    ).toBe(0);
    const calibration = await cli(
      'calibrate',
      'iraq-2020',
      '--reading',
      'wire',
      '--particles',
      '40',
      '--budget',
      '600',
      '--checks',
      '0',
      '--mechanisms',
      '0',
      '--json',
    );
    expect(calibration.code).toBe(0);
    writeFileSync(at('calibration.json'), calibration.stdout);
    const cases: [string, string, string][] = [
      ['timeline', 'iraq-2020', 'timeline.svg'],
      ['fan', 'iraq-2020', 'fan.png'],
      ['compare', at('compare.json'), 'compare.svg'],
      ['hypotheses', at('test.json'), 'hypotheses.svg'],
      ['sweep', at('sweep.json'), 'sweep.svg'],
      ['sensitivity', at('sensitivity.json'), 'sensitivity.svg'],
      ['prim', at('discover.json'), 'prim.json'],
      ['marginals', at('calibration.json'), 'marginals.svg'],
      ['pairs', at('calibration.json'), 'pairs.svg'],
      ['tolerance', at('calibration.json'), 'tolerance.svg'],
      ['attribution', at('calibration.json'), 'attribution.svg'],
    ];
    for (const [kind, input, out] of cases) {
      const extra = kind === 'fan' ? ['--replicates', '20', '--reading', 'wire'] : [];
      const result = await cli('plot', kind, input, ...extra, '--out', at(out));
      expect({ kind, ...result }).toMatchObject({ kind, code: 0, stderr: '' });
      const bytes = readFileSync(at(out));
      if (out.endsWith('.svg')) expect(bytes.toString('utf8')).toMatch(/^<svg[\s\S]*class="mark-/);
      if (out.endsWith('.png')) expect([...bytes.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
      if (out.endsWith('.json'))
        expect(JSON.parse(bytes.toString('utf8')).$schema).toMatch(/vega-lite/);
    }
  }, 120_000);

  it('refuses an unknown kind, a wrong input, a missing --out; writes nothing', async () => {
    const before = readdirSync(dir).length;
    expect(await cli('plot', 'pie', 'iraq-2020', '--out', at('x.svg'))).toMatchObject({
      code: 2,
      stderr:
        'escalation-sim plot: unknown chart kind "pie"; kinds: timeline, fan, compare, hypotheses, sweep, sensitivity, prim, marginals, pairs, tolerance, attribution\n',
    });
    const run = file('run.json', JSON.stringify({ summaries: {}, provenance: {} }));
    expect((await cli('plot', 'fan', run, '--out', at('x.svg'))).stderr).toBe(
      `escalation-sim plot: plot fan expects a preset or scenario file; ${run} is an ensemble summary (run --json), which holds no event logs\n`,
    );
    expect((await cli('plot', 'compare', 'iraq-2020', '--out', at('x.svg'))).stderr).toBe(
      'escalation-sim plot: plot compare expects a policy comparison (compare --json); iraq-2020 is a preset or scenario file\n',
    );
    expect((await cli('plot', 'fan', 'iraq-2020', '--out', at('x.pdf'))).stderr).toBe(
      'escalation-sim plot: give --out FILE ending in .svg, .png or .json (the Vega-Lite spec), received "' +
        at('x.pdf') +
        '"\n',
    );
    expect(
      (await cli('plot', 'fan', 'iraq-2020', '--reading', 'tv', '--out', at('x.svg'))).stderr,
    ).toBe('escalation-sim plot: --reading must be one of table, text, wire, received "tv"\n');
    expect(existsSync(at('x.svg'))).toBe(false);
    expect(readdirSync(dir).length).toBe(before + 1); // run.json only
  });

  it('a heat map of a one-parameter sweep says what is missing and leaves the old file alone', async () => {
    await cli(
      'sweep',
      'iraq-2020',
      '--param',
      'militias.0.baseline=0.04:0.12',
      '--points',
      '2',
      '--replicates',
      '1',
      '--json',
      '--out',
      at('one.json'),
    );
    writeFileSync(at('old.svg'), 'old');
    const result = await cli('plot', 'sweep', at('one.json'), '--out', at('old.svg'));
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'escalation-sim plot: rows must vary at least two parameters for a heat map, received 1 (militias.0.baseline); sweep two --param or chart the outcome against one\n',
    );
    expect(readFileSync(at('old.svg'), 'utf8')).toBe('old');
  });
});
