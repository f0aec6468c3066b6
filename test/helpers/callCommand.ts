import { CliError } from '../../src/node/cli/CliError.js';

/** A CLI command's entry point, as the commands under src/node/cli/commands export it. */
export type Command = (
  args: readonly string[],
  io: { stdout: (t: string) => void; stderr: (t: string) => void },
) => number | Promise<number>;

/** Runs a command as runCli does: a CliError becomes its message on stderr and its exit code. */
export async function callCommand(command: Command, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io = { stdout: (t: string) => (stdout += t), stderr: (t: string) => (stderr += t) };
  try {
    return { code: await command(argv, io), stdout, stderr };
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    return { code: error.exitCode, stdout, stderr: `${error.message}\n` };
  }
}
