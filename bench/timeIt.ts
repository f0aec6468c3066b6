/**
 * Median wall time of `repeats` runs of `task` after `warmups` untimed runs (so the JIT has
 * compiled the hot path), in seconds.
 */
export function timeIt(task: () => unknown, repeats = 5, warmups = 1): number {
  for (let i = 0; i < warmups; i++) task();
  const seconds: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    task();
    seconds.push((performance.now() - start) / 1000);
  }
  seconds.sort((a, b) => a - b);
  return seconds[Math.floor(seconds.length / 2)] as number;
}
