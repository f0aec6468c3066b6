import { runCli } from '../../src/node/cli/main.js';

/** Runs the CLI on `argv` as the `escalation-sim` binary would, capturing what it prints. */
export async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

/** A JSON experiment for `escalation-sim test`: attacks over 60 days under restraint against the preset's policy. */
export const HYPOTHESIS_SPEC = {
  scenario: 'iraq-2020',
  control: 'restraint',
  metric: 'attacks',
  window: { from: 0, to: 60 },
  direction: 'less',
} as const;
