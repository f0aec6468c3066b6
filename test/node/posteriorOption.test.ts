import { describe, expect, it } from 'vitest';
import { calibrate } from '../../src/calibrate/calibrate.js';
import { observedFromReading } from '../../src/calibrate/observed/observedFromReading.js';
import { comparePolicies } from '../../src/experiments/comparePolicies.js';
import { compareCommand } from '../../src/node/cli/commands/compare.js';
import { testCommand } from '../../src/node/cli/commands/test.js';
import { presets } from '../../src/scenario/presets.js';
import { callCommand } from '../helpers/callCommand.js';
import { tempFiles } from '../helpers/tempFiles.js';

const call = callCommand;

const iraq = presets['iraq-2020'];
// A small posterior over the baseline and the strike response (what calibrate --out writes).
const posterior = calibrate(iraq, observedFromReading('wire'), {
  parameters: {
    'militias.0.baseline': { type: 'logUniform', min: 0.02, max: 1 },
    'militias.0.strikeResponse': { type: 'normal', mean: 0, sd: 2 },
  },
  particles: 30,
  simulationBudget: 300,
  seed: 5,
});
const { file } = tempFiles('escalation-sim-posterior-option-');
const path = file('posterior.json', JSON.stringify(posterior));

// compare's options in every call below: two policies, 20 replicates, the posterior file.
const comparing = ['--policies', 'restraint,titForTat', '--replicates', '20', '--posterior', path];

describe('compare --posterior and test --posterior', () => {
  it('compare integrates over the posterior exactly as comparePolicies does, and says so', async () => {
    const json = await call(compareCommand, 'iraq-2020', ...comparing, '--json');
    expect(json.code).toBe(0);
    const expected = comparePolicies(iraq, ['restraint', 'titForTat'], {
      replicates: 20,
      seed: 1,
      posterior,
    });
    const parsed = JSON.parse(json.stdout);
    expect(parsed.posterior).toEqual({ paths: posterior.paths, draws: posterior.draws.length });
    expect(parsed.outcomes).toEqual(JSON.parse(JSON.stringify(expected.outcomes)));
    // Not the comparison without it.
    const plain = comparePolicies(iraq, ['restraint', 'titForTat'], { replicates: 20, seed: 1 });
    expect(parsed.outcomes).not.toEqual(JSON.parse(JSON.stringify(plain.outcomes)));
    const text = await call(compareCommand, 'iraq-2020', ...comparing);
    expect(text.stdout).toContain(
      `Parameters drawn from a posterior of ${posterior.draws.length} draws (replicate r of every policy uses the same draw): militias.0.baseline, militias.0.strikeResponse`,
    );
  });

  it('test reports the share of posterior draws in which the effect holds', async () => {
    const result = await call(testCommand, 'H3', '--replicates', '20', '--posterior', path);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Over the posterior: the effect holds in \d+% of the draws/);
  });

  it('refuses a posterior of another scenario, and one that draws what --strike-response sets', async () => {
    const other = await call(compareCommand, 'restraint', ...comparing);
    expect(other.code).toBe(1);
    expect(other.stderr).toMatch(/^--posterior .*calibrated on scenario "iraq-2020"/);
    const both = await call(
      testCommand,
      'H1',
      '--strike-response',
      'provoking',
      '--replicates',
      '20',
      '--posterior',
      path,
    );
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(
      /^--strike-response provoking sets the strike response, but the posterior .* draws it \(militias\.0\.strikeResponse\): give one of the two/,
    );
    const missing = await call(testCommand, 'H3', '--posterior', `${path}.missing`);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^cannot read --posterior /);
  });
});

describe('test --help', () => {
  it('aligns the shared options with the command’s own, in one column', async () => {
    const { stdout } = await call(testCommand, '--help');
    const options = stdout.split('\n').filter((l) => /^ {2}-/.test(l));
    expect(options.length).toBeGreaterThan(10);
    for (const line of options) expect(line.slice(22, 24), line).toBe('  ');
    for (const line of options) expect(line[24], line).not.toBe(' ');
  });
});
