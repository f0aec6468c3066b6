import type { CliIo } from './io.js';

/**
 * Progress on stderr: a redrawn bar on a terminal, else a line every 10% — from the start
 * when forced (--progress), otherwise once the run has taken 5 seconds (a long run always
 * says how far it is, and a short one stays quiet in a pipeline).
 *
 * @param io - where to write
 * @param tty - whether stderr is a terminal (redraw in place)
 * @param command - the command's name, for the lines
 * @param unit - what is counted (replicates, runs, points)
 * @param forced - write lines from the start, not only after 5 seconds (default true)
 * @returns update(done, total) and finish()
 */
export function progressBar(io: CliIo, tty: boolean, command: string, unit: string, forced = true) {
  const start = performance.now();
  let lastDraw = 0;
  let lastTenth = 0;
  let drawn = false;
  return {
    update(done: number, total: number): void {
      const now = performance.now();
      const seconds = ((now - start) / 1000).toFixed(1);
      if (tty) {
        if (now - lastDraw < 100 && done < total) return;
        lastDraw = now;
        const filled = Math.round((done / total) * 30);
        io.stderr(
          `\r[${'#'.repeat(filled)}${'.'.repeat(30 - filled)}] ${Math.floor((done / total) * 100)}% ${done}/${total} ${unit} ${seconds} s`,
        );
        drawn = true;
        return;
      }
      if (!forced && now - start < 5000) return;
      const tenth = Math.floor((done / total) * 10);
      if (tenth <= lastTenth && done < total) return;
      lastTenth = tenth;
      io.stderr(
        `${command}: ${Math.floor((done / total) * 100)}% (${done}/${total} ${unit}, ${seconds} s)\n`,
      );
    },
    finish(): void {
      if (tty && drawn) io.stderr('\r\x1b[K');
      drawn = false;
    },
  };
}
