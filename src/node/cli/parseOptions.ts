import { CliError } from './CliError.js';

/**
 * Run a command's strict argument parse (unknown options are errors), turning node's
 * parser errors into a usage error that names the command.
 */
export function parseOrExplain<T>(command: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    const unknown = /^Unknown option '([^']+)'/.exec((error as Error).message)?.[1];
    if (unknown !== undefined) throw new UnknownOptionError(command, unknown);
    throw new CliError(
      `${(error as Error).message.replace(/\.$/, '')}; see 'escalation-sim ${command} --help'`,
      2,
    );
  }
}

/** Read a numeric option, naming it when it is not a finite number in range. */
export function numberOption(
  name: string,
  value: string | undefined,
  rule: (x: number) => boolean,
  ruleText: string,
): number | undefined {
  if (value === undefined) return undefined;
  const x = Number(value);
  if (value.trim() === '' || !Number.isFinite(x) || !rule(x))
    throw new CliError(`--${name} must be ${ruleText}, received ${JSON.stringify(value)}`, 2);
  return x;
}

/** The one positional argument a command takes, or a usage error saying what is missing or extra. */
export function singleInput(
  command: string,
  positionals: readonly string[],
  missing: string,
): string {
  const [source, ...extra] = positionals;
  if (source === undefined) throw new CliError(missing, 2);
  if (extra.length > 0)
    throw new CliError(`${command} takes one input, received also ${extra.join(' ')}`, 2);
  return source;
}

/**
 * An option the command does not know. The CLI's entry turns it into a one-line message
 * with the closest valid option, read from the command's help.
 */
export class UnknownOptionError extends CliError {
  constructor(
    readonly command: string,
    readonly option: string,
  ) {
    super(`unknown option ${option}; see 'escalation-sim ${command} --help'`, 2);
  }
}
