import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { guard } from 'lit/directives/guard.js';
import { localized, msg, str } from '@lit/localize';
import { LlrElement } from '../../shared/llr-element';
import { addTexts } from '../../i18n/localization';
import { downloadCsv } from '../../shared/csv';
import { heading, headingLevel } from '../../shared/heading';
import { newWindowLink } from '../../shared/links';
import { httpsUrl } from '../../shared/safe-url';
import { formatDate, formatNumber, localized as pick } from '../../shared/format';
import { localIsoDate } from '../../domain/dates';
import { questions } from '../../domain/questions';
import { ANSWER_KEYS, type Situation } from '../../domain/situation';
import type { Unit } from '../../domain/rule-set-schema';
import { BEHAVIOUR_DATA, POPULATION_DATA, POPULATION_SIZE } from '../../domain/population/index';
import {
  applyEdits,
  BASELINE,
  baselineOn,
  changedEdits,
  checkEdit,
  DIMENSIONS,
  editableValues,
  OVER_TIME_PEOPLE,
  RULE_SET_CHOICES,
  ruleSetById,
  type ChangeKind,
  type Dimension,
  type EditableValue,
  type EditValue,
  type ExampleSide,
  type Flows,
  type IncentiveComparison,
  type LabProgress,
  type LabRequest,
  type LabResult,
  type RuleSetChoice,
  type RuleSetKind,
} from '../../domain/compare/index';
import { compute, prepareWorker, type Run } from './policy-lab.compute';
import { pairBars, shareBars, type ShareRow } from './policy-lab.charts';
import { percentOf, stateFromParams, stateToParams, tableToCsv, type Cell, type LabState, type TableCell, type TableModel } from './policy-lab.logic';
import { styles } from './policy-lab.styles';

/** Detail of `llr-policy-lab-run`: the comparison that starts (what a link to it holds). */
export interface PolicyLabRunDetail {
  request: LabRequest;
}

/** Detail of `llr-policy-lab-result`: the comparison that finished, and how many people gain and lose a right. */
export interface PolicyLabResultDetail {
  request: LabRequest;
  gained: number;
  lost: number;
  /** Milliseconds from the start of the comparison to its result. */
  ms: number;
}

/** The events of <llr-policy-lab>. */
export interface LlrPolicyLabEventMap {
  /** An analyst started a comparison. */
  'llr-policy-lab-run': CustomEvent<PolicyLabRunDetail>;
  /** A comparison finished and its results are shown. */
  'llr-policy-lab-result': CustomEvent<PolicyLabResultDetail>;
}

declare global {
  interface GlobalEventHandlersEventMap extends LlrPolicyLabEventMap {}
}

/** A field the analyst must fix before comparing, for the error summary; its words are made when it is shown. */
interface FieldError {
  readonly field: string;
  readonly message: () => string;
}

/** What the analyst typed (kept as typed, so a wrong value stays visible with its message). */
interface Typed {
  readonly size: string;
  readonly seed: string;
  readonly edits: Readonly<Record<string, string>>;
}

const DEFAULT_SIZE = 100_000;
const DEFAULT_SEED = 1;
/** The progress bar moves at most this often. */
const PROGRESS_EVERY_MS = 100;
/** Examples shown per cell (the comparison keeps this many). */
const EXAMPLES_SHOWN = 3;
/**
 * The parts of the results, drawn one a task: 1 summary and link, 2 the chart per incentive, 3 its table, 4 the chart
 * and table per group, 5 the incentive's table per group, 6 the examples, 7 the five years' summary and chart,
 * 8 their tables. (All at once took about 100 ms on a busy 2-core machine; one part takes 10 to 30 ms.)
 */
const RESULT_PARTS = 8;

/** A number as typed in Dutch or English ("37,5" or "37.5"); empty is `null`; anything else NaN. */
function typedNumber(text: string): number | null {
  const t = text.trim().replace(',', '.');
  if (t === '') return null;
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : Number.NaN;
}

/**
 * The policy lab: who gains and who loses a right when the rules change (phases 3.1 and 3.2 of the vision note), for
 * the people who prepare those changes. Choose the date (the baseline is the adopted rule set in force then) and an
 * alternative (adopted, planned or a scenario, or the baseline with edited parameters), the size and seed of a
 * synthetic population of Flanders and Brussels; the lab compares the two in a Web Worker and shows, per incentive
 * and per group, who has a right before and after, with example people and the engine's reasons, and for a scenario
 * what happens to the rights over five years. Every chart has a table with the same numbers, every table a CSV, and
 * the page's address holds the whole comparison: a link reproduces it.
 *
 * Not for citizens: not in `llr-embed.js`; load `@llr/widgets/policy-lab` (or `elements/policy-lab/define.js`).
 *
 * @tag llr-policy-lab
 * @fires {CustomEvent<PolicyLabRunDetail>} llr-policy-lab-run - a comparison starts
 * @fires {CustomEvent<PolicyLabResultDetail>} llr-policy-lab-result - a comparison finished
 * @csspart form - the choices (rule sets, parameters, population)
 * @csspart results - the results
 * @csspart progress - the progress bar while the lab computes
 */
@localized()
export class LlrPolicyLab extends LlrElement {
  static override styles = styles;

  /** Level of the lab's main heading (1–6); its sections use the levels below it. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;
  /**
   * `on` (default): the comparison shown lives in the page's address (parameters starting with `lab-`), so a link
   * reproduces it, and opening such a link runs it. `off`: the lab leaves the address alone.
   */
  @property({ attribute: 'url-state' }) urlState: 'on' | 'off' = 'on';
  /** The date the form starts with, `YYYY-MM-DD` (default: today). */
  @property({ attribute: 'default-date' }) defaultDate = '';
  /**
   * A comparison to show at once: the form takes it and it runs (a host page with a fixed comparison; Storybook).
   * `{ date, alternative, edits, size, seed }`, as in the `llr-policy-lab-run` event. A link in the address wins.
   */
  @property({ attribute: false }) request?: LabRequest;

  @state() private form: LabState = this.defaults();
  @state() private typed: Typed = { size: String(DEFAULT_SIZE), seed: String(DEFAULT_SEED), edits: {} };
  /** The message refusing each edit the rule-set schema does not accept. */
  @state() private editErrors: Readonly<Record<string, string>> = {};
  @state() private errors: readonly FieldError[] = [];
  @state() private progress: LabProgress | null = null;
  @state() private result: LabResult | null = null;
  @state() private runError = '';
  @state() private announcement = '';
  /**
   * How many parts of the results are drawn: they appear one part a task after a comparison, so that drawing them
   * never holds the page for long (one task for all of them took about 100 ms on a busy 2-core machine).
   */
  @state() private drawn = 0;

  private running: Run | null = null;
  /** The address named a comparison when the lab connected: it wins over the `request` property. */
  private fromUrl = false;
  private urlRead = false;
  private focusAfterRender: string | null = null;

  // ---------------------------------------------------------------- state

  private defaults(): LabState {
    return {
      date: this.defaultDate || localIsoDate(new Date()),
      alternative: RULE_SET_CHOICES.find((c) => c.kind === 'adopted')?.id ?? BASELINE,
      edits: {},
      size: DEFAULT_SIZE,
      seed: DEFAULT_SEED,
      dimension: 'status',
      incentive: '',
      cell: null,
    };
  }

