import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/node/cli/main.js';

function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe('escalation-sim fit --strikes: the strike effect', () => {
  it('prints the effect with its profile-likelihood interval and the method, and gives both in JSON', () => {
    const options = ['fit', 'iraq-2020:wire', '--strikes', '--bootstrap', '0'];
    const text = run(...options);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(
      /Strike effect: \S+ expected attacks in the 7 days after each strike, with its response minus without; 95% interval \[\S+, \S+\] \(profile-likelihood interval of the mean effect; χ²₁ cut-off 3\.84\)/,
    );
    const json = run(...options, '--json');
    const effect = JSON.parse(json.stdout).strikeEffect;
    expect(effect.intervalMethod).toBe('profile');
    expect(effect.lower).toBeLessThanOrEqual(effect.perStrike);
    expect(effect.upper).toBeGreaterThanOrEqual(effect.perStrike);
  });
});
