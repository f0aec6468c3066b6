// The Slurm example on a real cluster: examples/slurm/local-cluster-test.sh starts munged,
// slurmctld and slurmd (Debian's slurm-wlm and munge) in a temporary folder, submits the
// sweep as a job array with its merge step, waits, compares the merged CSV with the sweep
// run in one go byte for byte, and stops the daemons it started. About 20–60 s.
// In CI (CI=true, as root) it must run; elsewhere it is skipped without Slurm or root.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const inCi = process.env.CI === 'true';
const hasSlurm = ['/usr/sbin/slurmctld', '/usr/sbin/slurmd', '/usr/sbin/munged'].every(existsSync);
const isRoot = process.getuid?.() === 0;
const skip = !inCi && !(hasSlurm && isRoot);

describe('examples/slurm on a one-node Slurm cluster', () => {
  it.skipIf(skip)(
    'the job array and its merge step give the sweep of one run, byte for byte',
    () => {
      const run = spawnSync('bash', ['examples/slurm/local-cluster-test.sh'], {
        cwd: repo,
        encoding: 'utf8',
        timeout: 15 * 60_000,
        env: { ...process.env, SHARDS: '4', POINTS: '12', REPLICATES: '5', WAIT_SECONDS: '600' },
      });
      expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
      expect(run.stdout).toMatch(
        /4 array tasks merged into 12 rows, identical to the sweep run in one go/,
      );
    },
    16 * 60_000,
  );
  it.skipIf(!skip)('is skipped here: no slurmctld/slurmd/munged, or not root, and not CI', () => {
    expect(skip).toBe(true);
  });
});
