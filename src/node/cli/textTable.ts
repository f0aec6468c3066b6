/** Format a number for people: 3 significant digits, exponent form outside [1e-3, 1e5). */
export function formatNumber(x: number | null | undefined, digits = 3): string {
  if (x === null || x === undefined) return '—';
  if (x === 0) return '0';
  if (!Number.isFinite(x)) return x > 0 ? '∞' : '−∞';
  const magnitude = Math.abs(x);
  if (magnitude < 1e-3 || magnitude >= 1e5) return x.toExponential(digits - 1);
  return Number(x.toPrecision(digits)).toString();
}

/** Format a p-value: two significant digits, but never rounded to 0 or 1. */
export function formatPValue(p: number | null | undefined): string {
  if (p === null || p === undefined) return '—';
  if (p < 0.001) return '< 0.001';
  if (p > 0.99) return p >= 0.999 ? '> 0.999' : p.toFixed(3);
  return Number(p.toPrecision(2)).toString();
}

/** Lay out rows under a header with aligned columns (numbers right, text left). */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const numeric = header.map(
    (_, c) => rows.length > 0 && rows.every((r) => /^[−\-+]?[\d.,e+−-]+$|^—$/.test(r[c] ?? '')),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, c) =>
        numeric[c] ? cell.padStart(widths[c] as number) : cell.padEnd(widths[c] as number),
      )
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '─'.repeat(w))), ...rows.map(line)].join('\n');
}
