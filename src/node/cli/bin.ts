#!/usr/bin/env node
// The executable behind the `escalation-sim` command: real process streams and exit code.
import { runCli } from './main.js';

process.exitCode = runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
