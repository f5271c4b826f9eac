/**
 * The lab's charts: inline SVG written here (no charting library: two kinds of bar chart do not justify one, and
 * inline SVG in a shadow root needs nothing from a Content-Security-Policy). Every chart sits in a `<figure>` whose
 * caption names it and points to the table with the same numbers; the SVG is an image (`role="img"`) labelled by that
 * caption. Colours are never the only signal: each bar carries its numbers in words beside it, and the legend names
 * every colour.
 */
import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';

/** One segment of a 100 % bar: a key (its colour class) and a value. */
export interface Segment {
  readonly key: string;
  readonly value: number;
}

export interface ShareRow {
  readonly label: string;
  readonly segments: readonly Segment[];
  /** Said beside the bar, e.g. "wint 5,9 % · verliest 0 %". */
  readonly note: string;
}

export interface LegendItem {
  readonly key: string;
  readonly label: string;
}

const ROW = 30;
const BAR = 18;
const LABEL_W = 250;
const BAR_W = 320;
const NOTE_X = LABEL_W + BAR_W + 12;
const WIDTH = NOTE_X + 250;
const TOP = 8;

/** Text that would not fit is cut with an ellipsis (the table has it whole). */
const fit = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function legend(items: readonly LegendItem[]): TemplateResult {
  return html`<ul class="legend">
    ${items.map((i) => html`<li><span class="swatch seg-${i.key}" aria-hidden="true"></span>${i.label}</li>`)}
  </ul>`;
}

function frame(id: string, caption: string, height: number, body: SVGTemplateResult, items: readonly LegendItem[]): TemplateResult {
  return html`<figure class="chart">
    <figcaption id=${`${id}-caption`}>${caption}</figcaption>
    ${legend(items)}
    <svg viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby=${`${id}-caption`} data-chart=${id} preserveAspectRatio="xMinYMin meet">${body}</svg>
  </figure>`;
}

/** Horizontal bars of 100 %, one per row, split in segments (who wins, who loses; what became of the rights). */
export function shareBars(id: string, caption: string, rows: readonly ShareRow[], items: readonly LegendItem[]): TemplateResult {
  const height = TOP * 2 + rows.length * ROW;
  const body = svg`${rows.map((row, r) => {
    const y = TOP + r * ROW;
    const total = row.segments.reduce((n, s) => n + s.value, 0);
    let x = LABEL_W;
    const parts = row.segments.map((s) => {
      const w = total > 0 ? (s.value / total) * BAR_W : 0;
      const part = svg`<rect class="seg-${s.key}" x=${x} y=${y + (ROW - BAR) / 2} width=${Math.max(0, w)} height=${BAR}></rect>`;
      x += w;
      return part;
    });
    return svg`<g>
      <text class="label" x=${LABEL_W - 8} y=${y + ROW / 2} text-anchor="end" dominant-baseline="middle">${fit(row.label, 32)}</text>
      <rect class="track" x=${LABEL_W} y=${y + (ROW - BAR) / 2} width=${BAR_W} height=${BAR}></rect>
      ${parts}
      <text class="note" x=${NOTE_X} y=${y + ROW / 2} dominant-baseline="middle">${fit(row.note, 40)}</text>
    </g>`;
  })}`;
  return frame(id, caption, height, body, items);
}

export interface PairRow {
  readonly label: string;
  readonly before: number;
  readonly after: number;
  readonly beforeText: string;
  readonly afterText: string;
}

/** Two bars per row on one scale: a number before and after (people with a right under each rule set). */
export function pairBars(id: string, caption: string, rows: readonly PairRow[], items: readonly [LegendItem, LegendItem]): TemplateResult {
  const pairRow = ROW + 12;
  const height = TOP * 2 + rows.length * pairRow;
  const max = Math.max(1, ...rows.flatMap((r) => [r.before, r.after]));
  const half = (pairRow - 8) / 2;
  const body = svg`${rows.map((row, r) => {
    const y = TOP + r * pairRow;
    const wBefore = (row.before / max) * BAR_W;
    const wAfter = (row.after / max) * BAR_W;
    return svg`<g>
      <text class="label" x=${LABEL_W - 8} y=${y + pairRow / 2 - 4} text-anchor="end" dominant-baseline="middle">${fit(row.label, 32)}</text>
      <rect class="seg-${items[0].key}" x=${LABEL_W} y=${y} width=${wBefore} height=${half - 2}></rect>
      <text class="note" x=${LABEL_W + wBefore + 6} y=${y + half / 2} dominant-baseline="middle">${row.beforeText}</text>
      <rect class="seg-${items[1].key}" x=${LABEL_W} y=${y + half} width=${wAfter} height=${half - 2}></rect>
      <text class="note" x=${LABEL_W + wAfter + 6} y=${y + half * 1.5} dominant-baseline="middle">${row.afterText}</text>
    </g>`;
  })}`;
  return frame(id, caption, height, body, items);
}
