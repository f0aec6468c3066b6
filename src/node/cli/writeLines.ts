import { type CliIo, type OutputSink, openOutput } from './io.js';

// Lines are gathered into pieces of about this many characters before each write.
const PIECE = 1 << 16;

/** Lines written as they come: to stdout, or into `--out FILE` (see openOutput). */
function lineWriter(out: string | undefined, io: CliIo) {
  const sink: OutputSink | undefined = out === undefined ? undefined : openOutput(out);
  let pending: string[] = [];
  let size = 0;
  const flush = () => {
    if (pending.length === 0) return;
    const piece = pending.join('');
    pending = [];
    size = 0;
    if (sink) sink.write(piece);
    else io.stdout(piece);
  };
  return {
    line(line: string) {
      pending.push(line, '\n');
      size += line.length + 1;
      if (size >= PIECE) flush();
    },
    commit() {
      flush();
      sink?.commit();
    },
    abort() {
      sink?.abort();
    },
  };
}

/**
 * Write lines as they come to `--out FILE` (all or nothing: a temporary file beside it,
 * renamed into place at the end and removed on failure; FIFOs and devices written directly)
 * or to stdout: memory stays flat for streamed rows.
 *
 * @param lines - the lines, without their line ends
 * @param out - the --out path, or undefined for stdout
 * @param io - where stdout goes
 * @throws CliError naming --out when the file cannot be written; the lines' own errors,
 *   after removing what was written
 */
export function writeLines(lines: Iterable<string>, out: string | undefined, io: CliIo): void {
  const writer = lineWriter(out, io);
  try {
    for (const line of lines) writer.line(line);
    writer.commit();
  } catch (error) {
    writer.abort();
    throw error;
  }
}

/**
 * `writeLines` for lines that arrive asynchronously (rows streamed from worker threads).
 *
 * @param lines - the lines, without their line ends
 * @param out - the --out path, or undefined for stdout
 * @param io - where stdout goes
 * @throws as writeLines
 */
export async function writeLinesAsync(
  lines: AsyncIterable<string>,
  out: string | undefined,
  io: CliIo,
): Promise<void> {
  const writer = lineWriter(out, io);
  try {
    for await (const line of lines) writer.line(line);
    writer.commit();
  } catch (error) {
    writer.abort();
    throw error;
  }
}
