// Open an HTML file in Debian's Chromium, headless, and report what a reader would see:
// the charts' SVG marks, console errors and any network request.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

export interface PageReport {
  /** Per chart (figure.chart): how many SVG marks with drawn geometry it holds. */
  readonly marks: number[];
  readonly consoleErrors: string[];
  /** Requests other than the file itself. */
  readonly requests: string[];
}

/** Open `file`, check it, and save a full-page screenshot to `screenshot`. */
export async function openInChromium(file: string, screenshot: string): Promise<PageReport> {
  const profile = mkdtempSync(join(tmpdir(), 'chromium-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const consoleErrors: string[] = [];
  const requests: string[] = [];
  const url = pathToFileURL(file).href;
  try {
    const page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => consoleErrors.push(e.message));
    context.on('request', (r) => {
      if (r.url() !== url) requests.push(r.url());
    });
    await page.goto(url, { waitUntil: 'load' });
    const marks = await page.$$eval('figure.chart', (figures) =>
      figures.map((f) => {
        const svg = f.querySelector('svg');
        if (svg === null) return 0;
        // A mark counts when the browser laid it out with a non-empty box.
        return [
          ...svg.querySelectorAll(
            'g.role-mark > path, g.role-mark > rect, g.role-mark > line, g.role-mark > text, g.role-mark > g > path',
          ),
        ].filter((m) => {
          const box = (m as unknown as { getBBox(): { width: number; height: number } }).getBBox();
          return box.width > 0 || box.height > 0;
        }).length;
      }),
    );
    await page.screenshot({ path: screenshot, fullPage: true });
    return { marks, consoleErrors, requests };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
