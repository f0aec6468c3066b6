import { describe, expect, it } from 'vitest';
import { datasets } from '../../src/data/datasets.js';
import { iraq2020Reading } from '../../src/data/iraq2020/iraq2020Reading.js';
import type { Provenance } from '../../src/data/iraq2020/types.js';

/** Every `{ value, provenance }` in the data set, with its path. */
function facts(
  node: unknown,
  path = 'iraq2020',
): { path: string; value: unknown; provenance: Provenance }[] {
  if (typeof node !== 'object' || node === null) return [];
  const here =
    'value' in node && 'provenance' in node
      ? [{ path, ...(node as { value: unknown; provenance: Provenance }) }]
      : [];
  return [...here, ...Object.entries(node).flatMap(([k, v]) => facts(v, `${path}.${k}`))];
}

const ARTICLE_WHERE = /^(table row [1-9]|article text, paragraph [1-7]|article standfirst)$/;

describe('iraq2020 provenance', () => {
  const all = facts(datasets.iraq2020);

  it('finds the facts (guards the walk itself)', () => {
    expect(all.length).toBeGreaterThan(60);
  });

  it('every fact has a source and a citation that exists in the article, or is wire/derived', () => {
    for (const f of all) {
      const { source, where } = f.provenance;
      if (source === 'article') expect(where, f.path).toMatch(ARTICLE_WHERE);
      else if (source === 'wire') expect(where, f.path).toBe('contemporary wire reports');
      else {
        expect(source, f.path).toBe('derived');
        // A derived value names what it is derived from.
        expect(where, f.path).toMatch(/table row|paragraph/);
      }
    }
  });

  it('cites every table row and every paragraph that carries facts', () => {
    const cited = new Set(all.map((f) => f.provenance.where));
    for (let row = 1; row <= 9; row++) expect(cited).toContain(`table row ${row}`);
    for (const p of [1, 2, 3, 4, 5, 6, 7]) expect(cited).toContain(`article text, paragraph ${p}`);
  });

  it('keeps unknowns unknown: no invented zeros, ranges ordered', () => {
    for (const f of all) {
      const v = f.value;
      if (typeof v === 'object' && v !== null && 'min' in v && 'max' in v) {
        expect((v as { min: number }).min, f.path).toBeLessThan((v as { max: number }).max);
      }
      expect(v, f.path).not.toBe(0);
    }
    // The eight table rows other than the 33-rocket attack report no casualties.
    const quiet = datasets.iraq2020.attacks.filter((a) => a.tableRow !== null && a.tableRow !== 9);
    expect(quiet.every((a) => a.casualties.article.length === 0 && a.rockets === null)).toBe(true);
  });

  it('states the time zone and stores timed dates with the +03:00 offset', () => {
    expect(datasets.iraq2020.timeZone).toEqual({ name: 'Asia/Baghdad', utcOffset: '+03:00' });
    for (const r of ['table', 'text', 'wire'] as const) {
      for (const e of [...iraq2020Reading(r).attacks, ...iraq2020Reading(r).strikes]) {
        if (e.precision === 'minute')
          expect(e.date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+03:00$/);
        else expect(e.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });
});
