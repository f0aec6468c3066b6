import { type CliIo, type OutputSink, openOutput } from './io.js';

// Lines are gathered into pieces of this many bytes before each write.
const PIECE = 1 << 16;

/**
 * Lines written as they come: to stdout, or into `--out FILE` (see openOutput). They are
 * encoded into one reused byte buffer, not kept as strings until a piece is full: a string
 * that outlives a few young-generation collections is promoted to the old generation,
 * which only a full collection frees, so held lines made the heap grow with the rows.
 */
function lineWriter(out: string | undefined, io: CliIo) {
  const sink: OutputSink | undefined = out === undefined ? undefined : openOutput(out);
  const piece = Buffer.allocUnsafe(PIECE);
  let used = 0;
  const write = (bytes: Buffer) => {
    if (sink) sink.write(bytes);
    else io.stdout(bytes.toString('utf8'));
  };
  const flush = () => {
    if (used === 0) return;
    const bytes = piece.subarray(0, used);
    used = 0;
    write(bytes);
  };
  return {
    line(line: string) {
      const size = Buffer.byteLength(line) + 1;
      if (used + size > PIECE) flush();
      if (size > PIECE) {
        write(Buffer.from(`${line}\n`));
        return;
      }
      used += piece.write(line, used);
      piece[used++] = 0x0a;
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
