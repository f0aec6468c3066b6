import { describe, expect, it } from 'vitest';
import { fanChart } from '../../src/charts/fanChart.js';
import { runEnsemble } from '../../src/experiments/runEnsemble.js';
import { rasterise, renderChart } from '../../src/node/charts/renderChart.js';
import { presets } from '../../src/scenario/presets.js';

const iraq = presets['iraq-2020'];
const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Pixels darker than mid-grey in an RGBA buffer: text and lines on the white background. */
function darkPixels(rgba: Uint8Array): number {
  let dark = 0;
  for (let i = 0; i < rgba.length; i += 4)
    if ((rgba[i] as number) + (rgba[i + 1] as number) + (rgba[i + 2] as number) < 384) dark++;
  return dark;
}

const words = (text: string) => ({
  data: { values: [{ x: 0, y: 0, label: text }] },
  mark: { type: 'text' as const, fontSize: 24 },
  encoding: {
    x: { field: 'x', type: 'quantitative' as const, axis: null },
    y: { field: 'y', type: 'quantitative' as const, axis: null },
    text: { field: 'label', type: 'nominal' as const },
  },
  view: { stroke: null },
});

describe('renderChart', () => {
  const ensemble = runEnsemble(iraq, { replicates: 20, seed: 1, keepEvents: true });
  const spec = fanChart(ensemble, iraq);

  it('draws SVG with vega: marks for the bands, the median and the title', async () => {
    const svg = await renderChart(spec, 'svg');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('class="mark-area role-mark');
    expect(svg).toContain('class="mark-line role-mark');
    expect(svg).toContain('Cumulative attacks: 20 simulated runs of iraq-2020');
    expect(svg).toContain('font-family="DejaVu Sans"');
  });

  it('rasterises a PNG that holds the text (DejaVu Sans found by resvg)', async () => {
    const png = await renderChart(spec, 'png');
    expect([...png.subarray(0, 8)]).toEqual(PNG_MAGIC);
    // A text-only chart: the words must put ink on the canvas; no font, no ink.
    const blank = await rasterise(await renderChart(words(''), 'svg'));
    const text = await rasterise(await renderChart(words('Escalation 2020'), 'svg'));
    expect(darkPixels(blank.pixels)).toBe(0);
    expect(darkPixels(text.pixels)).toBeGreaterThan(200);
  });

  it('refuses what is not a spec, and unknown formats, by name', async () => {
    await expect(renderChart(null as never, 'svg')).rejects.toThrow(
      'spec must be a Vega-Lite spec object (from a chart builder), received null',
    );
    await expect(renderChart(spec, 'pdf' as never)).rejects.toThrow(
      'format must be one of svg, png, received the string "pdf"',
    );
  });
});
