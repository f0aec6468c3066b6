import { readFileSync } from 'node:fs';
import { CliError } from './CliError.js';

/**
 * The one-line error for a file that cannot be opened or read: "no such file" for a missing
 * one, the system's reason otherwise, and what the command accepts when `hint` says it.
 */
export function cannotRead(path: string, error: unknown, hint?: string): CliError {
  const reason =
    (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
  return new CliError(`cannot read ${path}: ${reason}${hint === undefined ? '' : ` (${hint})`}`);
}

/** A file's whole text as UTF-8, or a {@link cannotRead} error naming it. */
export function readTextFile(path: string, hint?: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw cannotRead(path, error, hint);
  }
}
