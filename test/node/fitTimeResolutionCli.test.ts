import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { tempFiles } from '../helpers/tempFiles.js';

const { file } = tempFiles('fit-time-resolution-');
const quick = ['--strikes', '--bootstrap', '0', '--intervals', 'none'];

describe('escalation-sim fit --strikes: the strike response decay limit', () => {
  it('takes the resolution from the dates and states the limit and its rule', async () => {
    const text = await cli('fit', 'iraq-2020:wire', ...quick);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(
      "time resolution 1 day: the coarsest precision among the fitted events' dates (set --time-resolution)",
    );
    // Ten attacks over 49 days: a quarter of the mean gap (1.22 days) is longer than a day.
    expect(text.stdout).toMatch(
      /strikeResponseDecay limit: at most 0\.816 per day, a response lasting at least 1\.22 days: a quarter of the mean gap between attacks; time resolution 1 day \(given\)/,
    );
    const json = JSON.parse((await cli('fit', 'iraq-2020:wire', ...quick, '--json')).stdout);
    expect(json.strikeResponseDecayLimit).toMatchObject({
      basis: 'mean-gap',
      timeResolution: 1,
      source: 'option',
    });
  });

  it('takes --time-resolution over the dates, and refuses one outside [0, horizon)', async () => {
    const text = await cli('fit', 'iraq-2020:wire', ...quick, '--time-resolution', '5');
    expect(text.stdout).toMatch(
      /strikeResponseDecay limit: at most 0\.2 per day, a response lasting at least 5 days: the record's time resolution, 5 days \(given\)/,
    );
    const bad = await cli('fit', 'iraq-2020:wire', ...quick, '--time-resolution', '49');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(
      '--time-resolution must be a number of days in [0, 49) (0 for continuous times), received "49"',
    );
  });

  it('reads bare whole-day times as dates', async () => {
    const rows = ['time,type'];
    for (let day = 1; day < 40; day += 3) rows.push(`${day},attack`, `${day + 1},attack`);
    rows.push('10,strike', '25,strike');
    const path = file('days.csv', `${rows.join('\n')}\n`);
    const json = JSON.parse((await cli('fit', path, ...quick, '--json')).stdout);
    expect(json.strikeResponseDecayLimit).toMatchObject({
      upper: 1,
      basis: 'time-resolution',
      timeResolution: 1,
      source: 'whole-days',
    });
  });
});
