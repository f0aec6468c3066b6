import {
  chmodSync,
  closeSync,
  lstatSync,
  openSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmSync,
  type Stats,
  statSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { CliError } from './CliError.js';

/** Where a command writes: injected so tests can capture output without a process. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/**
 * Write a command's result (text, or bytes to a file) to `--out FILE` or stdout, through
 * `openOutput` (all or nothing for a regular file; FIFOs and devices written directly).
 */
export function emit(content: string | Uint8Array, out: string | undefined, io: CliIo): void {
  // Text ends with a newline; bytes (a PNG) are written as they are, and only to a file.
  const body =
    typeof content !== 'string' ? content : content.endsWith('\n') ? content : `${content}\n`;
  if (out === undefined) {
    if (typeof body !== 'string') throw new CliError('binary output needs --out FILE', 2);
    io.stdout(body);
    return;
  }
  const sink = openOutput(out);
  try {
    sink.write(body);
    sink.commit();
  } catch (error) {
    sink.abort();
    throw error;
  }
}

/** An output file being written: `commit` puts it in place, `abort` leaves nothing behind. */
export interface OutputSink {
  write(content: string | Uint8Array): void;
  commit(): void;
  abort(): void;
}

/**
 * Open `--out FILE` for writing in pieces (streamed rows).
 *
 * A regular file (or a new one) is written to a temporary name beside it and renamed into
 * place on commit, so a failure never leaves half a file behind and keeps the old file's
 * mode. A symbolic link is followed and its target written the same way (the link stays a
 * link). A FIFO or a character device (`/dev/null`, `/dev/stdout`, a terminal) is written
 * directly: renaming over it would replace the device with a regular file. A directory,
 * socket or block device is refused by name.
 *
 * @throws CliError naming --out and the cause, here or from write and commit
 */
export function openOutput(out: string): OutputSink {
  const target = followLink(out);
  const stats = statOrNull(target);
  const failed = (error: unknown): CliError =>
    error instanceof CliError
      ? error
      : new CliError(`cannot write --out ${out}: ${(error as Error).message}`);
  const direct = stats !== null && (stats.isFIFO() || stats.isCharacterDevice());
  if (stats !== null && !direct && !stats.isFile())
    throw new CliError(`--out ${out} is ${kind(stats)}, not a file: give a file path`);
  const temporary = direct
    ? target
    : join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  let fd: number | undefined;
  try {
    // 'wx': never write through something already at the temporary name.
    fd = openSync(temporary, direct ? 'w' : 'wx');
  } catch (error) {
    throw failed(error);
  }
  const close = () => {
    if (fd === undefined) return;
    const open = fd;
    fd = undefined;
    closeSync(open);
  };
  return {
    write(content) {
      try {
        // writeSync may write less than asked (a pipe): write the rest until none is left.
        const bytes = typeof content === 'string' ? Buffer.from(content) : content;
        for (let done = 0; done < bytes.length; )
          done += writeSync(fd as number, bytes, done, bytes.length - done);
      } catch (error) {
        throw failed(error);
      }
    },
    commit() {
      try {
        close();
        if (direct) return;
        if (stats !== null) chmodSync(temporary, stats.mode & 0o7777);
        renameSync(temporary, target);
      } catch (error) {
        if (!direct) rmSync(temporary, { force: true });
        throw failed(error);
      }
    },
    abort() {
      try {
        close();
      } finally {
        if (!direct) rmSync(temporary, { force: true });
      }
    },
  };
}

/** The file a path names after following symbolic links (also a dangling link's target). */
function followLink(path: string): string {
  try {
    if (!lstatSync(path).isSymbolicLink()) return path;
  } catch {
    return path; // does not exist yet
  }
  try {
    return realpathSync(path);
  } catch {
    // A dangling link: write the file it points to (one level; a loop is refused on write).
    return resolve(dirname(path), readlinkSync(path));
  }
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

function kind(stats: Stats): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isSocket()) return 'a socket';
  if (stats.isBlockDevice()) return 'a block device';
  return 'not a regular file';
}
