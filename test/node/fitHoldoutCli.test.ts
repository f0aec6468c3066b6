import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/node/cli/main.js';

function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe('escalation-sim fit --holdout and --effect-window', () => {
  it('prints the held-out score beside AIC and the strike effect', () => {
    const { code, stdout } = run(
      'fit',
      'iraq-2020:wire',
      '--bootstrap',
      '0',
      '--intervals',
      'none',
      '--holdout',
      '14',
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/held out: the \d+ events after day 35/);
    expect(stdout).toMatch(/held-out log-lik\./);
    const strikes = run(
      'fit',
      'iraq-2020:table',
      '--strikes',
      '--bootstrap',
      '0',
      '--intervals',
      'none',
      '--effect-window',
      '3',
    );
    expect(strikes.stdout).toMatch(/Strike effect: .* in the 3 days after each strike/);
    expect(strikes.stdout).toMatch(/not identified: with one strike/);
  });

  it('refuses a holdout longer than the window, naming the option', () => {
    const { code, stderr } = run('fit', 'iraq-2020:wire', '--holdout', '99');
    expect(code).toBe(2);
    expect(stderr).toMatch(/^escalation-sim fit: --holdout must be a number of days in \(0, 49\)/);
  });
});
