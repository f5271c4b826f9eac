import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { LlrElement } from '../../shared/llr-element';
import { addTexts } from '../../i18n/localization';
import { ApiData } from '../../shared/controllers/api-data';
import { heading, headingLevel } from '../../shared/heading';
import { errorMessage, loadingLabel, retryLabel } from '../../shared/messages';
import { formatDate, formatNumber, formatPercent, localized as pick } from '../../shared/format';
import { barChart } from '../../shared/chart';
import { dataTable, type TableColumn } from '../../shared/data-table';
import { downloadCsv, toCsv } from '../../shared/csv';
import type { ApiErrorKind, Catalogue, Figure, IndicatorSet, Indicators, WalletState, WeekTrend } from '../../api';
import { isIsoDate } from '../../domain/dates';
import { getQuestion } from '../../domain/questions';
import { isAnswerKey } from '../../domain/situation';
import { atLeast, csvName, funnelSteps, hotspots, PRESETS, presetOf, presetPeriod, share, type Hotspot, type Preset } from './monitor.logic';
import { styles } from './monitor.styles';

/** Detail of `llr-monitor-change`: the period and host the analyst chose. */
export interface MonitorChangeDetail {
  from: string;
  to: string;
  /** Empty: every host. */
  host: string;
}

/** The events of <llr-monitor>. */
export interface LlrMonitorEventMap {
  /** The analyst chose another period or host (e.g. to put it in the page's address). */
  'llr-monitor-change': CustomEvent<MonitorChangeDetail>;
}

declare global {
  interface GlobalEventHandlersEventMap extends LlrMonitorEventMap {}
}

interface Loaded {
  indicators: Indicators;
  catalogue: Catalogue;
}

type Questions = IndicatorSet['wegwijzer']['questions'];
type Outcomes = IndicatorSet['wegwijzer']['outcomes'];
type Referrals = IndicatorSet['wegwijzer']['referrals'];
type States = IndicatorSet['wallet']['states'];

/**
 * How the Wegwijzer, the wallet and the course badge are used, for the analysts of the Departement WSE: the
 * Wegwijzer's funnel and where people stop or answer "Ik weet het niet", outcomes and referrals, wallet states and
 * errors, per week and per host, each as a chart with the same numbers in a table, and as CSV. From the API's
 * `/indicators` (an analyst's token: `getToken`), in which every count below 10 is withheld ("<10"), so nobody, the
 * analyst included, can tell who any of the people were. Not for citizens' pages: it is not in llr-embed.js.
 *
 * @tag llr-monitor
 * @fires {CustomEvent<MonitorChangeDetail>} llr-monitor-change - the analyst chose another period or host
 * @csspart monitor - the outer section
 * @csspart filters - the period and host form
 */
@localized()
export class LlrMonitor extends LlrElement {
  static override styles = styles;

  /** Level of the monitor's title (1–6); its sections are one level lower. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;
  /** First day of the period (YYYY-MM-DD), widened to its Monday. With `to`; otherwise last week. */
  @property() from = '';
  /** Last day of the period (YYYY-MM-DD), widened to its Sunday. */
  @property() to = '';
  /** One host's signals (e.g. "vdab"); every host when empty. */
  @property() host = '';
  /** The hosts the filter offers (space- or comma-separated); otherwise those of the last answer for every host. */
  @property() hosts = '';

  /** The hosts an answer for every host named. */
  @state() private seenHosts: string[] = [];
  @state() private filterError = false;

  private readonly data = new ApiData(this, {
    args: () => [this.api, this.period.from, this.period.to, this.host] as const,
    // Never one period's figures under another's filters.
    key: ([, from, to, host]) => `${from} ${to} ${host}`,
    task: async ([api, from, to, host], signal): Promise<Loaded> => {
      const [indicators, catalogue] = await Promise.all([api.getIndicators({ from, to, host: host || undefined }, signal), api.getCatalogue(signal)]);
      return { indicators, catalogue };
    },
    onComplete: ({ indicators }) => {
      if (!indicators.host) this.seenHosts = indicators.hosts;
    },
  });

  override connectedCallback(): void {
    // The monitor's texts are a set of their own (lit-localize.monitor.json): never in a citizen's page.
    addTexts('monitor', { en: () => import('./generated/locales/en'), fr: () => import('./generated/locales/fr'), de: () => import('./generated/locales/de') });
    super.connectedCallback();
  }

