// The report opened in a real browser: Debian's Chromium, headless, driven by playwright-core.
// In CI (CI=true) it must run, and fails when Chromium is missing; elsewhere it is skipped
// with the reason when /usr/bin/chromium is absent.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/node/cli/main.js';
import { CHROMIUM, openInChromium } from '../helpers/openInChromium.js';
import { tempFiles } from '../helpers/tempFiles.js';

const inCi = process.env.CI === 'true' || process.env.CI === '1';
const present = existsSync(CHROMIUM);

async function cli(...argv: string[]) {
  let stderr = '';
  const code = await runCli(argv, { stdout: () => {}, stderr: (t) => (stderr += t) });
  return { code, stderr };
}

describe('the HTML report in headless Chromium', () => {
  it.runIf(inCi && !present)('CI has Chromium (.ci/run installs the chromium package)', () => {
    expect.fail(`${CHROMIUM} is missing: CI must run the browser test of the report`);
  });

  const { dir } = tempFiles('escalation-sim-report-');
  const at = (name: string) => join(dir, name);

  it.skipIf(!present)(
    `renders every chart with marks, no console error and no request${present ? '' : ` (skipped: ${CHROMIUM} is absent)`}`,
    async () => {
      expect(
        await cli(
          'report',
          'iraq-2020',
          '--replicates',
          '30',
          '--reading',
          'wire',
          '--out',
          at('ensemble.html'),
        ),
      ).toEqual({ code: 0, stderr: '' });
      await cli(
        'compare',
        'iraq-2020',
        '--policies',
        'restraint,titForTat',
        '--replicates',
        '20',
        '--outcomes',
        'attacks,strikes',
        '--json',
        '--out',
        at('compare.json'),
      );
      expect(await cli('report', at('compare.json'), '--out', at('compare.html'))).toEqual({
        code: 0,
        stderr: '',
      });
      for (const [name, charts] of [
        ['ensemble', 2],
        ['compare', 1],
      ] as const) {
        const html = readFileSync(at(`${name}.html`), 'utf8');
        expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
        expect(html).toContain('escalation-sim 0.1.0');
        const page = await openInChromium(at(`${name}.html`), at(`${name}.png`));
        expect(page.consoleErrors).toEqual([]);
        expect(page.requests).toEqual([]);
        expect(page.marks).toHaveLength(charts);
        for (const marks of page.marks) expect(marks).toBeGreaterThan(0);
        expect(statSync(at(`${name}.png`)).size).toBeGreaterThan(10_000);
      }
    },
    180_000,
  );
});