  override connectedCallback(): void {
    // The lab's texts are a set of their own (lit-localize.policy-lab.json): never in a citizen's page.
    addTexts('policy-lab', { en: () => import('./generated/locales/en'), fr: () => import('./generated/locales/fr'), de: () => import('./generated/locales/de') });
    super.connectedCallback();
    // The address is read once: an element moved in the page keeps what it shows.
    if (this.urlState !== 'on' || this.urlRead) return;
    this.urlRead = true;
    const { state, complete } = stateFromParams(new URLSearchParams(location.search), this.defaults());
    this.fromUrl = complete;
    this.form = state;
    this.typed = {
      size: String(state.size),
      seed: String(state.seed),
      edits: Object.fromEntries(Object.entries(state.edits).map(([k, v]) => [k, v === null ? '' : String(v)])),
    };
    this.editErrors = this.errorsOf(state.edits);
    // A link to a comparison runs it (after the first render, so the form shows what runs).
    if (complete) void this.updateComplete.then(() => this.start({ keepView: true }));
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    // While the analyst fills in the form: start the worker (its code and rule sets take about half a second) and
    // create the number and date formats the results use (the first of each costs milliseconds).
    setTimeout(() => {
      if (!this.running) prepareWorker();
      formatNumber(1234.5, this.locale);
      formatDate('2026-01-01', this.locale);
    }, 0);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.running?.stop();
    this.running = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('request') && this.request && !this.fromUrl) {
      const r = this.request;
      this.form = { ...this.form, date: r.date, alternative: r.alternative, edits: { ...r.edits }, size: r.size, seed: r.seed };
      this.typed = {
        size: String(r.size),
        seed: String(r.seed),
        edits: Object.fromEntries(Object.entries(r.edits).map(([k, v]) => [k, v === null ? '' : String(v)])),
      };
      this.editErrors = this.errorsOf(r.edits);
      void this.updateComplete.then(() => this.start({ keepView: false }));
    }
    if (changed.has('defaultDate') && this.defaultDate && !this.result && this.urlState !== 'on') this.form = { ...this.form, date: this.defaultDate };
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.result && this.drawn < RESULT_PARTS) setTimeout(() => (this.drawn += 1), 0);
    if (this.focusAfterRender) {
      this.renderRoot.querySelector<HTMLElement>(this.focusAfterRender)?.focus();
      this.focusAfterRender = null;
    }
  }

  // ---------------------------------------------------------------- derived

  private get level(): number {
    return headingLevel(this.headingLevel, 2);
  }

  private get baseline() {
    return baselineOn(this.form.date);
  }

  /** The alternative rule set chosen, before edits (`null`: the date has no baseline to edit). */
  private get chosen() {
    return this.form.alternative === BASELINE ? this.baseline : (ruleSetById(this.form.alternative) ?? null);
  }

  /** The values the analyst can edit: a scenario's account parameters first (what phase 3.2 is about). */
  private get editable(): EditableValue[] {
    const chosen = this.chosen;
    if (!chosen) return [];
    const all = editableValues(chosen);
    return [...all.filter((e) => e.kind !== 'parameter'), ...all.filter((e) => e.kind === 'parameter')];
  }

  /** The request of the form (edits that differ from the rule set's own values only). */
  private get formRequest(): LabRequest {
    const chosen = this.chosen;
    return {
      date: this.form.date,
      alternative: this.form.alternative,
      edits: chosen ? changedEdits(chosen, this.form.edits) : {},
      size: this.form.size,
      seed: this.form.seed,
    };
  }

  private errorsOf(edits: Readonly<Record<string, EditValue>>): Record<string, string> {
    const chosen = this.chosen;
    if (!chosen) return {};
    const out: Record<string, string> = {};
    for (const [key, value] of Object.entries(edits)) {
      const problem = checkEdit(chosen, key, value);
      if (problem) out[key] = problem;
    }
    return out;
  }

  /** The link of the comparison shown, with what is shown of it (breakdown, incentive, examples). */
  private linkOf(result: LabResult): string {
    const params = stateToParams(
      { ...this.form, ...result.request, edits: result.request.edits },
      new URLSearchParams(location.search),
    );
    return `${location.origin}${location.pathname}?${params.toString()}${location.hash}`;
  }

  /** Puts the comparison shown in the page's address (replacing the entry: the back button leaves the lab). */
  private writeUrl(): void {
    if (this.urlState !== 'on' || !this.result) return;
    history.replaceState(history.state, '', this.linkOf(this.result));
  }

  // ---------------------------------------------------------------- actions

  private setForm(change: Partial<LabState>): void {
    this.form = { ...this.form, ...change };
  }

  private onDate(event: Event): void {
    this.setForm({ date: (event.target as HTMLInputElement).value });
    if (this.form.alternative === BASELINE) this.editErrors = this.errorsOf(this.form.edits);
  }

  private onAlternative(event: Event): void {
    // Another rule set has other parameters: the edits of the previous one do not carry over.
    this.setForm({ alternative: (event.target as HTMLSelectElement).value, edits: {} });
    this.typed = { ...this.typed, edits: {} };
    this.editErrors = {};
  }

  private onEdit(item: EditableValue, text: string): void {
    const value: EditValue = item.kind === 'portable' ? text === 'true' : typedNumber(text);
    const edits = { ...this.form.edits, [item.key]: value };
    this.setForm({ edits });
    this.typed = { ...this.typed, edits: { ...this.typed.edits, [item.key]: text } };
    const problem = this.chosen ? checkEdit(this.chosen, item.key, value) : null;
    const errors = { ...this.editErrors };
    if (problem) errors[item.key] = problem;
    else delete errors[item.key];
    this.editErrors = errors;
  }

  private resetEdits(): void {
    this.setForm({ edits: {} });
    this.typed = { ...this.typed, edits: {} };
    this.editErrors = {};
  }

  private onNumber(field: 'size' | 'seed', event: Event): void {
    const text = (event.target as HTMLInputElement).value;
    this.typed = { ...this.typed, [field]: text };
    const n = typedNumber(text.replace(/[\s.]/g, ''));
    this.setForm({ [field]: n === null ? Number.NaN : n });
  }

  /** The form's mistakes, in the order of the form. */
  private validate(): FieldError[] {
    const out: FieldError[] = [];
    const first = RULE_SET_CHOICES.filter((c) => c.kind === 'adopted').map((c) => c.effectiveFrom).sort()[0] ?? '';
    if (!this.baseline) {
      out.push({ field: 'date', message: () => msg(str`Kies een datum vanaf ${formatDate(first, this.locale)}: van vroeger zijn er geen regels.`, { id: 'lab.error.date' }) });
    }
    for (const item of this.editable) {
      const problem = this.editErrors[item.key];
      if (problem) out.push({ field: `edit-${item.key}`, message: () => msg(str`${item.name}: ${problem}`, { id: 'lab.error.edit' }) });
    }
    const { size, seed } = this.form;
    if (!Number.isInteger(size) || size < POPULATION_SIZE.min || size > POPULATION_SIZE.max) {
      out.push({
        field: 'size',
        message: () => msg(str`Kies een aantal mensen van ${formatNumber(POPULATION_SIZE.min, this.locale)} tot ${formatNumber(POPULATION_SIZE.max, this.locale)}.`, { id: 'lab.error.size' }),
      });
    }
    if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
      out.push({ field: 'seed', message: () => msg('Kies als startgetal een geheel getal van 0 tot 4294967295.', { id: 'lab.error.seed' }) });
    }
    if (out.length === 0 && this.chosen) {
      try {
        applyEdits(this.chosen, this.formRequest.edits);
      } catch (e) {
        const problem = (e as Error).message;
        out.push({ field: 'edits', message: () => msg(str`De aangepaste regels kloppen niet: ${problem}`, { id: 'lab.error.edits' }) });
      }
    }
    return out;
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    void this.start({ keepView: false });
  }

  /** Validates the form and runs its comparison (in a worker when the page allows one). */
  private async start(options: { keepView: boolean }): Promise<void> {
    const errors = this.validate();
    this.errors = errors;
    if (errors.length > 0) {
      this.focusAfterRender = '.error-summary';
      return;
    }
    this.running?.stop();
    const request = this.formRequest;
    if (!options.keepView) this.setForm({ cell: null });
    this.runError = '';
    // The previous results go now, in a task of their own, not in the one that draws the new ones.
    this.result = null;
    this.drawn = 0;
    this.progress = { phase: 'compare', done: 0, total: request.size };
    this.announcement = msg('De vergelijking loopt.', { id: 'lab.status.running' });
    this.emit('llr-policy-lab-run', { request });
    const started = performance.now();
    let shown = 0;
    const run = compute(request, (p) => {
      // Ten updates a second are enough for a progress bar (each one is a render on the page's main thread).
      const now = performance.now();
      if (now - shown < PROGRESS_EVERY_MS && p.done < p.total) return;
      shown = now;
      this.progress = p;
    });
    this.running = run;
    try {
      const result = await run.result;
      if (this.running !== run) return;
      this.result = result;
      this.drawn = 1;
      if (!options.keepView) this.setForm({ incentive: '' });
      const people = result.comparison.people;
      this.announcement = msg(
        str`Klaar. ${formatNumber(people.gained + people.both, this.locale)} mensen krijgen een recht bij, ${formatNumber(people.lost + people.both, this.locale)} verliezen er een.`,
        { id: 'lab.status.done' },
      );
      this.emit('llr-policy-lab-result', { request, gained: people.gained + people.both, lost: people.lost + people.both, ms: Math.round(performance.now() - started) });
      this.writeUrl();
    } catch (e) {
      if (this.running !== run) return;
      const stopped = e instanceof DOMException && e.name === 'AbortError';
      this.runError = stopped ? '' : (e as Error).message;
      this.announcement = stopped ? msg('De vergelijking is gestopt.', { id: 'lab.status.stopped' }) : msg('De vergelijking lukte niet.', { id: 'lab.status.failed' });
    } finally {
      if (this.running === run) {
        this.running = null;
        this.progress = null;
      }
    }
  }

  private stop(): void {
    this.running?.stop();
  }

  private setView(change: Partial<Pick<LabState, 'dimension' | 'incentive' | 'cell'>>): void {
    this.setForm(change);
    this.writeUrl();
  }

  private showCell(cell: Cell): void {
    this.setView({ cell });
    this.focusAfterRender = '#examples-title';
  }

  /** Downloads a table as CSV (a Blob: nothing leaves the page). */
  private download(table: TableModel): void {
    downloadCsv(`beleidslab-${table.id}.csv`, tableToCsv(table));
  }

  private async copyLink(event: Event): Promise<void> {
    const input = this.renderRoot.querySelector<HTMLInputElement>('#share-link');
    if (!input) return;
    input.select();
    try {
      await navigator.clipboard.writeText(input.value);
      this.announcement = msg('De link is gekopieerd.', { id: 'lab.status.copied' });
    } catch {
      // No clipboard access (an older browser, or the page does not allow it): the link is selected to copy by hand.
      this.announcement = msg('Kopieer de geselecteerde link met Ctrl+C.', { id: 'lab.status.copy-by-hand' });
    }
    (event.target as HTMLElement).focus();
  }

  private focusField(event: Event, field: string): void {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>(`[id="${field}"]`)?.focus();
  }

  // ---------------------------------------------------------------- words

  private kindLabel(kind: RuleSetKind): string {
    switch (kind) {
      case 'planned':
        return msg('Gepland, nog niet definitief', { id: 'lab.kind.planned' });
      case 'scenario':
        return msg('Scenario: geen recht, om te vergelijken', { id: 'lab.kind.scenario' });
      default:
        return msg('Aangenomen regels', { id: 'lab.kind.adopted' });
    }
  }

  private dimensionLabel(d: Dimension): string {
    switch (d) {
      case 'status':
        return msg('statuut', { id: 'lab.dim.status' });
      case 'education':
        return msg('opleidingsniveau', { id: 'lab.dim.education' });
      case 'region':
        return msg('woonplaats', { id: 'lab.dim.region' });
      default:
        return msg('werktijd', { id: 'lab.dim.part-time' });
    }
  }

  private groupLabel(d: Dimension | 'all', group: string): string {
    if (d === 'all') return msg('iedereen', { id: 'lab.group.all' });
    const labels: Record<string, () => string> = {
      employee: () => msg('Werknemer', { id: 'lab.group.employee' }),
      'temporarily-unemployed': () => msg('Tijdelijk werkloos', { id: 'lab.group.temporarily-unemployed' }),
      'self-employed': () => msg('Zelfstandige', { id: 'lab.group.self-employed' }),
      jobseeker: () => msg('Werkzoekend', { id: 'lab.group.jobseeker' }),
      inactive: () => msg('Niet beroepsactief', { id: 'lab.group.inactive' }),
      student: () => msg('Student', { id: 'lab.group.student' }),
      low: () => msg('Kortgeschoold', { id: 'lab.group.low' }),
      medium: () => msg('Middengeschoold', { id: 'lab.group.medium' }),
      high: () => msg('Hooggeschoold', { id: 'lab.group.high' }),
      flanders: () => msg('Vlaanderen', { id: 'lab.group.flanders' }),
      brussels: () => msg('Brussel', { id: 'lab.group.brussels' }),
      wallonia: () => msg('Wallonië', { id: 'lab.group.wallonia' }),
      'eu-other': () => msg('Ander EU-land', { id: 'lab.group.eu-other' }),
      other: () => msg('Buiten de EU', { id: 'lab.group.other' }),
      'full-time': () => msg('Voltijds', { id: 'lab.group.full-time' }),
      'part-time-80': () => msg('Deeltijds, 80 tot 99 %', { id: 'lab.group.part-time-80' }),
      'part-time-50': () => msg('Deeltijds, 50 tot 79 %', { id: 'lab.group.part-time-50' }),
      'part-time-under-50': () => msg('Deeltijds, minder dan 50 %', { id: 'lab.group.part-time-under-50' }),
      'no-job': () => msg('Geen werknemer', { id: 'lab.group.no-job' }),
      unknown: () => msg('Niet bekend', { id: 'lab.group.unknown' }),
    };
    return labels[group]?.() ?? group;
  }

  /** "mensen die hun recht op Vlaams opleidingsverlof verliezen". */
  private changePhrase(kind: ChangeKind, name: string): string {
    switch (kind) {
      case 'gained':
        return msg(str`mensen die recht krijgen op ${name}`, { id: 'lab.change.gained' });
      case 'lost':
        return msg(str`mensen die hun recht op ${name} verliezen`, { id: 'lab.change.lost' });
      case 'increased':
        return msg(str`mensen die meer krijgen van ${name}`, { id: 'lab.change.increased' });
      default:
        return msg(str`mensen die minder krijgen van ${name}`, { id: 'lab.change.decreased' });
    }
  }

  private unitLabel(unit: Unit, per?: 'month'): string {
    const units: Record<Unit, () => string> = {
      EUR: () => msg('euro', { id: 'lab.unit.eur' }),
      hours: () => msg('uren', { id: 'lab.unit.hours' }),
      days: () => msg('dagen', { id: 'lab.unit.days' }),
      months: () => msg('maanden', { id: 'lab.unit.months' }),
      cheques: () => msg('cheques', { id: 'lab.unit.cheques' }),
    };
    const label = units[unit]();
    return per === 'month' ? msg(str`${label} per maand`, { id: 'lab.unit.per-month' }) : label;
  }

  private outcomeLabel(side: ExampleSide): string {
    switch (side.outcome) {
      case 'eligible':
        return msg('heeft recht', { id: 'lab.outcome.eligible' });
      case 'unknown':
        return msg('niet te zeggen: er ontbreekt een antwoord', { id: 'lab.outcome.unknown' });
      case 'not-offered':
        return msg('bestaat niet in deze regels', { id: 'lab.outcome.not-offered' });
      default:
        return msg('heeft geen recht', { id: 'lab.outcome.not-eligible' });
    }
  }

  private n(value: number): string {
    return formatNumber(value, this.locale);
  }

  private pct(value: number): string {
    return `${formatNumber(value, this.locale)} %`;
  }

  private incentiveName(result: LabResult, id: string): string {
    const inc = result.comparison.incentives.find((i) => i.incentive === id);
    if (inc) return pick(inc.name, this.locale);
    const over = result.overTime?.incentives.find((i) => i.incentive === id);
    return over ? pick(over.name, this.locale) : id;
  }

  private numberCell(value: number, cell?: Cell): TableCell {
    return cell ? { text: this.n(value), value, cell } : { text: this.n(value), value };
  }

  private textCell(text: string): TableCell {
    return { text, value: text };
  }

  // ---------------------------------------------------------------- tables (one model per table: shown and as CSV)

  private incentivesTable(result: LabResult): TableModel {
    const c = result.comparison;
    return {
      id: 'per-premie',
      caption: msg(str`Per premie: wie heeft recht met de basis (voor) en met het alternatief (na), op ${formatDate(c.date, this.locale)}`, { id: 'lab.table.incentives' }),
      columns: [
        msg('Premie', { id: 'lab.col.incentive' }),
        msg('Eenheid', { id: 'lab.col.unit' }),
        msg('Recht voor', { id: 'lab.col.eligible-before' }),
        msg('Recht na', { id: 'lab.col.eligible-after' }),
        msg('Verschil', { id: 'lab.col.difference' }),
        msg('Onbekend voor', { id: 'lab.col.unknown-before' }),
        msg('Onbekend na', { id: 'lab.col.unknown-after' }),
        msg('Totaal voor', { id: 'lab.col.total-before' }),
        msg('Totaal na', { id: 'lab.col.total-after' }),
        msg('Krijgen recht', { id: 'lab.col.gained' }),
        msg('Verliezen recht', { id: 'lab.col.lost' }),
        msg('Krijgen meer', { id: 'lab.col.increased' }),
        msg('Krijgen minder', { id: 'lab.col.decreased' }),
      ],
      rows: c.incentives.map((i) => ({
        header: this.incentiveRowName(i),
        cells: [
          this.textCell(this.unitLabel(i.unit, i.per)),
          this.numberCell(i.before.eligible),
          this.numberCell(i.after.eligible),
          this.numberCell(i.after.eligible - i.before.eligible),
          this.numberCell(i.before.unknown),
          this.numberCell(i.after.unknown),
          this.numberCell(i.before.total),
          this.numberCell(i.after.total),
          ...(['gained', 'lost', 'increased', 'decreased'] as const).map((kind) =>
            this.numberCell(i[kind], i[kind] > 0 ? { incentive: i.incentive, kind, dimension: 'all', group: 'all' } : undefined),
          ),
        ],
      })),
    };
  }

  private incentiveRowName(i: IncentiveComparison): string {
    const name = pick(i.name, this.locale);
    if (!i.inBaseline) return msg(str`${name} (alleen in het alternatief)`, { id: 'lab.incentive.only-after' });
    if (!i.inAlternative) return msg(str`${name} (niet in het alternatief)`, { id: 'lab.incentive.only-before' });
    return name;
  }

  private peopleTable(result: LabResult): TableModel {
    const d = this.form.dimension;
    return {
      id: `mensen-per-${d}`,
      caption: msg(str`Per ${this.dimensionLabel(d)}: mensen die een recht winnen of verliezen (alle premies samen)`, { id: 'lab.table.people' }),
      columns: [
        msg('Groep', { id: 'lab.col.group' }),
        msg('Mensen', { id: 'lab.col.people' }),
        msg('Winnen alleen', { id: 'lab.col.gain-only' }),
        msg('Verliezen alleen', { id: 'lab.col.lose-only' }),
        msg('Winnen en verliezen', { id: 'lab.col.both' }),
        msg('Zelfde rechten', { id: 'lab.col.unchanged' }),
        msg('% winnen', { id: 'lab.col.gain-percent' }),
        msg('% verliezen', { id: 'lab.col.lose-percent' }),
      ],
      rows: result.comparison.breakdowns[d].map((g) => ({
        header: this.groupLabel(d, g.group),
        cells: [
          this.numberCell(g.people),
          this.numberCell(g.gained),
          this.numberCell(g.lost),
          this.numberCell(g.both),
          this.numberCell(g.unchanged),
          { text: this.pct(percentOf(g.gained + g.both, g.people)), value: percentOf(g.gained + g.both, g.people) },
          { text: this.pct(percentOf(g.lost + g.both, g.people)), value: percentOf(g.lost + g.both, g.people) },
        ],
      })),
    };
  }

  /** The incentive shown per group: the one chosen, else the first whose rights change, else the first. */
  private shownIncentive(result: LabResult): string {
    const list = result.comparison.incentives;
    if (list.some((i) => i.incentive === this.form.incentive)) return this.form.incentive;
    return (list.find((i) => i.gained + i.lost + i.increased + i.decreased > 0) ?? list[0])?.incentive ?? '';
  }

  private incentiveGroupTable(result: LabResult, incentive: string): TableModel {
    const d = this.form.dimension;
    const index = result.comparison.incentives.findIndex((i) => i.incentive === incentive);
    const unit = result.comparison.incentives[index];
    return {
      id: `${incentive}-per-${d}`,
      caption: msg(str`${this.incentiveName(result, incentive)} per ${this.dimensionLabel(d)}`, { id: 'lab.table.incentive-groups' }),
      columns: [
        msg('Groep', { id: 'lab.col.group' }),
        msg('Mensen', { id: 'lab.col.people' }),
        msg('Recht voor', { id: 'lab.col.eligible-before' }),
        msg('Recht na', { id: 'lab.col.eligible-after' }),
        msg('Krijgen recht', { id: 'lab.col.gained' }),
        msg('Verliezen recht', { id: 'lab.col.lost' }),
        msg('Krijgen meer', { id: 'lab.col.increased' }),
        msg('Krijgen minder', { id: 'lab.col.decreased' }),
        msg(str`Totaal voor (${unit ? this.unitLabel(unit.unit, unit.per) : ''})`, { id: 'lab.col.total-before-unit' }),
        msg(str`Totaal na (${unit ? this.unitLabel(unit.unit, unit.per) : ''})`, { id: 'lab.col.total-after-unit' }),
      ],
      rows: result.comparison.breakdowns[d].map((g) => {
        const i = g.incentives[index];
        const cellOf = (kind: ChangeKind) => ((i?.[kind] ?? 0) > 0 ? { incentive, kind, dimension: d, group: g.group } : undefined);
        return {
          header: this.groupLabel(d, g.group),
          cells: [
            this.numberCell(g.people),
            this.numberCell(i?.before.eligible ?? 0),
            this.numberCell(i?.after.eligible ?? 0),
            this.numberCell(i?.gained ?? 0, cellOf('gained')),
            this.numberCell(i?.lost ?? 0, cellOf('lost')),
            this.numberCell(i?.increased ?? 0, cellOf('increased')),
            this.numberCell(i?.decreased ?? 0, cellOf('decreased')),
            this.numberCell(i?.before.total ?? 0),
            this.numberCell(i?.after.total ?? 0),
          ],
        };
      }),
    };
  }

  private overTimeTable(result: LabResult): TableModel | null {
    const o = result.overTime;
    if (!o) return null;
    const flowCells = (f: Flows) => [
      this.numberCell(f.granted),
      this.numberCell(f.used),
      this.numberCell(f.lapsed),
      this.numberCell(f.carriedOver),
      this.numberCell(f.cappedOff),
      this.numberCell(f.open),
      this.numberCell(f.overdrawn),
      { text: this.pct(percentOf(f.lapsed, f.granted)), value: percentOf(f.lapsed, f.granted) },
    ];
    return {
      id: 'vijf-jaar',
      caption: msg(
        str`Vijf jaar (${formatDate(o.start, this.locale)} tot ${formatDate(o.end, this.locale)}), ${this.n(o.people)} mensen: wat werd toegekend en wat ermee gebeurde, met de regels van vandaag en met het scenario`,
        { id: 'lab.table.over-time' },
      ),
      columns: [
        msg('Premie en regels', { id: 'lab.col.incentive-rules' }),
        msg('Eenheid', { id: 'lab.col.unit' }),
        msg('Toegekend', { id: 'lab.col.granted' }),
        msg('Gebruikt', { id: 'lab.col.used' }),
        msg('Vervallen', { id: 'lab.col.lapsed' }),
        msg('Overgedragen', { id: 'lab.col.carried-over' }),
        msg('Boven het plafond', { id: 'lab.col.capped-off' }),
        msg('Periode loopt nog', { id: 'lab.col.open' }),
        msg('Meer gebruikt dan het saldo', { id: 'lab.col.overdrawn' }),
        msg('% vervallen', { id: 'lab.col.lapsed-percent' }),
      ],
      rows: o.incentives.flatMap((i) => [
        { header: msg(str`${pick(i.name, this.locale)}: regels van vandaag`, { id: 'lab.row.today' }), cells: [this.textCell(this.unitLabel(i.unit)), ...flowCells(i.today)] },
        { header: msg(str`${pick(i.name, this.locale)}: scenario`, { id: 'lab.row.scenario' }), cells: [this.textCell(this.unitLabel(i.unit)), ...flowCells(i.scenario)] },
      ]),
    };
  }

  private overTimeGroupTable(result: LabResult, incentive: string): TableModel | null {
    const o = result.overTime;
    if (!o) return null;
    const d = this.form.dimension;
    const index = o.breakdowns[d][0]?.incentives.findIndex((i) => i.incentive === incentive) ?? -1;
    if (index < 0) return null;
    return {
      id: `vijf-jaar-${incentive}-per-${d}`,
      caption: msg(str`${this.incentiveName(result, incentive)} over vijf jaar, per ${this.dimensionLabel(d)}`, { id: 'lab.table.over-time-groups' }),
      columns: [
        msg('Groep', { id: 'lab.col.group' }),
        msg('Mensen', { id: 'lab.col.people' }),
        msg('Toegekend vandaag', { id: 'lab.col.granted-today' }),
        msg('Vervallen vandaag', { id: 'lab.col.lapsed-today' }),
        msg('% vervallen vandaag', { id: 'lab.col.lapsed-percent-today' }),
        msg('Toegekend scenario', { id: 'lab.col.granted-scenario' }),
        msg('Vervallen scenario', { id: 'lab.col.lapsed-scenario' }),
        msg('% vervallen scenario', { id: 'lab.col.lapsed-percent-scenario' }),
        msg('Overgedragen scenario', { id: 'lab.col.carried-scenario' }),
      ],
      rows: o.breakdowns[d].map((g) => {
        const i = g.incentives[index];
        const today = i?.today;
        const scenario = i?.scenario;
        return {
          header: this.groupLabel(d, g.group),
          cells: [
            this.numberCell(g.people),
            this.numberCell(today?.granted ?? 0),
            this.numberCell(today?.lapsed ?? 0),
            { text: this.pct(percentOf(today?.lapsed ?? 0, today?.granted ?? 0)), value: percentOf(today?.lapsed ?? 0, today?.granted ?? 0) },
            this.numberCell(scenario?.granted ?? 0),
            this.numberCell(scenario?.lapsed ?? 0),
            { text: this.pct(percentOf(scenario?.lapsed ?? 0, scenario?.granted ?? 0)), value: percentOf(scenario?.lapsed ?? 0, scenario?.granted ?? 0) },
            this.numberCell(scenario?.carriedOver ?? 0),
          ],
        };
      }),
    };
  }

  // ---------------------------------------------------------------- render

  protected override render() {
    const level = this.level;
    // Busy while a comparison runs: assistive technology (and the visual regression test) waits for its results.
    return html`<div class="lab" aria-busy=${this.progress ? 'true' : 'false'}>
      ${heading(level, msg('Beleidslab: wie wint en wie verliest als de regels veranderen', { id: 'lab.title' }), { className: 'title' })}
      <p class="intro">
        ${msg(
          'Vergelijk de regels van een dag met andere regels op een bevolking van Vlaanderen en Brussel die we samenstellen uit publieke cijfers. Geplande regels en scenario\'s zijn geen rechten: ze staan hier om te vergelijken.',
          { id: 'lab.intro' },
        )}
      </p>
      ${this.renderErrorSummary()} ${this.renderForm()}
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${this.renderProgress()} ${this.runError ? html`<p class="run-error" role="alert">${msg(str`De vergelijking lukte niet: ${this.runError}`, { id: 'lab.run-error' })}</p>` : nothing}
      ${this.result ? this.guardedResult(this.result) : nothing} ${guard([this.locale], () => this.renderAbout())}
    </div>`;
  }

  private renderErrorSummary(): TemplateResult | typeof nothing {
    if (this.errors.length === 0) return nothing;
    return html`<div class="error-summary" tabindex="-1" role="group" aria-labelledby="error-summary-title">
      ${heading(this.level + 1, msg('Pas dit eerst aan', { id: 'lab.errors.title' }), { id: 'error-summary-title' })}
      <ul>
        ${this.errors.map((e) => html`<li><a href=${`#${e.field}`} @click=${(ev: Event) => this.focusField(ev, e.field)}>${e.message()}</a></li>`)}
      </ul>
    </div>`;
  }

  private renderForm(): TemplateResult {
    const baseline = this.baseline;
    const chosen = RULE_SET_CHOICES.find((c) => c.id === this.form.alternative);
    const busy = this.progress !== null;
    const groups: [RuleSetKind, string][] = [
      ['adopted', msg('Aangenomen regels', { id: 'lab.kind.adopted' })],
      ['planned', msg('Gepland, nog niet definitief', { id: 'lab.kind.planned' })],
      ['scenario', msg('Scenario\'s: geen recht, om te vergelijken', { id: 'lab.kind.scenarios' })],
    ];
    const dateError = this.errors.find((e) => e.field === 'date');
    return html`<form class="form" part="form" novalidate @submit=${this.onSubmit} aria-describedby="form-note">
      ${heading(this.level + 1, msg('Wat vergelijk je?', { id: 'lab.form.title' }))}
      <div class="field">
        <label for="date">${msg('Datum', { id: 'lab.form.date' })}</label>
        <p class="hint" id="date-hint">
          ${baseline
            ? msg(str`Basis: ${pick(baseline.title, this.locale)}. Die regels gelden op deze datum.`, { id: 'lab.form.baseline' })
            : msg('Op deze datum gelden nog geen regels die we kennen.', { id: 'lab.form.no-baseline' })}
        </p>
        ${dateError ? html`<p class="error" id="date-error">${dateError.message()}</p>` : nothing}
        <input
          id="date"
          type="date"
          .value=${live(this.form.date)}
          @change=${this.onDate}
          aria-describedby=${dateError ? 'date-hint date-error' : 'date-hint'}
          aria-invalid=${dateError ? 'true' : 'false'}
        />
      </div>
      <div class="field">
        <label for="alternative">${msg('Vergelijk met', { id: 'lab.form.alternative' })}</label>
        <select id="alternative" @change=${this.onAlternative} aria-describedby="alternative-kind">
          <option value=${BASELINE} ?selected=${this.form.alternative === BASELINE}>${msg('De basis zelf, met aangepaste parameters', { id: 'lab.form.baseline-edited' })}</option>
          ${groups.map(
            ([kind, label]) => html`<optgroup label=${label}>
              ${RULE_SET_CHOICES.filter((c) => c.kind === kind).map(
                (c) => html`<option value=${c.id} ?selected=${c.id === this.form.alternative}>${pick(c.title, this.locale)}</option>`,
              )}
            </optgroup>`,
          )}
        </select>
        ${this.renderKind(chosen)}
      </div>
      ${this.renderEdits()}
      <fieldset class="population">
        <legend>${msg('Bevolking', { id: 'lab.form.population' })}</legend>
        <p class="hint">
          ${msg(
            str`Mensen van 18 tot 64 jaar die in Vlaanderen of Brussel wonen. Hetzelfde startgetal geeft dezelfde mensen. Voor de vijf jaar rekenen we met de eerste ${formatNumber(OVER_TIME_PEOPLE, this.locale)} mensen.`,
            { id: 'lab.form.population-hint' },
          )}
        </p>
        ${this.renderNumberField('size', msg('Aantal mensen', { id: 'lab.form.size' }), this.typed.size)}
        ${this.renderNumberField('seed', msg('Startgetal', { id: 'lab.form.seed' }), this.typed.seed)}
      </fieldset>
      <p id="form-note" class="hint">${msg('De berekening gebeurt in je browser. Er gaan geen gegevens naar een server.', { id: 'lab.form.note' })}</p>
      <div class="actions">
        <button class="button-primary" type="submit" ?disabled=${busy}>${msg('Vergelijk', { id: 'lab.form.compare' })}</button>
      </div>
    </form>`;
  }

  /** What kind of rules the alternative is, said in words (a planned set or a scenario is never a right). */
  private renderKind(choice: RuleSetChoice | undefined): TemplateResult {
    if (!choice) {
      return html`<p class="kind kind-adopted" id="alternative-kind">${msg('De regels van de basis, met de parameters die je hieronder aanpast.', { id: 'lab.kind.baseline-edited' })}</p>`;
    }
    const source = choice.source ? httpsUrl(choice.source.url) : null;
    return html`<div class="kind kind-${choice.kind}" id="alternative-kind">
      <p><strong class="badge">${this.kindLabel(choice.kind)}</strong> ${pick(choice.title, this.locale)}</p>
      ${choice.kind !== 'adopted' && choice.source
        ? html`<p>${msg('Bron:', { id: 'lab.source' })} ${source ? newWindowLink(source, choice.source.title) : choice.source.title}</p>`
        : nothing}
      ${choice.kind !== 'adopted' && choice.note
        ? html`<details class="note"><summary>${msg('Wat is nog niet zeker?', { id: 'lab.kind.note' })}</summary><p lang="en">${choice.note}</p></details>`
        : nothing}
    </div>`;
  }

  private renderNumberField(field: 'size' | 'seed', label: string, value: string): TemplateResult {
    const error = this.errors.find((e) => e.field === field);
    return html`<div class="field">
      <label for=${field}>${label}</label>
      ${error ? html`<p class="error" id=${`${field}-error`}>${error.message()}</p>` : nothing}
      <input
        id=${field}
        type="text"
        inputmode="numeric"
        autocomplete="off"
        .value=${live(value)}
        @input=${(e: Event) => this.onNumber(field, e)}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${ifDefined(error ? `${field}-error` : undefined)}
      />
    </div>`;
  }

  private renderEdits(): TemplateResult | typeof nothing {
    const items = this.editable;
    if (items.length === 0) return nothing;
    const changed = this.chosen ? Object.keys(changedEdits(this.chosen, this.form.edits)).length : 0;
    return html`<details class="edits" ?open=${changed > 0 || Object.keys(this.editErrors).length > 0}>
      <summary>
        ${msg('Parameters van het alternatief aanpassen', { id: 'lab.edits.title' })}
        ${changed > 0 ? html`<span class="count">${msg(str`(${changed} aangepast)`, { id: 'lab.edits.count' })}</span>` : nothing}
      </summary>
      <p class="hint">
        ${msg('Elke waarde staat in de regels met een beschrijving en een bron (zoals de regels ze geven, in het Engels). Een waarde die de regels niet toelaten, wordt geweigerd.', { id: 'lab.edits.hint' })}
      </p>
      <ul class="params">
        ${items.map((item) => html`<li>${this.renderEdit(item)}</li>`)}
      </ul>
      <button type="button" class="button-secondary" @click=${this.resetEdits} ?disabled=${changed === 0 && Object.keys(this.form.edits).length === 0}>
        ${msg('Zet alle waarden terug', { id: 'lab.edits.reset' })}
      </button>
    </details>`;
  }

  private editLabel(item: EditableValue): string {
    switch (item.kind) {
      case 'carryOver':
        return msg(str`${item.name}: aantal perioden overdragen`, { id: 'lab.edit.carry-over' });
      case 'cap':
        return msg(str`${item.name}: plafond`, { id: 'lab.edit.cap' });
      case 'portable':
        return msg(str`${item.name}: blijft bruikbaar bij een ander statuut`, { id: 'lab.edit.portable' });
      default:
        return item.name;
    }
  }

  private renderEdit(item: EditableValue): TemplateResult {
    const id = `edit-${item.key}`;
    const error = this.editErrors[item.key];
    const source = httpsUrl(item.source.url);
    const own = item.value === null ? msg('geen', { id: 'lab.edit.none' }) : String(item.value);
    const describedBy = `${id}-hint${error ? ` ${id}-error` : ''}`;
    const hint = html`<p class="hint" id=${`${id}-hint`}>
      <span lang="en">${item.description.length > 220 ? `${item.description.slice(0, 219)}…` : item.description}</span>
      ${msg(str`In de regels: ${own}${item.unit ? ` ${item.unit}` : ''}.`, { id: 'lab.edit.own' })}
      ${msg('Bron:', { id: 'lab.source' })} ${source ? newWindowLink(source, item.source.title) : item.source.title}
    </p>`;
    const errorText = error ? html`<p class="error" id=${`${id}-error`}>${msg(str`Niet toegelaten: ${error}`, { id: 'lab.edit.refused' })}</p>` : nothing;
    if (item.kind === 'portable') {
      const checked = (this.form.edits[item.key] ?? item.value) === true;
      return html`<div class="param param-check">
        <input id=${id} type="checkbox" .checked=${live(checked)} @change=${(e: Event) => this.onEdit(item, String((e.target as HTMLInputElement).checked))} aria-describedby=${describedBy} />
        <label for=${id}>${this.editLabel(item)}</label>
        ${hint} ${errorText}
      </div>`;
    }
    const typed = this.typed.edits[item.key] ?? (item.value === null ? '' : String(item.value));
    return html`<div class="param">
      <label for=${id}>${this.editLabel(item)} ${item.unit ? html`<span class="unit">(${item.unit})</span>` : nothing}</label>
      ${hint} ${errorText}
      <input
        id=${id}
        type="text"
        inputmode="decimal"
        autocomplete="off"
        .value=${live(typed)}
        @input=${(e: Event) => this.onEdit(item, (e.target as HTMLInputElement).value)}
        aria-describedby=${describedBy}
        aria-invalid=${error ? 'true' : 'false'}
      />
    </div>`;
  }

  private renderProgress(): TemplateResult | typeof nothing {
    const p = this.progress;
    if (!p) return nothing;
    const percent = p.total > 0 ? Math.floor((p.done / p.total) * 100) : 0;
    const label =
      p.phase === 'compare'
        ? msg(str`Bezig met vergelijken: ${this.n(p.done)} van ${this.n(p.total)} mensen`, { id: 'lab.progress.compare' })
        : msg(str`Bezig met vijf jaar rekeningen: ${this.n(p.done)} van ${this.n(p.total)} mensen`, { id: 'lab.progress.over-time' });
    return html`<div class="progress" part="progress">
      <label for="progress">${label}</label>
      <progress id="progress" max="100" .value=${percent}>${percent} %</progress>
      <button type="button" class="button-secondary" @click=${this.stop}>${msg('Stop', { id: 'lab.progress.stop' })}</button>
    </div>`;
  }

  private renderTable(table: TableModel): TemplateResult {
    return html`<div class="table-wrap" role="region" aria-labelledby=${`${table.id}-caption`} tabindex="0">
      <table data-table=${table.id}>
        <caption id=${`${table.id}-caption`}>${table.caption}</caption>
        <thead>
          <tr>
            ${table.columns.map((c) => html`<th scope="col">${c}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${table.rows.map(
            (row) => html`<tr>
              <th scope="row">${row.header}</th>
              ${row.cells.map((cell) => {
                const value = typeof cell.value === 'number' ? String(cell.value) : undefined;
                const target = cell.cell;
                return html`<td data-value=${ifDefined(value)} class=${typeof cell.value === 'number' ? 'num' : ''}>
                  ${target
                    ? html`<button type="button" class="cell-button" aria-pressed=${this.sameCell(target) ? 'true' : 'false'} @click=${() => this.showCell(target)}>
                        ${cell.text}<span class="visually-hidden">: ${msg('toon voorbeelden', { id: 'lab.examples.show' })}</span>
                      </button>`
                    : cell.text}
                </td>`;
              })}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
    <p class="table-actions">
      <button type="button" class="button-secondary" data-csv=${table.id} @click=${() => this.download(table)}>
        ${msg('Download als CSV', { id: 'lab.csv' })}<span class="visually-hidden">: ${table.caption}</span>
      </button>
    </p>`;
  }

  private sameCell(cell: Cell): boolean {
    const c = this.form.cell;
    return !!c && c.incentive === cell.incentive && c.kind === cell.kind && c.dimension === cell.dimension && c.group === cell.group;
  }

  /**
   * The results are drawn again only when what they show changes: while a new comparison runs, the progress bar
   * changes ten times a second and the results (hundreds of cells) are left alone.
   */
  private guardedResult(result: LabResult) {
    const f = this.form;
    const deps = [result, this.drawn, this.progress !== null, this.locale, this.level, f.dimension, f.incentive, f.cell, JSON.stringify(this.formRequest)];
    return guard(deps, () => this.renderResult(result));
  }

  private renderResult(result: LabResult): TemplateResult {
    const level = this.level + 1;
    const stale = JSON.stringify(this.formRequest) !== JSON.stringify(result.request);
    const incentive = this.shownIncentive(result);
    return html`<section class="results" part="results" aria-labelledby="results-title" aria-busy=${this.progress || this.drawn < RESULT_PARTS ? 'true' : 'false'}>
      ${heading(level, msg('Resultaat', { id: 'lab.results.title' }), { id: 'results-title' })}
      ${stale ? html`<p class="notice">${msg('Je keuzes zijn gewijzigd sinds deze resultaten. Klik op Vergelijk om ze opnieuw te berekenen.', { id: 'lab.results.stale' })}</p>` : nothing}
      ${this.renderSummary(result)} ${this.renderShare(result)}
      ${this.drawn >= 2 ? this.renderIncentives(result) : nothing} ${this.drawn >= 4 ? this.renderGroups(result, incentive) : nothing}
      ${this.drawn >= 6 ? this.renderExamples(result) : nothing} ${this.drawn >= 7 ? this.renderOverTime(result, incentive) : nothing}
    </section>`;
  }

  private renderIncentives(result: LabResult): TemplateResult {
    const c = result.comparison;
    const level = this.level + 1;
    return html`<section aria-labelledby="incentives-title">
        ${heading(level + 1, msg('Per premie', { id: 'lab.results.incentives' }), { id: 'incentives-title' })}
        ${pairBars(
          'chart-incentives',
          msg('Mensen met recht, voor en na (dezelfde cijfers staan in de tabel eronder)', { id: 'lab.chart.incentives' }),
          c.incentives.map((i) => ({
            label: pick(i.name, this.locale),
            before: i.before.eligible,
            after: i.after.eligible,
            beforeText: msg(str`voor: ${this.n(i.before.eligible)}`, { id: 'lab.chart.before' }),
            afterText: msg(str`na: ${this.n(i.after.eligible)}`, { id: 'lab.chart.after' }),
          })),
          [
            { key: 'before', label: msg('Recht met de basis (voor)', { id: 'lab.legend.before' }) },
            { key: 'after', label: msg('Recht met het alternatief (na)', { id: 'lab.legend.after' }) },
          ],
        )}
        ${this.drawn >= 3 ? this.renderTable(this.incentivesTable(result)) : nothing}
      </section>`;
  }

  private renderGroups(result: LabResult, incentive: string): TemplateResult {
    const c = result.comparison;
    const level = this.level + 1;
    return html`<section aria-labelledby="groups-title">
        ${heading(level + 1, msg('Per groep: wie wint en wie verliest', { id: 'lab.results.groups' }), { id: 'groups-title' })}
        ${this.renderViewControls(result, incentive)}
        ${shareBars(
          'chart-groups',
          msg(str`Mensen per ${this.dimensionLabel(this.form.dimension)}: wie een recht wint of verliest (dezelfde cijfers staan in de tabel eronder)`, { id: 'lab.chart.groups' }),
          c.breakdowns[this.form.dimension].map(
            (g): ShareRow => ({
              label: this.groupLabel(this.form.dimension, g.group),
              segments: [
                { key: 'gained', value: g.gained },
                { key: 'both', value: g.both },
                { key: 'lost', value: g.lost },
                { key: 'unchanged', value: g.unchanged },
              ],
              note: msg(str`wint ${this.pct(percentOf(g.gained + g.both, g.people))} · verliest ${this.pct(percentOf(g.lost + g.both, g.people))}`, { id: 'lab.chart.group-note' }),
            }),
          ),
          [
            { key: 'gained', label: msg('Winnen alleen', { id: 'lab.col.gain-only' }) },
            { key: 'both', label: msg('Winnen en verliezen', { id: 'lab.col.both' }) },
            { key: 'lost', label: msg('Verliezen alleen', { id: 'lab.col.lose-only' }) },
            { key: 'unchanged', label: msg('Zelfde rechten', { id: 'lab.col.unchanged' }) },
          ],
        )}
        ${this.renderTable(this.peopleTable(result))}
        ${incentive && this.drawn >= 5 ? this.renderTable(this.incentiveGroupTable(result, incentive)) : nothing}
      </section>`;
  }

  private renderSummary(result: LabResult): TemplateResult {
    const c = result.comparison;
    const p = c.people;
    const edits = Object.entries(result.request.edits);
    const editable = new Map(editableValues(ruleSetById(result.alternative.id) ?? baselineOn(result.request.date)!).map((e) => [e.key, e]));
    return html`<dl class="summary">
        <dt>${msg('Basis', { id: 'lab.summary.baseline' })}</dt>
        <dd>${pick(result.baseline.title, this.locale)} <span class="badge">${this.kindLabel('adopted')}</span></dd>
        <dt>${msg('Alternatief', { id: 'lab.summary.alternative' })}</dt>
        <dd>
          ${result.request.alternative === BASELINE ? msg('De basis zelf, met aangepaste parameters', { id: 'lab.form.baseline-edited' }) : pick(result.alternative.title, this.locale)}
          <span class="badge badge-${result.alternative.kind}">${this.kindLabel(result.alternative.kind)}</span>
          ${edits.length > 0
            ? html`<ul class="edited">
                ${edits.map(([key, value]) => {
                  const item = editable.get(key);
                  const name = item ? this.editLabel(item) : key;
                  const was = item?.value === null || item === undefined ? msg('geen', { id: 'lab.edit.none' }) : String(item.value);
                  return html`<li>${msg(str`${name}: ${value === null ? msg('geen', { id: 'lab.edit.none' }) : String(value)} (in de regels: ${was})`, { id: 'lab.summary.edit' })}</li>`;
                })}
              </ul>`
            : nothing}
        </dd>
        <dt>${msg('Datum', { id: 'lab.form.date' })}</dt>
        <dd>${formatDate(c.date, this.locale)}</dd>
        <dt>${msg('Bevolking', { id: 'lab.form.population' })}</dt>
        <dd>${msg(str`${this.n(c.size)} mensen, startgetal ${result.request.seed}`, { id: 'lab.summary.population' })}</dd>
      </dl>
      <p class="headline">
        ${msg(
          str`${this.n(p.gained + p.both)} van de ${this.n(p.people)} mensen (${this.pct(percentOf(p.gained + p.both, p.people))}) krijgen een recht bij en ${this.n(p.lost + p.both)} (${this.pct(percentOf(p.lost + p.both, p.people))}) verliezen er een. ${this.n(p.both)} van hen winnen en verliezen. ${this.n(p.unchanged)} houden dezelfde rechten.`,
          { id: 'lab.summary.headline' },
        )}
      </p>`;
  }

  private renderShare(result: LabResult): TemplateResult {
    return html`<div class="share">
      <label for="share-link">${msg('Link naar deze vergelijking (stuur hem naar een collega: hij berekent hetzelfde)', { id: 'lab.share.label' })}</label>
      <div class="share-row">
        <input id="share-link" type="text" readonly .value=${this.linkOf(result)} />
        <button type="button" class="button-secondary" @click=${this.copyLink}>${msg('Kopieer de link', { id: 'lab.share.copy' })}</button>
      </div>
    </div>`;
  }

  private renderViewControls(result: LabResult, incentive: string): TemplateResult {
    return html`<div class="view">
      <fieldset class="dimensions">
        <legend>${msg('Toon per', { id: 'lab.view.dimension' })}</legend>
        ${DIMENSIONS.map(
          (d) => html`<label class="radio">
            <input type="radio" name="dimension" .value=${d} .checked=${live(this.form.dimension === d)} @change=${() => this.setView({ dimension: d })} />
            ${this.dimensionLabel(d)}
          </label>`,
        )}
      </fieldset>
      <div class="field">
        <label for="incentive">${msg('Premie in de tabel per groep', { id: 'lab.view.incentive' })}</label>
        <select id="incentive" @change=${(e: Event) => this.setView({ incentive: (e.target as HTMLSelectElement).value })}>
          ${result.comparison.incentives.map((i) => html`<option value=${i.incentive} ?selected=${i.incentive === incentive}>${pick(i.name, this.locale)}</option>`)}
        </select>
      </div>
    </div>`;
  }

  private renderExamples(result: LabResult): TemplateResult | typeof nothing {
    const cell = this.form.cell;
    if (!cell) return nothing;
    const examples = result.comparison.examples
      .filter((e) => e.changes.some((c) => c.incentive === cell.incentive && c.kind === cell.kind))
      .filter((e) => cell.dimension === 'all' || e.groups[cell.dimension] === cell.group)
      .slice(0, EXAMPLES_SHOWN);
    const title = msg(
      str`Voorbeelden: ${this.changePhrase(cell.kind, this.incentiveName(result, cell.incentive))} (${this.groupLabel(cell.dimension, cell.group)})`,
      { id: 'lab.examples.title' },
    );
    return html`<section class="examples" aria-labelledby="examples-title">
      ${heading(this.level + 2, title, { id: 'examples-title', focusable: true })}
      <p class="hint">${msg('Mensen uit de bevolking, met wat de regels over hen zeggen: eerst met de basis, dan met het alternatief.', { id: 'lab.examples.hint' })}</p>
      ${examples.length === 0 ? html`<p>${msg('Niemand in deze groep: er zijn geen voorbeelden.', { id: 'lab.examples.none' })}</p>` : nothing}
      <ol class="example-list">
        ${examples.map((e) => {
          const change = e.changes.find((c) => c.incentive === cell.incentive && c.kind === cell.kind);
          return html`<li class="example">
            <p class="who">${msg(str`Persoon ${this.n(e.person)}`, { id: 'lab.examples.person' })}</p>
            ${this.renderSituation(e.situation)}
            ${change
              ? html`<div class="sides">
                  ${this.renderSide(msg('Met de basis (voor)', { id: 'lab.examples.before' }), change.before, result, cell.incentive)}
                  ${this.renderSide(msg('Met het alternatief (na)', { id: 'lab.examples.after' }), change.after, result, cell.incentive)}
                </div>`
              : nothing}
          </li>`;
        })}
      </ol>
      <button type="button" class="button-secondary" @click=${() => this.setView({ cell: null })}>${msg('Sluit de voorbeelden', { id: 'lab.examples.close' })}</button>
    </section>`;
  }

  /** A person's answers, with the wizard's own question texts. */
  private renderSituation(s: Situation): TemplateResult {
    const rows = ANSWER_KEYS.filter((k) => !k.startsWith('training.')).flatMap((key) => {
      const value = (s as Record<string, unknown>)[key];
      if (value === undefined) return [];
      const q = questions[key];
      const option = q.options?.find((o) => o.value === value);
      const answer = option ? pick(option.label, this.locale) : typeof value === 'number' ? `${this.n(value)}${q.unit ? ` ${pick(q.unit, this.locale)}` : ''}` : String(value);
      return [html`<dt>${pick(q.text, this.locale)}</dt><dd>${answer}</dd>`];
    });
    return html`<dl class="situation">${rows}</dl>`;
  }

  private renderSide(title: string, side: ExampleSide, result: LabResult, incentive: string): TemplateResult {
    const unit = result.comparison.incentives.find((i) => i.incentive === incentive);
    const amount = side.amount !== null && unit ? ` (${this.n(side.amount)} ${this.unitLabel(unit.unit, unit.per)})` : '';
    return html`<div class="side">
      <p class="side-title">${title}</p>
      <p class="outcome outcome-${side.outcome}">${this.outcomeLabel(side)}${amount}</p>
      ${side.reasons.length > 0 ? html`<ul class="reasons">${side.reasons.map((r) => html`<li>${pick(r.text, this.locale)}</li>`)}</ul>` : nothing}
    </div>`;
  }

  private renderOverTime(result: LabResult, incentive: string): TemplateResult | typeof nothing {
    const o = result.overTime;
    if (!o) return nothing;
    const level = this.level + 2;
    const table = this.overTimeTable(result);
    const groupsTable = this.overTimeGroupTable(result, o.incentives.some((i) => i.incentive === incentive) ? incentive : (o.incentives[0]?.incentive ?? ''));
    const headlines = o.incentives.filter((i) => i.today.lapsed !== i.scenario.lapsed || i.today.carriedOver !== i.scenario.carriedOver);
    const rows: ShareRow[] = o.incentives.flatMap((i) =>
      (['today', 'scenario'] as const).map((side) => {
        const f = i[side];
        return {
          label: side === 'today' ? msg(str`${pick(i.name, this.locale)}: vandaag`, { id: 'lab.chart.today' }) : msg(str`${pick(i.name, this.locale)}: scenario`, { id: 'lab.row.scenario' }),
          segments: [
            { key: 'used', value: f.used },
            { key: 'lapsed', value: f.lapsed },
            { key: 'carried', value: f.carriedOver },
            { key: 'capped', value: f.cappedOff },
            { key: 'open', value: f.open },
          ],
          note: msg(str`vervalt ${this.pct(percentOf(f.lapsed, f.granted))}`, { id: 'lab.chart.lapse-note' }),
        };
      }),
    );
    return html`<section class="over-time" aria-labelledby="over-time-title">
      ${heading(this.level + 1, msg('Over vijf jaar: wat wordt gebruikt en wat vervalt', { id: 'lab.over-time.title' }), { id: 'over-time-title' })}
      <p class="hint">
        ${msg(
          str`Voor de eerste ${this.n(o.people)} mensen maken we vijf jaar leven aan (een ander statuut, gebruik van rechten zoals vandaag). Dezelfde jaren rekenen we met de regels van vandaag en met het scenario. Mensen gebruiken hun rechten in beide even vaak.`,
          { id: 'lab.over-time.hint' },
        )}
      </p>
      <ul class="headlines">
        ${headlines.map((i) => {
          const today = percentOf(i.today.lapsed, i.today.granted);
          const scenario = percentOf(i.scenario.lapsed, i.scenario.granted);
          return html`<li>
            ${msg(
              str`${pick(i.name, this.locale)}: vandaag vervalt ${this.pct(today)} van wat werd toegekend ongebruikt; met het scenario ${this.pct(scenario)}, en ${this.pct(percentOf(i.scenario.carriedOver, i.scenario.granted))} wordt overgedragen naar later.`,
              { id: 'lab.over-time.headline' },
            )}
          </li>`;
        })}
      </ul>
      ${shareBars(
        'chart-over-time',
        msg('Wat er gebeurde met de toegekende rechten, vandaag en met het scenario (dezelfde cijfers staan in de tabel eronder)', { id: 'lab.chart.over-time' }),
        rows,
        [
          { key: 'used', label: msg('Gebruikt', { id: 'lab.col.used' }) },
          { key: 'lapsed', label: msg('Vervallen', { id: 'lab.col.lapsed' }) },
          { key: 'carried', label: msg('Overgedragen', { id: 'lab.col.carried-over' }) },
          { key: 'capped', label: msg('Boven het plafond', { id: 'lab.col.capped-off' }) },
          { key: 'open', label: msg('Periode loopt nog', { id: 'lab.col.open' }) },
        ],
      )}
      ${table && this.drawn >= 8 ? this.renderTable(table) : nothing} ${groupsTable && this.drawn >= 8 ? this.renderTable(groupsTable) : nothing}
      <p class="hint">${msg('Overgedragen: nog te gebruiken na de vijf jaar, of later vervallen. Periode loopt nog: het jaar of de loopbaan van het recht is nog niet voorbij.', { id: 'lab.over-time.terms' })}</p>
      ${heading(level, msg('Hoe vaak mensen hun rechten gebruiken', { id: 'lab.over-time.take-up' }))}
      <ul class="sources">
        ${Object.entries(BEHAVIOUR_DATA.takeUp)
          .filter(([id]) => o.incentives.some((i) => i.incentive === id))
          .map(([id, t]) => html`<li>${this.incentiveName(result, id)}: ${this.pct(Math.round(t.probability * 1000) / 10)} ${this.renderSources(t.sources, t.assumption)}</li>`)}
      </ul>
    </section>`;
  }

  private renderSources(sources: readonly { title: string; url: string; year: number; figure: string }[], assumption: string | undefined): TemplateResult {
    return html`<span class="source-list">
      ${sources.map((s) => {
        const url = httpsUrl(s.url);
        return html`<span class="source">(${url ? newWindowLink(url, s.title) : s.title}, ${s.year}: <span lang="en">${s.figure}</span>)</span> `;
      })}
      ${assumption ? html`<span class="assumption"><strong>${msg('Aanname:', { id: 'lab.assumption' })}</strong> <span lang="en">${assumption}</span></span>` : nothing}
    </span>`;
  }

  /** Where the population's figures come from, with every assumption: what an analyst checks before trusting a number. */
  private renderAbout(): TemplateResult {
    const sections = POPULATION_DATA.sections as Record<string, { sources: { title: string; url: string; year: number; figure: string }[]; assumption?: string }>;
    return html`<details class="about">
      <summary>${msg('Waar komen de cijfers van de bevolking vandaan?', { id: 'lab.about.title' })}</summary>
      <p lang="en">${POPULATION_DATA.title}. ${POPULATION_DATA.independence}</p>
      <ul class="sources">
        ${Object.entries(sections).map(([name, s]) => html`<li><strong>${name}</strong>: ${this.renderSources(s.sources, s.assumption)}</li>`)}
      </ul>
    </details>`;
  }
}
