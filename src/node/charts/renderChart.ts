import type { TopLevelSpec } from 'vega-lite';
import { describeValue } from '../../util/requireArgument.js';
import { importEsm, requireCjs } from './importEsm.js';

/** Formats renderChart writes. */
export const CHART_FORMATS = Object.freeze(['svg', 'png'] as const);
export type ChartFormat = (typeof CHART_FORMATS)[number];

/** The font every chart is set in: DejaVu Sans is installed with Debian's fonts-dejavu-core. */
export const CHART_FONT = 'DejaVu Sans';

/** Pixels per SVG unit of a PNG: 2 for sharp text on high-density screens and in print. */
const PNG_SCALE = 2;

/**
 * Render a Vega-Lite spec headlessly: compiled with vega-lite, laid out and drawn by vega's
 * SVG renderer; a PNG is that SVG rasterised by resvg (no native canvas build, no browser).
 *
 * Why: users want a picture file from the CLI and from scripts, with the same pixels the
 * browser would draw, and no hand-drawn SVG to maintain beside the specs.
 *
 * vega and vega-lite are ES modules loaded here on first use, so importing the library (or
 * starting the CLI for another command) does not pay for them.
 *
 * @param spec - a Vega-Lite spec (from a chart builder such as fanChart)
 * @param format - `svg` (text) or `png` (bytes)
 * @returns the SVG text, or the PNG bytes
 * @throws TypeError for a spec that is not an object; RangeError for an unknown format
 * @example
 * const svg = await renderChart({ data: { values: [{ x: 1 }] }, mark: 'point', encoding: { x: { field: 'x', type: 'quantitative' } } }, 'svg');
 * svg.startsWith('<svg'); // => true
 */
export async function renderChart(spec: TopLevelSpec, format: 'svg'): Promise<string>;
export async function renderChart(spec: TopLevelSpec, format: 'png'): Promise<Uint8Array>;
export async function renderChart(
  spec: TopLevelSpec,
  format: ChartFormat,
): Promise<string | Uint8Array>;
export async function renderChart(
  spec: TopLevelSpec,
  format: ChartFormat,
): Promise<string | Uint8Array> {
  if (typeof spec !== 'object' || spec === null || Array.isArray(spec))
    throw new TypeError(
      `spec must be a Vega-Lite spec object (from a chart builder), received ${describeValue(spec)}`,
    );
  if (!CHART_FORMATS.includes(format))
    throw new RangeError(
      `format must be one of ${CHART_FORMATS.join(', ')}, received ${describeValue(format)}`,
    );
  const svg = await renderSvg(spec);
  if (format === 'svg') return svg;
  return new Uint8Array((await rasterise(svg)).asPng());
}

/** An SVG drawn to pixels by resvg, in the chart font, on white, at twice its size. */
export async function rasterise(svg: string) {
  const { Resvg } = requireCjs<typeof import('@resvg/resvg-js')>('@resvg/resvg-js');
  const image = new Resvg(svg, {
    background: 'white',
    fitTo: { mode: 'zoom', value: PNG_SCALE },
    font: { loadSystemFonts: true, defaultFontFamily: CHART_FONT },
  });
  return image.render();
}

async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const [vegaLite, vega] = await Promise.all([
    importEsm<typeof import('vega-lite')>('vega-lite', () => import('vega-lite')),
    importEsm<typeof import('vega')>('vega', () => import('vega')),
  ]);
  const config = {
    font: CHART_FONT,
    background: 'white',
    ...(spec.config ?? {}),
  };
  const compiled = vegaLite.compile({ ...spec, config } as TopLevelSpec).spec;
  // No loader may reach the network: every builder inlines its data.
  const loader = vega.loader({ mode: 'file' });
  loader.http = () => Promise.reject(new Error('charts are rendered offline: no URL data'));
  const view = new vega.View(vega.parse(compiled), { renderer: 'none', loader });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
