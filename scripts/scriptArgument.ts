/** The value after `--name` on a script's command line, or `fallback` when it is not given. */
export function scriptArgument(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}

/** {@link scriptArgument} as a number. */
export function numericArgument(name: string, fallback: number): number {
  return Number(scriptArgument(name, String(fallback)));
}
