import { css, html, svg, type TemplateResult } from 'lit';

/**
 * A horizontal bar chart as inline SVG, for dashboards: one row per item (its label above its bars), one bar per
 * series. It is a picture (`role="img"` with a name): the numbers are in the table that goes with it
 * (src/shared/data-table.ts), which is what screen readers and keyboards use. No script, no style attributes (a
 * strict Content-Security-Policy allows it), colours from classes (`chartStyles`), never colour alone: every bar
 * carries its number as text, and the legend names the series in order.
 */
export interface ChartSeries {
  name: string;
}

export interface ChartRow {
  label: string;
  /** One per series: the length (in the scale of `max`) and the text written after the bar. */
  values: readonly { value: number; text: string }[];
}

const WIDTH = 640;
/** Room on the right for the text after the longest bar. */
const TEXT_ROOM = 90;
const LABEL = 18;
const BAR = 14;
const GAP = 12;

export function barChart(options: { label: string; series: readonly ChartSeries[]; rows: readonly ChartRow[]; max?: number }): TemplateResult {
  const { label, series, rows } = options;
  const max = options.max ?? Math.max(1, ...rows.flatMap((r) => r.values.map((v) => v.value)));
  const rowHeight = LABEL + series.length * (BAR + 2) + GAP;
  const scale = (value: number) => Math.max(0, Math.min(1, value / max)) * (WIDTH - TEXT_ROOM);
  return html`<figure class="chart">
    ${series.length > 1
      ? html`<ul class="legend" aria-hidden="true">
          ${series.map((s, i) => html`<li><span class="swatch series-${i}"></span>${s.name}</li>`)}
        </ul>`
      : ''}
    <svg viewBox="0 0 ${WIDTH} ${Math.max(rowHeight, rows.length * rowHeight)}" role="img" aria-label=${label} focusable="false">
      ${rows.map((row, r) => {
        const top = r * rowHeight;
        return svg`<text class="label" x="0" y=${top + 13}>${row.label}</text>
          ${row.values.map((v, i) => {
            const y = top + LABEL + i * (BAR + 2);
            const length = scale(v.value);
            return svg`<rect class="bar series-${i}" x="0" y=${y} width=${length} height=${BAR}></rect>
              <text class="value" x=${length + 6} y=${y + BAR - 3}>${v.text}</text>`;
          })}`;
      })}
    </svg>
  </figure>`;
}

/** The chart's and the data table's look (on top of baseStyles). */
export const chartStyles = css`
  .chart { margin: 0 0 1em; }
  .chart svg { display: block; inline-size: 100%; block-size: auto; max-inline-size: 48em; }
  .chart .label { font-size: 13px; fill: var(--_llr-text); }
  .chart .value { font-size: 12px; fill: var(--_llr-text); font-variant-numeric: tabular-nums; }
  .series-0 { fill: var(--_llr-action); background: var(--_llr-action); }
  .series-1 { fill: var(--_llr-time); background: var(--_llr-time); }
  .series-2 { fill: var(--_llr-money); background: var(--_llr-money); }
  .legend { display: flex; flex-wrap: wrap; gap: 0.5em 1.5em; list-style: none; margin: 0 0 0.5em; padding: 0; }
  .swatch { display: inline-block; inline-size: 1em; block-size: 1em; margin-inline-end: 0.4em; vertical-align: -0.15em; border-radius: 0.15em; }
  .table-scroll { overflow-x: auto; margin: 0 0 1em; }
  .table-scroll:focus-visible { outline: 3px solid var(--_llr-focus); outline-offset: 2px; }
  .data-table { border-collapse: collapse; min-inline-size: 100%; font-variant-numeric: tabular-nums; overflow-wrap: normal; }
  .data-table tbody th { min-inline-size: 12em; }
  .data-table caption { text-align: start; font-weight: 600; padding: 0 0 0.5em; }
  .data-table th, .data-table td { border-block-end: 1px solid var(--_llr-border); padding: 0.4em 0.75em 0.4em 0; text-align: start; vertical-align: top; }
  .data-table thead th { border-block-end-width: 2px; }
  .data-table tbody th { font-weight: 400; }
  .data-table .number { text-align: end; white-space: nowrap; }
`;
