import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attributeByMaximumLikelihood } from '../../src/calibrate/attributeByMaximumLikelihood.js';
import { observedFromReading } from '../../src/calibrate/observed/observedFromReading.js';
import { calibrateCommand } from '../../src/node/cli/commands/calibrate.js';
import { runCommand } from '../../src/node/cli/commands/run.js';
import { callCommand } from '../helpers/callCommand.js';
import { tempFiles } from '../helpers/tempFiles.js';

const call = callCommand;

const { dir, file } = tempFiles('escalation-sim-calibrate-');
const quick = ['--particles', '30', '--budget', '300', '--seed', '5'];

describe('escalation-sim calibrate', () => {
  it('calibrates a reading, prints the posterior beside the prior, and writes it for run --posterior', async () => {
    const out = `${dir}/posterior.json`;
    const priors = file(
      'priors.json',
      JSON.stringify({ 'militias.0.baseline': { type: 'logUniform', min: 0.01, max: 1 } }),
    );
    const result = await call(
      calibrateCommand,
      'iraq-2020',
      '--reading',
      'wire',
      '--priors',
      priors,
      ...quick,
      '--out',
      out,
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/militias\.0\.baseline\s+logUniform\(0\.01, 1\)/);
    expect(result.stdout).toMatch(/Predictions for days the calibration did not see/);
    expect(result.stdout).toMatch(/2020-01-01 – 2020-01-25\s+attacks/);
    const saved = JSON.parse(readFileSync(out, 'utf8'));
    expect(saved.kind).toBe('escalation-sim/posterior');
    const run = await call(runCommand, 'iraq-2020', '--posterior', out, '--replicates', '20');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/parameters drawn from the posterior/);
    const wrong = await call(runCommand, 'restraint', '--posterior', out, '--replicates', '5');
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/--posterior .*calibrated on scenario "iraq-2020"/);
  });

  it('attributes the attacks under the maximum-likelihood fit too, for each reading', async () => {
    const fast = [...quick, '--checks', '0', '--mechanisms', '0'];
    const json = await call(calibrateCommand, 'iraq-2020', ...fast, '--json');
    expect(json.code).toBe(0);
    const { attributions, mleAttributions } = JSON.parse(json.stdout);
    expect(mleAttributions).toHaveLength(3);
    for (const [i, reading] of (['table', 'text', 'wire'] as const).entries()) {
      // The library's answer, through JSON (what --json writes).
      const expected = JSON.parse(
        JSON.stringify(attributeByMaximumLikelihood(observedFromReading(reading))),
      );
      expect(mleAttributions[i]).toEqual(expected);
      expect(mleAttributions[i].attacks.map((a: { day: string }) => a.day)).toEqual(
        attributions[i].map((a: { day: string }) => a.day),
      );
    }
    const text = await call(calibrateCommand, 'iraq-2020', ...fast);
    const start = text.stdout.indexOf(
      'Attribution of the March attacks (probability under the maximum-likelihood fit',
    );
    expect(start).toBeGreaterThan(
      text.stdout.indexOf('Attribution of the March attacks (posterior mean probability'),
    );
    const section = text.stdout.slice(start, text.stdout.indexOf('Diagnostics:'));
    // Wire: ten attacks and the strike; March 14 is a Camp Taji row under every reading but the table's.
    expect(section).toMatch(/2020-03-14 Camp Taji\s+— +[\d.]+ · [\d.]+ · [\d.]+ +[\d.]+ ·/);
    expect(section).toMatch(/ {2}wire: baseline [\d.]+, branchingRatio [\d.]+, decay /);
    expect(section).toMatch(/ {2}- branchingRatio sits on a bound of the fit's range/);
  });

  it('refuses bad options by name, leaving no file behind', async () => {
    const before = readdirSync(dir).length;
    const cases: [string[], RegExp][] = [
      [['iraq-2020', '--reading', 'tabel'], /--reading must be one of table, text, wire or all/],
      [['iraq-2020', '--mode', 'fast'], /--mode must be replay or generative/],
      [
        ['iraq-2020', '--particles', '1'],
        /--particles must be a whole number in decimal digits from 2/,
      ],
      [['iraq-2020', '--window', '2020-03-01'], /--window must be FROM:TO/],
      [['iraq-2020', '--seed', '=1+1'], /--seed must be a plain integer/],
      [
        [file('events.csv', 'date,type\n2020-01-05,attack\n')],
        /--scenario is required with an events file/,
      ],
    ];
    for (const [args, message] of cases) {
      const result = await call(calibrateCommand, ...args, '--out', `${dir}/never.json`);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
    }
    const badPath = file(
      'bad-priors.json',
      JSON.stringify({ 'militias.0.decai': { type: 'uniform', min: 0, max: 1 } }),
    );
    await expect(
      call(calibrateCommand, 'iraq-2020', '--priors', badPath, ...quick),
    ).rejects.toThrow(/Did you mean "militias\.0\.decay"/);
    expect(existsSync(`${dir}/never.json`)).toBe(false);
    expect(readdirSync(dir).length).toBe(before + 2);
  });
});