  // ---------------------------------------------------------------- derived state

  /** The period asked for: the attributes when both are dates in order, else last week. */
  private get period(): { from: string; to: string } {
    const { from, to } = this;
    return isIsoDate(from) && isIsoDate(to) && from <= to ? { from, to } : presetPeriod('last-week');
  }

  private get hostChoices(): string[] {
    const named = this.hosts.split(/[\s,]+/).filter(Boolean);
    return named.length ? named : this.seenHosts;
  }

  private get level(): number {
    return headingLevel(this.headingLevel, 2);
  }

  // ---------------------------------------------------------------- actions

  /** "Toon": the period and host of the form, when the period is one. */
  private apply(e: SubmitEvent): void {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null)?.value ?? '';
    const [from, to, host] = [value('from'), value('to'), value('host')];
    this.filterError = !(isIsoDate(from) && isIsoDate(to) && from <= to);
    if (this.filterError) return;
    Object.assign(this, { from, to, host });
    this.emit('llr-monitor-change', { from, to, host });
  }

  /** A period from the list fills in its dates (applied with "Toon"). */
  private pickPreset(e: Event): void {
    const preset = (e.target as HTMLSelectElement).value as Preset | '';
    if (!preset) return;
    const { from, to } = presetPeriod(preset);
    const root = this.renderRoot;
    (root.querySelector('#from') as HTMLInputElement).value = from;
    (root.querySelector('#to') as HTMLInputElement).value = to;
  }

  private download(table: string, csv: string): void {
    const { from, to } = this.period;
    downloadCsv(csvName(table, from, to, this.host), csv);
  }

  // ---------------------------------------------------------------- render

  protected override render() {
    const data = this.data.value;
    const status = this.data.status;
    return html`<section class="monitor" part="monitor" lang=${this.locale} aria-labelledby="monitor-title" aria-busy=${status === 'pending' ? 'true' : 'false'}>
      ${heading(this.level, msg('Gebruik van de Wegwijzer en de rekening', { id: 'monitor.title' }), { id: 'monitor-title' })}
      ${this.renderFilters()}
      ${status === 'error' ? this.renderError(this.data.errorKind ?? 'server') : data ? this.renderIndicators(data) : html`<p role="status">${loadingLabel()}</p>`}
    </section>`;
  }

  private renderFilters(): TemplateResult {
    const { from, to } = this.period;
    const preset = presetOf(from, to);
    const presetLabel = (p: Preset) =>
      ({
        'last-week': msg('Vorige week', { id: 'monitor.preset.last-week' }),
        'last-4-weeks': msg('De laatste 4 weken', { id: 'monitor.preset.last-4-weeks' }),
        'last-13-weeks': msg('De laatste 13 weken', { id: 'monitor.preset.last-13-weeks' }),
        'last-52-weeks': msg('De laatste 52 weken', { id: 'monitor.preset.last-52-weeks' }),
      })[p];
    return html`<form class="filters" part="filters" @submit=${this.apply} aria-label=${msg('Periode en website', { id: 'monitor.filters' })}>
      <div class="field">
        <label for="preset">${msg('Periode', { id: 'monitor.period' })}</label>
        <select id="preset" @change=${this.pickPreset}>
          ${PRESETS.map((p) => html`<option value=${p} ?selected=${p === preset}>${presetLabel(p)}</option>`)}
          <option value="" ?selected=${!preset}>${msg('Eigen periode', { id: 'monitor.preset.custom' })}</option>
        </select>
      </div>
      <div class="field">
        <label for="from">${msg('Van', { id: 'monitor.from' })}</label>
        <input id="from" name="from" type="date" required .value=${from} aria-describedby="period-hint" />
      </div>
      <div class="field">
        <label for="to">${msg('Tot en met', { id: 'monitor.to' })}</label>
        <input id="to" name="to" type="date" required .value=${to} aria-describedby="period-hint" />
      </div>
      <div class="field">
        <label for="host">${msg('Website', { id: 'monitor.host' })}</label>
        <select id="host" name="host">
          <option value="" ?selected=${!this.host}>${msg('Alle websites', { id: 'monitor.all-hosts' })}</option>
          ${[...new Set([...this.hostChoices, ...(this.host ? [this.host] : [])])].map((h) => html`<option value=${h} ?selected=${h === this.host}>${h}</option>`)}
        </select>
      </div>
      <button type="submit" class="button-primary">${msg('Toon', { id: 'monitor.apply' })}</button>
      <p id="period-hint" class="key">${msg('Telkens hele weken, van maandag tot en met zondag.', { id: 'monitor.period-hint' })}</p>
      ${this.filterError ? html`<p class="filter-error" role="alert">${msg('Kies een begindatum die niet na de einddatum ligt.', { id: 'monitor.period-error' })}</p>` : nothing}
    </form>`;
  }

  private renderError(kind: ApiErrorKind): TemplateResult {
    const text =
      kind === 'unauthorized'
        ? msg('Meld je aan als analist om de cijfers te zien.', { id: 'monitor.login' })
        : kind === 'forbidden'
          ? msg('Je account heeft geen toegang tot deze cijfers: daarvoor is de rol analist nodig.', { id: 'monitor.forbidden' })
          : errorMessage(kind);
    return html`<div class="notice" role="alert">
      <p>${text}</p>
      ${kind === 'unauthorized' || kind === 'forbidden' ? nothing : html`<button type="button" class="button-secondary" @click=${() => this.data.retry()}>${retryLabel()}</button>`}
    </div>`;
  }

  private renderIndicators({ indicators, catalogue }: Loaded): TemplateResult {
    const set = indicators.total;
    const lang = this.locale;
    const sub = this.level + 1;
    return html`<p class="period">
        ${msg(str`Van ${formatDate(indicators.from, lang)} tot en met ${formatDate(indicators.to, lang)}`, { id: 'monitor.shown-period' })},
        ${indicators.host ?? msg('alle websites', { id: 'monitor.all-hosts-lower' })}.
      </p>
      ${this.renderHotspots(set, sub)} ${this.renderFigures(set)} ${this.renderFunnel(set, sub)} ${this.renderQuestions(set.wegwijzer.questions, sub)}
      ${this.renderOutcomes(set.wegwijzer.outcomes, catalogue, sub)} ${this.renderReferrals(set.wegwijzer.referrals, catalogue, sub)}
      ${this.renderWallet(set, catalogue, sub)} ${this.renderWeeks(indicators.weeks, sub)}
      <p class="privacy">
        ${msg(
          str`Geen enkel cijfer hier komt van één persoon: de widgets sturen geen antwoorden, namen of nummers, en de server bewaart alleen tellers per dag. Een aantal onder ${indicators.threshold} tonen we als „<${indicators.threshold}”; een som waarin zo'n aantal zit, als „N+” (minstens N). Een percentage rekent zo'n aantal als 0.`,
          { id: 'monitor.privacy' },
        )}
      </p>`;
  }

  /** The questions that lose and confuse the most people, worded as the citizen read them. */
  private renderHotspots(set: IndicatorSet, level: number): TemplateResult {
    const { dropOff, dontKnow } = hotspots(set);
    const item = (h: Hotspot, text: (rate: string) => string) =>
      html`<li><strong>${this.questionText(h.question)}</strong> <span class="key">(${h.question})</span>: ${text(formatPercent(h.rate, this.locale))}</li>`;
    return html`<section class="hotspots">
      ${heading(level, msg('Waar lopen mensen vast?', { id: 'monitor.hotspots' }), { id: 'hotspots-title' })}
      ${dropOff.length || dontKnow.length
        ? html`${dropOff.length
              ? html`<p>${msg('Hier stoppen de meeste mensen:', { id: 'monitor.hotspots.drop-off' })}</p>
                  <ol>
                    ${dropOff.map((h) => item(h, (rate) => msg(str`${rate} stopt bij deze vraag`, { id: 'monitor.hotspots.drop-off-rate' })))}
                  </ol>`
              : nothing}
            ${dontKnow.length
              ? html`<p>${msg('Hier kiezen de meeste mensen „Ik weet het niet”:', { id: 'monitor.hotspots.dont-know' })}</p>
                  <ol>
                    ${dontKnow.map((h) => item(h, (rate) => msg(str`${rate} weet het antwoord niet`, { id: 'monitor.hotspots.dont-know-rate' })))}
                  </ol>`
              : nothing}`
        : html`<p>${msg('In deze periode zagen te weinig mensen de vragen om iets te zeggen.', { id: 'monitor.hotspots.none' })}</p>`}
    </section>`;
  }

  private renderFigures(set: IndicatorSet): TemplateResult {
    const w = set.wegwijzer;
    const followed = w.referrals.reduce((n, r) => n + atLeast(r.followed), 0);
    const completion = share(w.completed, w.started);
    const figure = (label: string, value: Figure, note?: string) =>
      html`<div><dt>${label}</dt><dd>${this.figure(value)}${note ? html`<span class="note">${note}</span>` : nothing}</dd></div>`;
    return html`<dl class="figures">
      ${figure(msg('Wegwijzer gestart', { id: 'monitor.started' }), w.started)}
      ${figure(
        msg('Resultaat getoond', { id: 'monitor.completed' }),
        w.completed,
        completion === null ? undefined : msg(str`${formatPercent(completion, this.locale)} van wie startte`, { id: 'monitor.completion' }),
      )}
      ${figure(msg('Doorverwijzingen gevolgd', { id: 'monitor.referrals-followed' }), followed)}
      ${figure(
        msg('Rekening getoond', { id: 'monitor.wallet-shown' }),
        set.wallet.shown,
        set.wallet.errorRate === null ? undefined : msg(str`${formatPercent(set.wallet.errorRate, this.locale)} met een fout`, { id: 'monitor.error-rate' }),
      )}
      ${figure(msg('Aanvraaglinks gevolgd', { id: 'monitor.apply-followed' }), set.wallet.applyFollowed.reduce((n, a) => n + atLeast(a.count), 0))}
      ${figure(msg('Opnieuw begonnen', { id: 'monitor.restarted' }), w.restarted)}
      ${figure(msg('Opleidingsbadge opengeklapt', { id: 'monitor.badge-expanded' }), set.badge.expanded)}
      ${figure(msg('Van de badge naar de Wegwijzer', { id: 'monitor.badge-wegwijzer' }), set.badge.wegwijzerFollowed)}
    </dl>`;
  }

  private renderFunnel(set: IndicatorSet, level: number): TemplateResult {
    const steps = funnelSteps(set);
    const name = (step: (typeof steps)[number]['step']) =>
      step === 'started'
        ? msg('Gestart', { id: 'monitor.funnel.started' })
        : step === 'completed'
          ? msg('Resultaat', { id: 'monitor.funnel.completed' })
          : msg(str`Vraag ${step}`, { id: 'monitor.funnel.question' });
    const ofStarted = (f: Figure) => share(f, set.wegwijzer.started);
    const columns: TableColumn<(typeof steps)[number]>[] = [
      { label: msg('Stap', { id: 'monitor.col.step' }), value: (s) => name(s.step) },
      { label: msg('Aantal', { id: 'monitor.col.count' }), value: (s) => s.reached, format: (s) => this.figure(s.reached), numeric: true },
      { label: msg('Van wie startte', { id: 'monitor.col.of-started' }), value: (s) => ofStarted(s.reached), format: (s) => this.rate(ofStarted(s.reached)), numeric: true },
    ];
    const title = msg('Van start tot resultaat', { id: 'monitor.funnel' });
    return html`<section>
      ${heading(level, title, { id: 'funnel-title' })}
      <p>${msg('Hoeveel mensen elke vraag bereikten. Het aantal vragen hangt af van de antwoorden.', { id: 'monitor.funnel.intro' })}</p>
      ${barChart({
        label: msg(str`${title}: staafdiagram, de cijfers staan in de tabel eronder`, { id: 'monitor.chart-label' }),
        series: [{ name: title }],
        rows: steps.map((s) => ({ label: name(s.step), values: [{ value: atLeast(s.reached), text: this.figureText(s.reached) }] })),
      })}
      ${this.table('funnel', title, columns, steps)}
    </section>`;
  }

  private renderQuestions(questions: Questions, level: number): TemplateResult {
    type Row = Questions[number];
    const byDropOff = [...questions].sort((a, b) => (b.dropOffRate ?? 0) - (a.dropOffRate ?? 0));
    const dropOffName = msg('Stopt bij deze vraag', { id: 'monitor.col.drop-off-rate' });
    const dontKnowName = msg('Kiest „Ik weet het niet”', { id: 'monitor.col.dont-know-rate' });
    const columns: TableColumn<Row>[] = [
      { label: msg('Vraag', { id: 'monitor.col.question' }), value: (q) => q.question, format: (q) => html`${this.questionText(q.question)} <span class="key">(${q.question})</span>` },
      { label: msg('Getoond', { id: 'monitor.col.shown' }), value: (q) => q.shown, format: (q) => this.figure(q.shown), numeric: true },
      { label: msg('Beantwoord', { id: 'monitor.col.answered' }), value: (q) => q.answered, format: (q) => this.figure(q.answered), numeric: true },
      { label: msg('„Ik weet het niet”', { id: 'monitor.col.dont-know' }), value: (q) => q.dontKnow, format: (q) => this.figure(q.dontKnow), numeric: true },
      { label: msg('Vorige', { id: 'monitor.col.back' }), value: (q) => q.back, format: (q) => this.figure(q.back), numeric: true },
      { label: msg('Gewijzigd', { id: 'monitor.col.edited' }), value: (q) => q.edited, format: (q) => this.figure(q.edited), numeric: true },
      { label: dropOffName, value: (q) => q.dropOffRate, format: (q) => this.rate(q.dropOffRate), numeric: true },
      { label: dontKnowName, value: (q) => q.dontKnowRate, format: (q) => this.rate(q.dontKnowRate), numeric: true },
    ];
    const title = msg('Afhaken en „Ik weet het niet” per vraag', { id: 'monitor.questions' });
    const rateText = (r: number | null) => (r === null ? '–' : formatPercent(r, this.locale));
    return html`<section>
      ${heading(level, title, { id: 'questions-title' })}
      <p>${msg('Per vraag: wie ze zag en niet verder ging, en wie „Ik weet het niet” koos. Bovenaan de vraag waar de meeste mensen stoppen.', { id: 'monitor.questions.intro' })}</p>
      ${barChart({
        label: msg(str`${title}: staafdiagram, de cijfers staan in de tabel eronder`, { id: 'monitor.chart-label' }),
        series: [{ name: dropOffName }, { name: dontKnowName }],
        rows: byDropOff.map((q) => ({
          label: this.questionText(q.question),
          values: [
            { value: q.dropOffRate ?? 0, text: rateText(q.dropOffRate) },
            { value: q.dontKnowRate ?? 0, text: rateText(q.dontKnowRate) },
          ],
        })),
      })}
      ${this.table('questions', title, columns, byDropOff)}
    </section>`;
  }

  private renderOutcomes(outcomes: Outcomes, catalogue: Catalogue, level: number): TemplateResult {
    type Row = Outcomes[number];
    const columns: TableColumn<Row>[] = [
      { label: msg('Steunmaatregel', { id: 'monitor.col.incentive' }), value: (o) => o.incentive, format: (o) => this.entryName(catalogue, o.incentive) },
      { label: msg('Recht', { id: 'monitor.col.eligible' }), value: (o) => o.eligible, format: (o) => this.figure(o.eligible), numeric: true },
      { label: msg('Misschien', { id: 'monitor.col.unknown' }), value: (o) => o.unknown, format: (o) => this.figure(o.unknown), numeric: true },
      { label: msg('Aandeel recht', { id: 'monitor.col.eligible-share' }), value: (o) => o.eligibleShare, format: (o) => this.rate(o.eligibleShare), numeric: true },
      { label: msg('Aandeel misschien', { id: 'monitor.col.unknown-share' }), value: (o) => o.unknownShare, format: (o) => this.rate(o.unknownShare), numeric: true },
      { label: msg('Aandeel geen recht', { id: 'monitor.col.not-eligible-share' }), value: (o) => o.notEligibleShare, format: (o) => this.rate(o.notEligibleShare), numeric: true },
    ];
    const title = msg('Uitkomst per steunmaatregel', { id: 'monitor.outcomes' });
    return html`<section>
      ${heading(level, title, { id: 'outcomes-title' })}
      <p>${msg('Van wie het resultaat zag: hoeveel er recht op hadden, misschien, of niet.', { id: 'monitor.outcomes.intro' })}</p>
      ${this.table('outcomes', title, columns, outcomes)}
    </section>`;
  }

  private renderReferrals(referrals: Referrals, catalogue: Catalogue, level: number): TemplateResult {
    type Row = Referrals[number];
    const columns: TableColumn<Row>[] = [
      { label: msg('Doorverwijzing', { id: 'monitor.col.referral' }), value: (r) => r.referral, format: (r) => this.entryName(catalogue, r.referral) },
      { label: msg('Getoond', { id: 'monitor.col.shown' }), value: (r) => r.shown, format: (r) => this.figure(r.shown), numeric: true },
      { label: msg('Gevolgd', { id: 'monitor.col.followed' }), value: (r) => r.followed, format: (r) => this.figure(r.followed), numeric: true },
      { label: msg('Aandeel gevolgd', { id: 'monitor.col.followed-share' }), value: (r) => r.followedRate, format: (r) => this.rate(r.followedRate), numeric: true },
    ];
    const title = msg('Doorverwijzingen', { id: 'monitor.referrals' });
    return html`<section>
      ${heading(level, title, { id: 'referrals-title' })}
      ${this.table('referrals', title, columns, referrals)}
    </section>`;
  }

  private renderWallet(set: IndicatorSet, catalogue: Catalogue, level: number): TemplateResult {
    const stateColumns: TableColumn<States[number]>[] = [
      { label: msg('Wat de rekening toonde', { id: 'monitor.col.state' }), value: (s) => s.state, format: (s) => this.stateName(s.state) },
      { label: msg('Aantal', { id: 'monitor.col.count' }), value: (s) => s.count, format: (s) => this.figure(s.count), numeric: true },
      { label: msg('Aandeel', { id: 'monitor.col.share' }), value: (s) => s.share, format: (s) => this.rate(s.share), numeric: true },
    ];
    const ids = [...new Set([...set.wallet.howToOpened, ...set.wallet.historyOpened, ...set.wallet.applyFollowed].map((c) => c.incentive))].sort();
    const count = (list: typeof set.wallet.howToOpened, id: string): Figure => list.find((c) => c.incentive === id)?.count ?? 0;
    const cardColumns: TableColumn<string>[] = [
      { label: msg('Steunmaatregel', { id: 'monitor.col.incentive' }), value: (id) => id, format: (id) => this.entryName(catalogue, id) },
      { label: msg('„Zo gebruik je het” geopend', { id: 'monitor.col.how-to' }), value: (id) => count(set.wallet.howToOpened, id), format: (id) => this.figure(count(set.wallet.howToOpened, id)), numeric: true },
      { label: msg('Geschiedenis geopend', { id: 'monitor.col.history' }), value: (id) => count(set.wallet.historyOpened, id), format: (id) => this.figure(count(set.wallet.historyOpened, id)), numeric: true },
      { label: msg('Aanvraaglink gevolgd', { id: 'monitor.col.apply' }), value: (id) => count(set.wallet.applyFollowed, id), format: (id) => this.figure(count(set.wallet.applyFollowed, id)), numeric: true },
    ];
    const title = msg('De rekening', { id: 'monitor.wallet' });
    return html`<section>
      ${heading(level, title, { id: 'wallet-title' })}
      ${this.table('wallet-states', msg('Wat de rekening toonde', { id: 'monitor.wallet-states' }), stateColumns, set.wallet.states)}
      ${this.table('wallet-cards', msg('Per steunmaatregel in de rekening', { id: 'monitor.wallet-cards' }), cardColumns, ids)}
    </section>`;
  }

  private renderWeeks(weeks: readonly WeekTrend[], level: number): TemplateResult {
    const figureColumn = (label: string, pick: (w: WeekTrend) => Figure): TableColumn<WeekTrend> => ({ label, value: pick, format: (w) => this.figure(pick(w)), numeric: true });
    const columns: TableColumn<WeekTrend>[] = [
      { label: msg('Week', { id: 'monitor.col.week' }), value: (w) => w.week, format: (w) => html`${w.week} <span class="key">(${formatDate(w.start, this.locale)})</span>` },
      { label: msg('Website', { id: 'monitor.host' }), value: (w) => w.host },
      figureColumn(msg('Gestart', { id: 'monitor.funnel.started' }), (w) => w.started),
      figureColumn(msg('Resultaat', { id: 'monitor.funnel.completed' }), (w) => w.completed),
      figureColumn(msg('Doorverwijzingen gevolgd', { id: 'monitor.referrals-followed' }), (w) => w.referralsFollowed),
      figureColumn(msg('Rekening getoond', { id: 'monitor.wallet-shown' }), (w) => w.walletShown),
      figureColumn(msg('Rekening met een fout', { id: 'monitor.col.wallet-errors' }), (w) => w.walletErrors),
      figureColumn(msg('Aanvraaglinks gevolgd', { id: 'monitor.apply-followed' }), (w) => w.applyFollowed),
      figureColumn(msg('Opleidingsbadge opengeklapt', { id: 'monitor.badge-expanded' }), (w) => w.badgeExpanded),
    ];
    const title = msg('Per week en per website', { id: 'monitor.weeks' });
    return html`<section>
      ${heading(level, title, { id: 'weeks-title' })}
      ${this.table('weeks', title, columns, weeks)}
    </section>`;
  }

  // ---------------------------------------------------------------- render: pieces

  /** A table and its CSV download (the same columns, so the file holds what the table shows). */
  private table<Row>(name: string, caption: string, columns: readonly TableColumn<Row>[], rows: readonly Row[]): TemplateResult {
    return html`${dataTable(caption, columns, rows)}
      <p class="csv">
        <button type="button" class="button-secondary" @click=${() => this.download(name, toCsv(columns, rows))}>
          ${msg('Download als CSV', { id: 'monitor.csv' })}<span class="visually-hidden">: ${caption}</span>
        </button>
      </p>`;
  }

  /** A figure as read: "1.234", "<10" (fewer than 10, withheld), "1.490+" (at least 1.490). */
  private figure(value: Figure): TemplateResult | string {
    if (typeof value === 'number') return formatNumber(value, this.locale);
    const n = Number(value.replace(/[<+]/g, ''));
    if (value.startsWith('<')) {
      return html`<span aria-hidden="true">&lt;${formatNumber(n, this.locale)}</span><span class="visually-hidden">${msg(str`minder dan ${n}`, { id: 'monitor.fewer-than' })}</span>`;
    }
    return html`<span aria-hidden="true">${formatNumber(n, this.locale)}+</span><span class="visually-hidden">${msg(str`minstens ${formatNumber(n, this.locale)}`, { id: 'monitor.at-least' })}</span>`;
  }

  /** The same in plain text (for the chart). */
  private figureText(value: Figure): string {
    if (typeof value === 'number') return formatNumber(value, this.locale);
    const n = formatNumber(Number(value.replace(/[<+]/g, '')), this.locale);
    return value.startsWith('<') ? `<${n}` : `${n}+`;
  }

  private rate(value: number | null): TemplateResult | string {
    return value === null ? html`<span aria-hidden="true">–</span><span class="visually-hidden">${msg('onbekend', { id: 'monitor.unknown' })}</span>` : formatPercent(value, this.locale);
  }

  /** The question as the citizen read it (the key when it is not one of ours). */
  private questionText(key: string): string {
    return isAnswerKey(key) ? (getQuestion(key)?.text[this.locale] ?? key) : key;
  }

  private entryName(catalogue: Catalogue, id: string): string {
    const entry = catalogue.incentives.find((i) => i.id === id) ?? catalogue.referrals.find((r) => r.id === id);
    return entry ? pick(entry.name, this.locale) : id;
  }

  private stateName(state: WalletState): string {
    switch (state) {
      case 'loaded':
        return msg('Rechten getoond', { id: 'monitor.state.loaded' });
      case 'no-rights':
        return msg('Geen rechten gevonden', { id: 'monitor.state.no-rights' });
      case 'partial':
        return msg('Een bron antwoordde niet (deels getoond)', { id: 'monitor.state.partial' });
      case 'login':
        return msg('Gevraagd om aan te melden', { id: 'monitor.state.login' });
      default:
        return msg(str`Fout: ${state.slice('error-'.length)}`, { id: 'monitor.state.error' });
    }
  }
}
