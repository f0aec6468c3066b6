import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/node/cli/main.js';

function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe('escalation-sim fit --strike-cutoff', () => {
  it('names the cut-off of the strike response interval', () => {
    const { code, stdout } = run(
      'fit',
      'iraq-2020:wire',
      '--strikes',
      '--bootstrap',
      '0',
      '--strike-cutoff',
      'chi-square',
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/strikeResponse interval: χ²₁ cut-off \(Wilks\), asked for/);
  });

  it('keeps χ²₁ by default with one strike and says why', () => {
    const { code, stdout } = run('fit', 'iraq-2020:wire', '--strikes', '--bootstrap', '0');
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /strikeResponse interval: χ²₁ cut-off \(Wilks\), automatic: one strike does not identify its response/,
    );
  });

  it('refuses a method or a replicate count it does not know, naming the option', () => {
    const method = run('fit', 'iraq-2020:wire', '--strikes', '--strike-cutoff', 'wilks');
    expect(method.code).toBe(2);
    expect(method.stderr).toMatch(/--strike-cutoff must be one of auto, bootstrap, chi-square/);
    const count = run('fit', 'iraq-2020:wire', '--strikes', '--cutoff-replicates', '5');
    expect(count.code).not.toBe(0);
    expect(count.stderr).toMatch(/--cutoff-replicates/);
  });
});
