import { type ParseArgsConfig, parseArgs } from 'node:util';
import { CliError } from './CliError.js';
import type { CliIo } from './io.js';

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

/** The option every command takes. */
const HELP = { help: { type: 'boolean', short: 'h' } } as const;

type Options = NonNullable<ParseArgsConfig['options']>;
type Parsed<O extends Options> = ReturnType<
  typeof parseArgs<{
    args: string[];
    options: O & typeof HELP;
    allowPositionals: true;
    strict: true;
  }>
>;

/**
 * Parse a command's arguments strictly (unknown options are usage errors naming the
 * command, see parseOrExplain), with `-h`/`--help` added: on help, print `help` and return
 * null (the command then exits 0).
 *
 * @param command - the command's name, for messages
 * @param args - its arguments
 * @param options - its options (node:util parseArgs form), without help
 * @param help - its help text
 * @param io - where help goes
 * @returns the options' values and the positional arguments, or null after printing help
 * @throws CliError (usage) for an unknown option or a missing value
 */
export function parseCommand<const O extends Options>(
  command: string,
  args: readonly string[],
  options: O,
  help: string,
  io: CliIo,
): Parsed<O> | null {
  const parsed = parseOrExplain(command, () =>
    parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: { ...options, ...HELP },
    }),
  ) as unknown as Parsed<O>;
  if (!(parsed.values as { help?: boolean }).help) return parsed;
  io.stdout(help);
  return null;
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
 * Read a whole-number option written in plain decimal digits (`1000`), refusing `0x10`,
 * `1e3`, `1.0`, signs and spaces, which `Number` would quietly accept or reinterpret.
 */
export function decimalOption(
  name: string,
  value: string | undefined,
  min: number,
  max: number,
): number | undefined {
  if (value === undefined) return undefined;
  const x = /^[0-9]{1,16}$/.test(value) ? Number(value) : Number.NaN;
  if (!(Number.isSafeInteger(x) && x >= min && x <= max))
    throw new CliError(
      `--${name} must be a whole number in decimal digits from ${min} to ${max}, received ${JSON.stringify(value)}`,
      2,
    );
  return x;
}

/**
 * A seed as typed: a plain integer (`42`, `-7`) or a simple string of letters, digits and
 * `. _ : -` starting with a letter or digit (`pilot-3`), at most 64 characters. Anything
 * else is refused: a seed is written into every output, including CSV cells a spreadsheet
 * opens, and a seed like `=1+1` or one with a `/` (which names random streams) is a mistake.
 */
export function seedOption(text: string): number | string {
  if (/^-?[0-9]{1,15}$/.test(text)) return Number(text);
  if (/^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/.test(text)) return text;
  throw new CliError(
    `--seed must be a plain integer (42) or a simple string of letters, digits and . _ : - starting with a letter or digit, at most 64 characters (pilot-3), received ${JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text)}`,
    2,
  );
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
