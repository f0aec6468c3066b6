import { describe, expect, it } from 'vitest';
import { priorLogDensity } from '../../src/calibrate/priors/priorLogDensity.js';
import { runCli } from '../../src/node/cli/main.js';
import { expectClose } from '../helpers/expectClose.js';

function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const quick = ['--bootstrap', '0', '--intervals', 'none'];

describe('escalation-sim fit --prior', () => {
  it('fits the posterior mode the library gives for the same priors, and says so', () => {
    const { code, stdout } = run(
      'fit',
      'iraq-2020:table',
      ...quick,
      '--json',
      '--prior',
      'branchingRatio=lewis2012',
      '--prior',
      'decay={"type":"gamma","shape":2,"rate":10}',
    );
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.priors).toEqual({
      branchingRatio: { type: 'beta', alpha: 4.3, beta: 5.6 },
      decay: { type: 'gamma', shape: 2, rate: 10 },
    });
    const plain = JSON.parse(run('fit', 'iraq-2020:table', ...quick, '--json').stdout);
    expect(json.params.branchingRatio).not.toBe(plain.params.branchingRatio);
    // The log posterior is the log-likelihood plus each prior's log density at the mode.
    expectClose(
      json.logPosterior,
      json.logLikelihood +
        priorLogDensity(json.priors.branchingRatio, json.params.branchingRatio) +
        priorLogDensity(json.priors.decay, json.params.decay),
      { abs: 1e-9 },
    );
    const text = run('fit', 'iraq-2020:table', ...quick, '--prior', 'branchingRatio=lewis2012');
    expect(text.stdout).toMatch(
      /Posterior mode \(MAP\) under the priors branchingRatio ~ beta\(alpha 4\.3, beta 5\.6\): log posterior -?\d/,
    );
  });

  it('refuses a malformed prior with exit 2, and a bad one naming the field', () => {
    const shape = run('fit', 'iraq-2020:table', ...quick, '--prior', 'lewis2012');
    expect(shape.code).toBe(2);
    expect(shape.stderr).toMatch(/--prior must look like NAME=PRIOR/);
    const json = run('fit', 'iraq-2020:table', ...quick, '--prior', 'decay={"type":');
    expect(json.code).toBe(2);
    expect(json.stderr).toMatch(/--prior decay: not valid JSON/);
    const rule = run(
      'fit',
      'iraq-2020:table',
      ...quick,
      '--prior',
      'decay={"type":"gamma","shape":2,"rate":-1}',
    );
    expect(rule.code).not.toBe(0);
    expect(rule.stderr).toMatch(/priors\.decay\.rate: must be > 0/);
    expect(rule.stderr).not.toMatch(/\n\s+at /);
    const name = run('fit', 'iraq-2020:table', ...quick, '--prior', 'branchingRatio=lewis');
    expect(name.stderr).toMatch(
      /priors\.branchingRatio must be a prior object or one of lewis2012/,
    );
  });
});
