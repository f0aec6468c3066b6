// The README's first line, `npm install && npm run demo`: the demo (about 20 s) runs here, in
// the slow suite; test/package/builtPackage.test.ts runs every other README line.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

describe('npm run demo', () => {
  it('runs to the end and shows the fits and both examples', () => {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const result = spawnSync('npm', ['run', 'demo'], { cwd: root, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/iraq-2020, seed/);
    expect(result.stdout).toMatch(/expulsionDemanded/);
  });
});
