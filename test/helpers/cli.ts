import { runCli } from '../../src/node/cli/main.js';

/** Runs the CLI on `argv` as the `escalation-sim` binary would, capturing what it prints. */
export async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}
