/**
 * One CSV cell, RFC 4180 quoted when needed, and safe to open in a spreadsheet.
 *
 * Why: a text cell beginning with `=`, `+`, `-`, `@`, a tab or a carriage return is run as a
 * formula by Excel, LibreOffice and Google Sheets (OWASP, "CSV Injection"). Such text gets a
 * leading apostrophe, which spreadsheets show as text; numbers stay numbers (a negative
 * number is written as is), and null is an empty cell.
 *
 * Reference: https://owasp.org/www-community/attacks/CSV_Injection
 *
 * @param value - the cell's value
 * @returns the cell text
 * @example
 * [csvCell('=1+1'), csvCell(-2), csvCell('a,b'), csvCell(null)].join('|');
 * // => "'=1+1|-2|\"a,b\"|"
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  // Quote what would otherwise split a field or a line, or lose edge spaces.
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
