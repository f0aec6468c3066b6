#!/usr/bin/env node
// The executable behind the `escalation-sim` command: real process streams and exit code.
import { runCli } from './main.js';
import { stdoutFailure } from './stdoutFailure.js';

// A closed pipe (`… | head`) ends the command quietly; another write error (a full disk:
// `> /dev/full`) is one line on stderr and exit 1, never Node's unhandled 'error' stack.
const onStdoutError = (error: NodeJS.ErrnoException): void => {
  const failure = stdoutFailure(error);
  if (failure !== undefined) process.stderr.write(`escalation-sim: ${failure}\n`);
  process.exit(failure === undefined ? 0 : 1);
};
process.stdout.on('error', onStdoutError);

const code = runCli(process.argv.slice(2), {
  stdout: (text) => {
    try {
      process.stdout.write(text);
    } catch (error) {
      onStdoutError(error as NodeJS.ErrnoException);
    }
  },
  stderr: (text) => process.stderr.write(text),
});
if (typeof code === 'number') process.exitCode = code;
else void code.then((c) => (process.exitCode = c));
