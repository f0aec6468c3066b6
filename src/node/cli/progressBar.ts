import type { CliIo } from './io.js';

/**
 * Progress on stderr: a redrawn bar on a terminal, else a line every 10%.
 *
 * @param io - where to write
 * @param tty - whether stderr is a terminal (redraw in place)
 * @param command - the command's name, for the lines
 * @param unit - what is counted (replicates, runs, points)
 * @returns update(done, total) and finish()
 */
export function progressBar(io: CliIo, tty: boolean, command: string, unit: string) {
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
