// Node-only extras: the CLI as a function (for scripts and tests). Not browser-safe.

export type { CliIo } from './cli/io.js';
export { runCli } from './cli/main.js';
