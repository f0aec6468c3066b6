import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CliError } from './CliError.js';

/** Where a command writes: injected so tests can capture output without a process. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/**
 * Write a command's result to `--out FILE` or stdout. A file is written to a temporary
 * name beside it and renamed into place, so a failure never leaves half a file behind.
 */
export function emit(text: string, out: string | undefined, io: CliIo): void {
  const body = text.endsWith('\n') ? text : `${text}\n`;
  if (out === undefined) {
    io.stdout(body);
    return;
  }
  const temporary = join(dirname(out), `.${basename(out)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, body);
    renameSync(temporary, out);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new CliError(`cannot write --out ${out}: ${(error as Error).message}`);
  }
}
