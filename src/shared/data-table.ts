import { html, nothing, type TemplateResult } from 'lit';
import type { CsvColumn } from './csv';

/**
 * One column of a data table: its header, its value (for CSV as well) and how the value reads on screen. A numeric
 * column is aligned right. The first column heads its row (`<th scope="row">`).
 */
export interface TableColumn<Row> extends CsvColumn<Row> {
  /** The cell as shown; the value as text when absent. */
  format?: (row: Row) => unknown;
  numeric?: boolean;
}

/**
 * An accessible table: a caption, column headers with `scope="col"`, row headers with `scope="row"`. Generic: the
 * same columns give the CSV (src/shared/csv.ts), so what is shown and what is downloaded cannot differ. Style it with
 * `.data-table` (dataTableStyles in src/shared/chart.ts).
 */
export function dataTable<Row>(caption: unknown, columns: readonly TableColumn<Row>[], rows: readonly Row[]): TemplateResult {
  const cell = (column: TableColumn<Row>, row: Row) => (column.format ? column.format(row) : (column.value(row) ?? ''));
  return html`<div class="table-scroll" tabindex="0" role="region" aria-label=${typeof caption === 'string' ? caption : nothing}>
    <table class="data-table">
      <caption>${caption}</caption>
      <thead>
        <tr>
          ${columns.map((c) => html`<th scope="col" class=${c.numeric ? 'number' : ''}>${c.label}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (row) => html`<tr>
            ${columns.map((c, i) =>
              i === 0 ? html`<th scope="row">${cell(c, row)}</th>` : html`<td class=${c.numeric ? 'number' : ''}>${cell(c, row)}</td>`,
            )}
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
