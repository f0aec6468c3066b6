// Start-up cost of the built package, in child processes: `node -e 0` (the yardstick, timed in
// the same run), importing the core (ESM and CJS), importing the Node entry, and the CLI's
// --help. Each is the minimum of several runs (the least disturbed by other load). Needs
// dist/ (`npm run build`; `npm install` builds it).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const RUNS = 7;

function minSeconds(args: string[]): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'ignore' });
    const seconds = (performance.now() - start) / 1000;
    if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed (${result.status})`);
    best = Math.min(best, seconds);
  }
  return best;
}

/** Start-up times in ms above `node -e 0`, and as a ratio to it. */
export function benchStartup(): { name: string; value: number; unit: string }[] {
  if (!existsSync(`${root}dist/index.js`))
    throw new Error('startup: dist/ is missing; run npm run build');
  const bare = minSeconds(['-e', '0']);
  const cases: [string, string[]][] = [
    [
      "import('escalation-sim') (ESM core)",
      ['--input-type=module', '-e', "await import('escalation-sim')"],
    ],
    ["require('escalation-sim') (CJS core)", ['-e', "require('escalation-sim')"]],
    [
      "import('escalation-sim/node')",
      ['--input-type=module', '-e', "await import('escalation-sim/node')"],
    ],
    ['escalation-sim --help', ['dist/cli.js', '--help']],
  ];
  const rows = [{ name: 'node -e 0 (yardstick)', value: bare * 1000, unit: 'ms' }];
  for (const [name, args] of cases) {
    const seconds = minSeconds(args);
    rows.push({ name: `${name}: above node -e 0`, value: (seconds - bare) * 1000, unit: 'ms' });
    rows.push({ name: `${name}: ratio to node -e 0`, value: seconds / bare, unit: '×' });
  }
  return rows;
}
