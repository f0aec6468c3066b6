/**
 * A problem with how the CLI was called or with what it was given. The CLI prints its
 * message as one paragraph and exits with `exitCode` (2 for usage, 1 for bad input).
 */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
  }
}
