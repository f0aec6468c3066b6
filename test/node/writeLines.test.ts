import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeLines } from '../../src/node/cli/writeLines.js';
import { oldGenerationPerUnit } from '../helpers/oldGeneration.js';
import { tempFiles } from '../helpers/tempFiles.js';

const { dir } = tempFiles('escalation-sim-write-lines-');

/** What writeLines gives on stdout, in the pieces it wrote. */
function toStdout(lines: Iterable<string>): string[] {
  const pieces: string[] = [];
  writeLines(lines, undefined, { stdout: (t) => pieces.push(t), stderr: () => {} });
  return pieces;
}

// Lines of any text, a few of them longer than the 64 KB piece, many of them with
// characters of 2 to 4 bytes so that pieces end next to a character of several bytes.
const line = fc.oneof(
  { weight: 8, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  {
    weight: 4,
    arbitrary: fc.string({ unit: fc.constantFrom('a', ',', '"', 'é', '€', '😀'), maxLength: 200 }),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('a', 'é', '€', '😀'), fc.integer({ min: 15_000, max: 70_000 }))
      .map(([c, n]) => c.repeat(n)),
  },
);

// fast-check prints the seed and the shrunk counterexample of any failure.
describe('writeLines', () => {
  it('writes every line and its end, whole, to stdout and to --out', () => {
    let run = 0;
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), (lines) => {
        const expected = lines.map((l) => `${l}\n`).join('');
        const pieces = toStdout(lines);
        expect(pieces.join('')).toBe(Buffer.from(expected).toString('utf8'));
        const out = join(dir, `lines-${run++}.txt`);
        writeLines(lines, out, { stdout: () => {}, stderr: () => {} });
        expect(readFileSync(out).equals(Buffer.from(expected))).toBe(true);
      }),
      { numRuns: 30 },
    );
  });

  it('writes in pieces of at most 64 KB unless one line is longer', () => {
    const lines = Array.from({ length: 3000 }, (_, i) => `${i},${'x'.repeat(100)}`);
    const pieces = toStdout(lines);
    expect(pieces.length).toBeGreaterThan(3);
    for (const piece of pieces) expect(Buffer.byteLength(piece)).toBeLessThanOrEqual(1 << 16);
    expect(pieces.join('')).toBe(lines.map((l) => `${l}\n`).join(''));
  });

  // Lines held as strings until a piece was full outlived young collections when much was
  // allocated between them (a sweep's runs), and piled up in the old generation: 257 bytes
  // per line of 150 characters here, 1 byte now.
  it('leaves under 50 bytes per line in the old generation', () => {
    const ring: { i: number; j: number }[] = new Array(4096);
    const lines = function* (n: number) {
      for (let i = 0; i < n; i++) {
        // About 128 KB of short-lived objects between lines, as a sweep's runs do.
        for (let j = 0; j < 4096; j++) ring[j] = { i, j };
        yield `line,${'y'.repeat(145)}`;
      }
    };
    const out = join(dir, 'many.txt');
    const io = { stdout: () => {}, stderr: () => {} };
    writeLines(lines(1000), out, io);
    const n = 5000;
    expect(oldGenerationPerUnit(n, () => writeLines(lines(n), out, io))).toBeLessThan(50);
  });
});
