/**
 * What <llr-policy-lab> keeps and shows, without the DOM: its state as URL parameters (so that a link reproduces a
 * comparison), the tables it renders (one model feeds the `<table>` and its CSV, so the two cannot differ), and the
 * CSV itself. Tested in the browser suite with the element (test/elements/policy-lab*.test.ts).
 */
import { isIsoDate } from '../../domain/dates';
import { toCsv } from '../../shared/csv';
import { CHANGE_KINDS, DIMENSIONS, type ChangeKind, type Dimension, type EditValue } from '../../domain/compare/index';

// ---------------------------------------------------------------- state and URL

/** A cell whose example people are shown: an incentive, a kind of change, and everyone or one group. */
export interface Cell {
  readonly incentive: string;
  readonly kind: ChangeKind;
  readonly dimension: Dimension | 'all';
  readonly group: string;
}

/** Everything a link must carry to reproduce what an analyst sees. */
export interface LabState {
  readonly date: string;
  /** A rule set's id, or `baseline` (the baseline itself, to edit). */
  readonly alternative: string;
  readonly edits: Readonly<Record<string, EditValue>>;
  readonly size: number;
  readonly seed: number;
  /** The breakdown shown (tables and charts). */
  readonly dimension: Dimension;
  /** The incentive the breakdown shows ('' : the first one). */
  readonly incentive: string;
  readonly cell: Cell | null;
}

/** Our parameters share the host page's URL: every one of them starts with this. */
export const PARAM_PREFIX = 'lab-';
const P = {
  date: 'lab-date',
  alternative: 'lab-alt',
  size: 'lab-size',
  seed: 'lab-seed',
  dimension: 'lab-dim',
  incentive: 'lab-inc',
  cell: 'lab-cell',
  edit: 'lab-edit.',
} as const;

/** The state as URL parameters: the host's own parameters are kept, ours replaced. */
export function stateToParams(state: LabState, params: URLSearchParams = new URLSearchParams()): URLSearchParams {
  for (const key of [...params.keys()]) if (key.startsWith(PARAM_PREFIX)) params.delete(key);
  params.set(P.date, state.date);
  params.set(P.alternative, state.alternative);
  for (const key of Object.keys(state.edits).sort()) {
    const value = state.edits[key];
    params.set(`${P.edit}${key}`, value === null || value === undefined ? '' : String(value));
  }
  params.set(P.size, String(state.size));
  params.set(P.seed, String(state.seed));
  params.set(P.dimension, state.dimension);
  if (state.incentive) params.set(P.incentive, state.incentive);
  if (state.cell) params.set(P.cell, [state.cell.incentive, state.cell.kind, state.cell.dimension, state.cell.group].join('~'));
  return params;
}

/** An edit's value as a URL holds it: a number, true/false, or empty (no value: e.g. no cap). */
function editValue(text: string): EditValue {
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (text.trim() === '') return null;
  return Number(text);
}

function wholeNumber(text: string | null, fallback: number): number {
  if (text === null || !/^\d+$/.test(text.trim())) return fallback;
  return Number(text);
}

/**
 * The state a URL holds, over the defaults (anything missing or malformed keeps its default). `complete` says whether
 * the URL names a comparison (a date and an alternative): the lab then runs it at once.
 */
export function stateFromParams(params: URLSearchParams, defaults: LabState): { state: LabState; complete: boolean } {
  const date = params.get(P.date);
  const alternative = params.get(P.alternative);
  const dimension = params.get(P.dimension);
  const edits: Record<string, EditValue> = {};
  for (const [key, value] of params) if (key.startsWith(P.edit)) edits[key.slice(P.edit.length)] = editValue(value);
  const cellParts = (params.get(P.cell) ?? '').split('~');
  const [incentive, kind, cellDimension, group] = cellParts;
  const cell: Cell | null =
    cellParts.length === 4 && incentive && group && CHANGE_KINDS.includes(kind as ChangeKind) && (cellDimension === 'all' || DIMENSIONS.includes(cellDimension as Dimension))
      ? { incentive, kind: kind as ChangeKind, dimension: cellDimension as Dimension | 'all', group }
      : null;
  const state: LabState = {
    date: date !== null && isIsoDate(date) ? date : defaults.date,
    alternative: alternative || defaults.alternative,
    edits,
    size: wholeNumber(params.get(P.size), defaults.size),
    seed: wholeNumber(params.get(P.seed), defaults.seed),
    dimension: DIMENSIONS.includes(dimension as Dimension) ? (dimension as Dimension) : defaults.dimension,
    incentive: params.get(P.incentive) ?? defaults.incentive,
    cell,
  };
  return { state, complete: date !== null && isIsoDate(date) && !!alternative };
}

// ---------------------------------------------------------------- tables and CSV

/** One cell of a table: the text shown, and the value the CSV holds (a number unformatted, or the same text). */
export interface TableCell {
  readonly text: string;
  readonly value: string | number;
  /** A cell that opens the examples of a cell of the comparison. */
  readonly cell?: Cell;
}

export interface TableRow {
  /** The row's header (`<th scope="row">`). */
  readonly header: string;
  readonly cells: readonly TableCell[];
}

export interface TableModel {
  /** A stable id: the file name of its CSV, and the table's `data-table`. */
  readonly id: string;
  readonly caption: string;
  /** Column headers (`<th scope="col">`), the row headers' column first. */
  readonly columns: readonly string[];
  readonly rows: readonly TableRow[];
}

/**
 * The CSV of a table (src/shared/csv.ts: RFC 4180, no cell a spreadsheet runs as a formula): its column headers, then
 * each row's header and values, exactly the table's rows and columns (numbers unformatted, with a dot for decimals, so
 * a spreadsheet reads them as numbers).
 */
export function tableToCsv(table: TableModel): string {
  const columns = table.columns.map((label, i) => ({
    label,
    value: (row: TableRow) => (i === 0 ? row.header : row.cells[i - 1]?.value),
  }));
  return toCsv(columns, table.rows);
}

/** A share as a percentage with one decimal (0 when there is nothing to share). */
export function percentOf(part: number, whole: number): number {
  return whole > 0 ? Math.round((part / whole) * 1000) / 10 : 0;
}
