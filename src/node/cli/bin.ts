#!/usr/bin/env node
// The executable behind the `escalation-sim` command: real process streams and exit code.
import { runCli } from './main.js';

const code = runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
if (typeof code === 'number') process.exitCode = code;
else void code.then((c) => (process.exitCode = c));
