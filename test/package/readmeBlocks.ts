/** A fenced block of the README: its language, body and the line it starts on. */
export interface ReadmeBlock {
  readonly lang: string;
  readonly body: string;
  readonly line: number;
  /** Why it is not run, from a `<!-- readme-test: skip (why) -->` comment just above it. */
  readonly skip?: string;
}

/** The fenced code blocks of a Markdown text, in order. */
export function readmeBlocks(markdown: string): ReadmeBlock[] {
  const lines = markdown.split('\n');
  const blocks: ReadmeBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\w*)\s*$/.exec(lines[i] as string);
    if (open === null) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !/^```\s*$/.test(lines[i] as string); i++)
      body.push(lines[i] as string);
    const skip = /^<!-- readme-test: skip \((.*)\) -->$/.exec(lines[start - 1] ?? '')?.[1];
    blocks.push({
      lang: open[1] as string,
      body: body.join('\n'),
      line: start + 1,
      ...(skip ? { skip } : {}),
    });
  }
  return blocks;
}

/** At most this many replicates where a README line asks for more, so the suite stays quick. */
export const SMALL_REPLICATES = 100;

/** Bootstrap replicates for a `fit` line that does not set them (the default is 199). */
export const SMALL_BOOTSTRAP = 19;

/** ABC particles for a calibration line (which also gets a small budget and one reading). */
export const SMALL_PARTICLES = 40;

/**
 * The same code or command at a small size: `replicates: 2000` and `--replicates 10000` cut
 * down, a `fit` command's bootstrap cut to 19 replicates unless the line sets it, and a
 * calibration cut to 40 particles (one reading, a small budget, few checks).
 */
export function atSmallSize(text: string): string {
  const fit = /\bescalation-sim fit\b/.test(text) && !text.includes('--bootstrap');
  const calibrate = /\bescalation-sim calibrate\b/.test(text);
  const sized = calibrate
    ? `${text} --reading wire --budget ${SMALL_PARTICLES * 20} --checks 50 --mechanisms 400`
    : fit
      ? `${text} --bootstrap ${SMALL_BOOTSTRAP}`
      : text;
  return sized
    .replace(/(particles:\s*)(\d+)/g, (_, k, n) => `${k}${Math.min(Number(n), SMALL_PARTICLES)}`)
    .replace(/(--particles\s+)(\d+)/g, (_, k, n) => `${k}${Math.min(Number(n), SMALL_PARTICLES)}`)
    .replace(/(replicates:\s*)(\d+)/g, (_, k, n) => `${k}${Math.min(Number(n), SMALL_REPLICATES)}`)
    .replace(
      /(--replicates\s+)(\d+)/g,
      (_, k, n) => `${k}${Math.min(Number(n), SMALL_REPLICATES)}`,
    );
}
