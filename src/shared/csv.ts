/**
 * CSV of a table (RFC 4180: comma-separated, CRLF lines, fields with a comma, quote or line break quoted), and its
 * download as a file. Generic: columns and rows, nothing about what they hold. A field that a spreadsheet would run
 * as a formula (it starts with =, +, - or @ and is not a number) gets a leading apostrophe (OWASP, CSV injection).
 */

/** One column: its header and its value for a row (a number, a text, or nothing). */
export interface CsvColumn<Row> {
  label: string;
  value: (row: Row) => string | number | null | undefined;
}

const FORMULA = /^[=+\-@\t\r]/;

function field(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value !== 'number' && FORMULA.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV text: a header line, then one line per row. */
export function toCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  const lines = [columns.map((c) => field(c.label)), ...rows.map((row) => columns.map((c) => field(c.value(row))))];
  return `${lines.map((l) => l.join(',')).join('\r\n')}\r\n`;
}

/**
 * Offers the text as a file download (a link to a Blob, clicked once). UTF-8 with a byte-order mark, so that a
 * spreadsheet reads accents and "≥" right.
 */
export function downloadCsv(filename: string, csv: string): void {
  const url = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
