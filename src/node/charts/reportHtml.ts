import type { TopLevelSpec } from 'vega-lite';
import { describeValue } from '../../util/requireArgument.js';
import { renderChart } from './renderChart.js';

/** A table of a report: a header row and rows of cells (numbers are formatted). */
export interface ReportTable {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly (string | number | null)[])[];
}

/** One section of a report: a heading, an optional chart, table and note. */
export interface ReportSection {
  readonly heading: string;
  readonly chart?: TopLevelSpec;
  readonly table?: ReportTable;
  readonly note?: string;
}

/** A report: its title, what made it (label → value), and its sections. */
export interface Report {
  readonly title: string;
  readonly madeBy: Readonly<Record<string, string | number>>;
  readonly sections: readonly ReportSection[];
}

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const cell = (value: string | number | null): string =>
  value === null
    ? '—'
    : typeof value === 'number'
      ? Number.isInteger(value)
        ? String(value)
        : value.toPrecision(4)
      : value;

const STYLE = `body{font-family:'DejaVu Sans',sans-serif;margin:2em auto;max-width:1100px;color:#222}
h1{font-size:1.5em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #ccc}
table{border-collapse:collapse;font-size:.85em;margin:.5em 0}td,th{border:1px solid #ddd;padding:.2em .5em;text-align:right}
th{background:#f4f4f4}td:first-child,th:first-child{text-align:left}figure{margin:1em 0;overflow-x:auto}
.made td{text-align:left}p.note{color:#555;font-size:.9em}`;

/**
 * A report as one self-contained HTML page: every chart rendered to inline SVG (no script,
 * no network needed to open it), its tables, and a table of what made it.
 *
 * Why: a report is what gets mailed, archived and opened years later; it must not depend on
 * a CDN or a runtime being there.
 *
 * Cost: one headless vega render per chart.
 *
 * @param report - the title, provenance and sections
 * @returns the HTML text
 * @throws TypeError for a report that is not an object with sections
 * @example
 * const html = await reportHtml({ title: 'x', madeBy: { version: '0.1.0' }, sections: [] });
 * html.startsWith('<!doctype html>'); // => true
 */
export async function reportHtml(report: Report): Promise<string> {
  if (typeof report !== 'object' || report === null || !Array.isArray(report.sections))
    throw new TypeError(
      `report must be an object with title, madeBy and sections, received ${describeValue(report)}`,
    );
  const parts: string[] = [];
  for (const section of report.sections) {
    parts.push(`<section><h2>${escapeHtml(section.heading)}</h2>`);
    if (section.chart !== undefined)
      parts.push(`<figure class="chart">${await renderChart(section.chart, 'svg')}</figure>`);
    if (section.table !== undefined) parts.push(tableHtml(section.table));
    if (section.note !== undefined) parts.push(`<p class="note">${escapeHtml(section.note)}</p>`);
    parts.push('</section>');
  }
  const made = Object.entries(report.madeBy).map(
    ([k, v]) => `<tr><th>${escapeHtml(k)}</th><td>${escapeHtml(String(v))}</td></tr>`,
  );
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(report.title)}</title><style>${STYLE}</style></head>
<body><h1>${escapeHtml(report.title)}</h1>
<table class="made"><caption>What made this report</caption>${made.join('')}</table>
${parts.join('\n')}
</body></html>
`;
}

function tableHtml(table: ReportTable): string {
  const head = table.columns.map((c) => `<th>${escapeHtml(c)}</th>`).join('');
  const body = table.rows
    .map((row) => `<tr>${row.map((v) => `<td>${escapeHtml(cell(v))}</td>`).join('')}</tr>`)
    .join('');
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}
