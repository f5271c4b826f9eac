import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { LlrElement } from '../../shared/llr-element';
import { ApiData, initialState } from '../../shared/controllers/api-data';
import { UsageSignals } from '../../shared/controllers/usage-signals';
import { hostUrl, httpsUrl } from '../../shared/safe-url';
import { onDemand } from '../../shared/on-demand';
import { newWindowLink } from '../../shared/links';
import { loadingLabel } from '../../shared/messages';
import { formatList } from '../../shared/format';
import { errorKind, type ApiErrorKind, type Training, type Wallet } from '../../api';
import { formatAmount } from '../../domain/text';
import { dateOrToday } from '../../domain/dates';
import type { LocalText, RuleSet } from '../../domain/rule-set-schema';
import { styles } from './training-incentives.styles';
import type { AnonymousView, CourseFacts, PersonalView } from './training-incentives.outlook';

/**
 * The course outlook and the net cost (training-incentives.outlook.ts, with the domain code they run on): loaded
 * in parallel with the course and the rule set, as the badge can say nothing without them.
 */
type Outlook = typeof import('./training-incentives.outlook');
const outlook = onDemand('llr-training-incentives: its rules', () => import('./training-incentives.outlook'));

/** What went wrong, without personal data. `source` says which call failed. */
export interface TrainingIncentivesErrorDetail {
  kind: ApiErrorKind;
  /**
   * `training`: the course could not be fetched (the badge is quiet or hidden); `rule-set`: the rule set in force
   * could not be fetched (quiet or hidden as well; for the wallet's reference date only: the anonymous view);
   * `wallet`: the personal view fell back to the anonymous one.
   */
  source: 'training' | 'rule-set' | 'wallet';
  /** The `training-id` the badge was given, if any. */
  trainingId?: string;
}

/** The citizen opened or closed the explanation. */
export interface TrainingIncentivesToggleDetail {
  open: boolean;
  trainingId?: string;
}

/** The events of <llr-training-incentives>. */
export interface LlrTrainingIncentivesEventMap {
  /** The course (or the wallet) could not be fetched. Bubbles and is composed. */
  'llr-training-incentives-error': CustomEvent<TrainingIncentivesErrorDetail>;
  /** The citizen expanded or collapsed the "why". */
  'llr-training-incentives-toggle': CustomEvent<TrainingIncentivesToggleDetail>;
}

declare global {
  interface GlobalEventHandlersEventMap extends LlrTrainingIncentivesEventMap {}
}

export type TrainingIncentivesOnError = 'quiet' | 'hidden';

/** Result of the wallet call: a wallet, or null for "anonymous" (none configured, 401/403, or an error). */
interface WalletResult {
  wallet: Wallet | null;
  /** The rule set in force on the wallet's reference date (set with `wallet`). */
  ruleSet?: RuleSet;
}

interface CourseResult {
  /** What was asked: the training id, or the direct facts. */
  key: string;
  facts: CourseFacts;
  training?: Training;
  /** The rule set in force on `referenceDate` (the badge's date), as the API serves it. */
  ruleSet: RuleSet;
  referenceDate: string;
  outlook: Outlook;
}

const SECTOR_FUND = 'sectorfonds';
const CAREER_GUIDANCE = 'loopbaanbegeleiding';

let uid = 0;

/** Decorative: the text always says the same. */
const MONEY_ICON = html`<span class="icon" aria-hidden="true">€</span>`;
const TIME_ICON = html`<span class="icon time" aria-hidden="true">⏱</span>`;
const INFO_ICON = html`<span class="icon info" aria-hidden="true">i</span>`;

/**
 * The personal explanation's <llr-incentive-card>s: loaded when a citizen opens it (each card renders once the
 * tag is defined). Offline, the explanation keeps its sentences; the cards come with a later open.
 */
const loadCard = (): Promise<unknown> => import('../incentive-card/define').catch(() => undefined);

const courseKey = (id: string, facts: CourseFacts): string => (id ? `id:${id}` : `facts:${JSON.stringify(facts)}`);

const validNumber = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;

/**
 * Shows, next to a course, which incentives it can open. Anonymous (default): one compact line, e.g.
 * "Opleidingscheques en Vlaams opleidingsverlof mogelijk." that expands to the conditions, with a link to
 * the Wegwijzer. Personal (when the host configures a token or cookie session and the wallet call succeeds):
 * the net cost ("Jij betaalt € 150 in plaats van € 275") and the usable hours of paid training leave, with the
 * why one click away. A course that opens nothing gets a neutral, helpful line. When the API cannot be
 * reached the badge is quiet (`on-error="quiet"`, default) or renders nothing (`on-error="hidden"`), and fires
 * `llr-training-incentives-error`.
 *
 * Give either `training-id` (fetched from the API) or the course's facts as attributes. The rule set in force is
 * fetched from the API (`/rule-sets/current`, one request page-wide for every badge and the Wegwijzer), never
 * bundled. Every number comes from src/domain (`courseOutlook`, `netCost`); the element computes nothing itself.
 *
 * @tag llr-training-incentives
 * @fires {CustomEvent<TrainingIncentivesErrorDetail>} llr-training-incentives-error - the course (source "training"), the rule set (source "rule-set") or the wallet (source "wallet") could not be fetched
 * @fires {CustomEvent<TrainingIncentivesToggleDetail>} llr-training-incentives-toggle - the citizen expanded or collapsed the explanation
 * @csspart badge - the outer box (one line, expands)
 * @csspart toggle - the button that expands the explanation
 * @csspart link - the link to the Wegwijzer or the wallet on the line
 * @csspart details - the explanation panel
 * @cssprop --llr-training-line-height - the reserved height of the line (default 3em)
 * @cssprop --llr-training-background - background of the badge
 * @cssprop --llr-training-border-color - border of the badge
 */
@localized()
export class LlrTrainingIncentives extends LlrElement {
  static override styles = styles;

  /** Id of the course in the training database; the course is fetched from the API. */
  @property({ attribute: 'training-id', reflect: true }) trainingId = '';
  /** The course is in the Flemish training database (used when there is no `training-id`). */
  @property({ type: Boolean }) registered?: boolean;
  /** Contact hours per school year (used when there is no `training-id`). */
  @property({ attribute: 'contact-hours', type: Number }) contactHours?: number;
  /** Course cost in euro (used when there is no `training-id`). */
  @property({ type: Number }) cost?: number;
  /** A graduaat or bachelor programme (used when there is no `training-id`). */
  @property({ attribute: 'higher-education', type: Boolean }) higherEducation?: boolean;
  /** Basic skills, NT2, secondary diploma, … (used when there is no `training-id`). */
  @property({ attribute: 'basic-skills', type: Boolean }) basicSkills?: boolean;
  /** The employer pays or requested the course (optional). */
  @property({ attribute: 'employer-paid', type: Boolean }) employerPaid?: boolean;
  /** When the API cannot be reached: a quiet line (default) or nothing at all. */
  @property({ attribute: 'on-error' }) onError: TrainingIncentivesOnError = 'quiet';
  /** The date the rules are applied on (YYYY-MM-DD), e.g. a course's start date; today by default. */
  @property({ attribute: 'reference-date' }) referenceDate = '';
  /** Heading level of the incentive cards inside the explanation (1–6, default 3). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;
  /**
   * Send anonymous usage signals (expanded, Wegwijzer link followed) to the API, with the host's `usage-host`
   * (on the element, the provider or the embed script). Off by default.
   */
  @property({ attribute: 'usage-events', type: Boolean }) usageEvents = false;

  @state() private open = false;

  private readonly panelId = `llr-ti-why-${++uid}`;

  private readonly course = new ApiData(this, {
    args: () => [this.trainingId, this.config.apiBase, this.directFacts(), this.date] as const,
    argsEqual: ([a, b, c, d], [x, y, z, w]) => a === x && b === y && d === w && courseKey('', c) === courseKey('', z),
    // While the same course is fetched again, the badge keeps showing it.
    key: ([id, , direct]) => courseKey(id, direct),
    task: async ([id, , direct, referenceDate], signal): Promise<CourseResult | typeof initialState> => {
      const key = courseKey(id, direct);
      if (!id && Object.keys(direct).length === 0) return initialState;
      // The course, the rule set in force and the code that applies it, in parallel. A failed course is reported
      // before a failed rule set.
      const ruleSetRequest = this.ruleSetOn(referenceDate);
      const code = outlook.load();
      code.catch(() => {}); // awaited below; a failed course is reported first
      let facts = direct;
      let training: Training | undefined;
      if (id) {
        try {
          training = await this.api.getTraining(id, signal);
        } catch (error) {
          this.reportError(error, 'training');
          throw error;
        }
        facts = {
          registered: training.registered,
          contactHours: training.contactHours,
          cost: training.cost,
          higherEducation: training.higherEducation,
          basicSkills: training.basicSkills,
        };
      }
      try {
        const [ruleSet, loaded] = await Promise.all([ruleSetRequest, code]);
        return { key, facts, ruleSet, referenceDate, outlook: loaded, ...(training ? { training } : {}) };
      } catch (error) {
        // The rules could not be had: the rule set, or the code that applies it.
        this.reportError(error, 'rule-set');
        throw error;
      }
    },
  });

  private readonly wallet = new ApiData(this, {
    args: () => {
      const c = this.config;
      const personal = !!c.getToken || !!c.credentials;
      return [personal, c.apiBase, c.getToken, c.credentials, this.locale, this.date] as const;
    },
    // Whose wallet it is (the host's token function): never one login's wallet under another.
    key: ([, , getToken]) => getToken,
    task: async ([personal, , , , , date], signal): Promise<WalletResult> => {
      if (!personal) return { wallet: null };
      let wallet: Wallet;
      try {
        wallet = await this.api.getWallet(signal);
      } catch (error) {
        if (errorKind(error) === 'aborted') throw error;
        // Not logged in (or not allowed): the anonymous view, silently. Anything else: anonymous, and say so.
        if (errorKind(error) !== 'unauthorized' && errorKind(error) !== 'forbidden') this.reportError(error, 'wallet');
        return { wallet: null };
      }
      // The net cost is computed on the wallet's reference date: usually the badge's date (today), whose rule set the
      // course task fetches already (the same request). An earlier date keeps that rule set when it was in force then.
      let badges: RuleSet | undefined;
      if (wallet.referenceDate <= date) badges = await this.ruleSetOn(date).catch(() => undefined);
      if (badges && (wallet.referenceDate === date || badges.effectiveFrom <= wallet.referenceDate)) return { wallet, ruleSet: badges };
      if (wallet.referenceDate === date) return { wallet: null }; // reported by the course task
      try {
        return { wallet, ruleSet: await this.ruleSetOn(wallet.referenceDate) };
      } catch (error) {
        this.reportError(error, 'rule-set');
        return { wallet: null };
      }
    },
  });

  private readonly signals = new UsageSignals(this, () => ({ enabled: this.usageEvents, host: this.config.usageHost, api: this.api }));

  /** Rule-set requests by API base and date: every task of this badge asks once; the client shares them page-wide. */
  private readonly ruleSets = new Map<string, Promise<RuleSet>>();

  /**
   * Aborted when the badge leaves the page (a single-page app unmounts it): its rule-set requests go with it. The
   * client cancels a request shared page-wide only when no caller is left.
   */
  private lifetime = new AbortController();

  override connectedCallback(): void {
    if (this.lifetime.signal.aborted) this.lifetime = new AbortController();
    super.connectedCallback();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.lifetime.abort();
    this.ruleSets.clear();
  }

  /**
   * The rule set in force on `date`, from the API (validated by the domain's schema). Tied to the badge's lifetime,
   * not to a task's abort signal: the answer serves both tasks and later runs. A failure is forgotten, so the next
   * run asks again.
   */
  private ruleSetOn(date: string): Promise<RuleSet> {
    const key = `${this.config.apiBase} ${date}`;
    let request = this.ruleSets.get(key);
    if (!request) {
      if (this.ruleSets.size >= 4) this.ruleSets.clear();
      request = this.api.getCurrentRuleSet(date, this.lifetime.signal);
      this.ruleSets.set(key, request);
      request.catch(() => this.ruleSets.get(key) === request && this.ruleSets.delete(key));
    }
    return request;
  }

  /** The reference date in use: the attribute when it is a real date, else today. */
  private get date(): string {
    return dateOrToday(this.referenceDate);
  }

  /** The course facts given as attributes (undefined facts are unknown, never a default). */
  private directFacts(): CourseFacts {
    const facts: Record<string, boolean | number> = {};
    if (this.registered !== undefined) facts.registered = this.registered;
    if (this.higherEducation !== undefined) facts.higherEducation = this.higherEducation;
    if (this.basicSkills !== undefined) facts.basicSkills = this.basicSkills;
    if (this.employerPaid !== undefined) facts.employerPaid = this.employerPaid;
    const hours = validNumber(this.contactHours);
    if (hours !== undefined) facts.contactHours = Math.min(hours, 5000);
    const cost = validNumber(this.cost);
    if (cost !== undefined) facts.cost = Math.min(cost, 1_000_000);
    return facts as CourseFacts;
  }

  private reportError(error: unknown, source: TrainingIncentivesErrorDetail['source']): void {
    const kind = errorKind(error);
    if (kind === 'aborted') return;
    const detail: TrainingIncentivesErrorDetail = { kind, source };
    if (this.trainingId) detail.trainingId = this.trainingId;
    this.emit('llr-training-incentives-error', detail);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.open) void loadCard();
  }

  private toggle(): void {
    this.open = !this.open;
    if (this.open) this.signals.send({ type: 'badge-expanded' });
    const detail: TrainingIncentivesToggleDetail = { open: this.open };
    if (this.trainingId) detail.trainingId = this.trainingId;
    this.emit('llr-training-incentives-toggle', detail);
  }

  private onWegwijzerClick(): void {
    this.signals.send({ type: 'badge-wegwijzer-followed' });
  }

  /** Has the host given anything to show? */
  private get hasCourse(): boolean {
    return !!this.trainingId || Object.keys(this.directFacts()).length > 0;
  }

  protected override render() {
    if (!this.hasCourse) return nothing;
    const course = this.currentCourse();
    if (course === 'error') return this.renderQuiet();
    const personal = this.currentWallet();
    if (!course || personal === undefined) return this.renderLoading();
    if (personal?.wallet && personal.ruleSet) {
      const view = course.outlook.personalView(course.facts, personal.ruleSet, personal.wallet);
      if (view.priceKnown || view.hoursKnown) return this.renderPersonal(view, course.outlook.personalHasNews(view));
    }
    return this.renderAnonymous(course.outlook.anonymousView(course.facts, course.ruleSet, course.referenceDate));
  }

  /** The course to show: the finished one, or the last one for the same course while it is fetched again. */
  private currentCourse(): CourseResult | 'error' | undefined {
    return this.course.status === 'error' ? 'error' : this.course.value;
  }

  /** The wallet with its rule set (null: anonymous), or undefined while the first answer for this login is awaited. */
  private currentWallet(): WalletResult | null | undefined {
    if (this.wallet.status === 'error') return null;
    return this.wallet.value ?? (this.wallet.status === 'complete' ? null : undefined);
  }

  // ------------------------------------------------------------------ states

  private renderLoading(): TemplateResult {
    return html`<div class="badge loading" part="badge" aria-busy="true" lang=${this.locale}>
      <span class="visually-hidden">${loadingLabel()}</span>
      <span class="skeleton skeleton-line" aria-hidden="true"></span>
    </div>`;
  }

  private renderQuiet(): TemplateResult | typeof nothing {
    if (this.onError === 'hidden') return nothing;
    const wegwijzer = hostUrl(this.config.wegwijzerUrl);
    return html`<div class="badge quiet" part="badge" lang=${this.locale}>
      <div class="line">
        ${INFO_ICON}
        <p class="text">${msg('Premies voor deze opleiding kunnen we nu niet tonen.', { id: 'training.quiet' })}</p>
        ${wegwijzer
          ? html`<a class="more" part="link" href=${wegwijzer} @click=${this.onWegwijzerClick}>${msg('Naar de Wegwijzer', { id: 'training.to-wegwijzer' })}<span aria-hidden="true">&nbsp;→</span></a>`
          : nothing}
      </div>
    </div>`;
  }

  private renderAnonymous(view: AnonymousView): TemplateResult {
    const lang = this.locale;
    const wegwijzer = hostUrl(this.config.wegwijzerUrl);
    if (view.opens.length === 0) return this.renderNothing(view);
    const names = this.list(view.opens.map((o) => o.name[lang]));
    const summary = msg(str`${names} mogelijk.`, { id: 'training.possible' });
    const pillars = new Set(view.opens.map((o) => o.pillar));
    return html`<div class="badge anonymous" part="badge" lang=${lang}>
      <div class="line">
        ${this.renderToggle(this.pillarIcon(pillars), html`<span class="summary">${summary}</span>`)}
        ${wegwijzer
          ? html`<a class="more" part="link" href=${wegwijzer} @click=${this.onWegwijzerClick}>${msg('Bekijk of jij recht hebt', { id: 'training.check' })}<span aria-hidden="true">&nbsp;→</span></a>`
          : nothing}
      </div>
      ${this.renderPanel(html`
        <ul>
          ${view.opens.map(
            (o) => html`<li>
              <span class="pillar ${o.pillar}">${this.pillarLabel(o.pillar)}</span>
              <span class="name">${o.name[lang]}</span>
              <span class="condition">${o.scope[lang]}</span>
              ${o.conditions.length
                ? html`<span class="condition">${msg('Voorwaarden:', { id: 'training.conditions' })}</span>
                    <ul class="conditions">
                      ${o.conditions.map((c) => html`<li>${c[lang]}</li>`)}
                    </ul>`
                : nothing}
            </li>`,
          )}
        </ul>
        ${view.conditional.length ? this.renderConditional(view) : nothing}
      `)}
    </div>`;
  }

  /** A course that opens nothing: a neutral line, never an error look, with where else to look. */
  private renderNothing(view: AnonymousView): TemplateResult {
    const wegwijzer = hostUrl(this.config.wegwijzerUrl);
    return html`<div class="badge neutral" part="badge" lang=${this.locale}>
      <div class="line">
        ${this.renderToggle(
          INFO_ICON,
          html`<span class="summary">${msg('Geen Vlaamse opleidingspremie voor deze opleiding. Andere steun kan wel.', { id: 'training.nothing' })}</span>`,
        )}
        ${wegwijzer
          ? html`<a class="more" part="link" href=${wegwijzer} @click=${this.onWegwijzerClick}>${msg('Bekijk welke steun bij jou past', { id: 'training.find-support' })}<span aria-hidden="true">&nbsp;→</span></a>`
          : nothing}
      </div>
      ${this.renderPanel(html`
        ${view.conditional.length ? this.renderConditional(view) : nothing}
        ${this.renderOtherSupport(view, [SECTOR_FUND, CAREER_GUIDANCE])}
      `)}
    </div>`;
  }

  private renderConditional(view: AnonymousView): TemplateResult {
    const lang = this.locale;
    return html`<p>${msg('Soms kan het toch:', { id: 'training.conditional' })}</p>
      <ul>
        ${view.conditional.map(
          (c) => html`<li><span class="name">${c.name[lang]}</span><span class="condition">${c.condition[lang]}</span></li>`,
        )}
      </ul>`;
  }

  /** Referrals from the rule set (name and https link), with a short anonymous explanation for the usual two. */
  private renderOtherSupport(view: { ruleSet: AnonymousView['ruleSet'] }, ids: readonly string[], personal = false): TemplateResult | typeof nothing {
    const lang = this.locale;
    const items = ids
      .map((id) => view.ruleSet.referrals.find((r) => r.id === id))
      .filter((r): r is NonNullable<typeof r> => !!r)
      .map((r) => ({ id: r.id, name: r.name[lang], text: personal ? r.text[lang] : this.referralText(r.id, r.text), url: httpsUrl(r.url) }));
    if (items.length === 0) return nothing;
    return html`<p>${msg('Andere steun:', { id: 'training.other-support' })}</p>
      <ul>
        ${items.map(
          (r) => html`<li>
            ${r.url ? newWindowLink(r.url, r.name, { className: 'name' }) : html`<span class="name">${r.name}</span>`}
            <span class="condition">${r.text}</span>
          </li>`,
        )}
      </ul>`;
  }

  private referralText(id: string, fallback: LocalText): string {
    switch (id) {
      case SECTOR_FUND:
        return msg('Werk je in de privésector? Het opleidingsfonds van je sector biedt vaak gratis of goedkope opleidingen.', { id: 'training.referral.sector-fund' });
      case CAREER_GUIDANCE:
        return msg('Met loopbaanbegeleiding maak je een persoonlijk ontwikkelingsplan (POP). Staat een opleiding in je POP, dan kan je er vaak toch premies voor krijgen.', { id: 'training.referral.career-guidance' });
      default:
        return fallback[this.locale];
    }
  }

  /** `news`: something of the citizen's pays for this course (the domain's `personalHasNews`). */
  private renderPersonal(view: PersonalView, news: boolean): TemplateResult {
    const lang = this.locale;
    const { cost } = view;
    const rs = view.ruleSet;
    const walletUrl = hostUrl(this.config.walletUrl);
    const sentences: TemplateResult[] = [];
    if (view.priceKnown && cost.covered.length > 0) {
      const price = formatAmount(cost.price, 'EUR', lang);
      const pay = formatAmount(cost.youPay, 'EUR', lang);
      sentences.push(
        cost.youPay === 0
          ? html`<span class="summary">${msg(str`Jij betaalt niets in plaats van ${price}`, { id: 'training.pay-nothing' })}</span>`
          : html`<span class="summary">${msg(str`Jij betaalt ${pay} in plaats van ${price}`, { id: 'training.you-pay' })}</span>`,
      );
    }
    if (view.hoursKnown && cost.leaveHoursUsable > 0) {
      const usable = formatAmount(cost.leaveHoursUsable, 'hours', lang);
      const before = formatAmount(view.leaveHoursBefore, 'hours', lang);
      sentences.push(html`<span class="summary">${msg(str`Je kan ${usable} van je ${before} uur opleidingsverlof gebruiken`, { id: 'training.leave' })}</span>`);
    }
    const line = news
      ? html`${sentences.map((s, i) => (i === 0 ? s : html`<span class="sep" aria-hidden="true"> · </span>${s}`))}`
      : html`<span class="summary">${msg('Voor deze opleiding betaalt geen van jouw rechten mee.', { id: 'training.personal-nothing' })}</span>`;
    const name = (id: string) => rs.incentives.find((i) => i.id === id)?.name[lang] ?? id;
    const entitlementsShown = [...cost.covered.map((c) => c.incentive), ...(cost.leaveHoursUsable > 0 ? [rs.netCost.leave.incentive] : [])];
    const walletReferrals = view.wallet.referrals;
    return html`<div class=${news ? 'badge personal' : 'badge personal neutral'} part="badge" lang=${lang}>
      <div class="line">
        ${this.renderToggle(news ? MONEY_ICON : INFO_ICON, line)}
        ${walletUrl
          ? html`<a class="more" part="link" href=${walletUrl}>${msg('Jouw rekening', { id: 'training.your-account' })}<span aria-hidden="true">&nbsp;→</span></a>`
          : nothing}
      </div>
      ${this.renderPanel(html`
        ${cost.covered.length
          ? html`<ul>
              ${cost.covered.map(
                (c) => html`<li><span class="name">${msg(str`${name(c.incentive)}: ${formatAmount(c.amount, 'EUR', lang)}`, { id: 'training.covered' })}</span></li>`,
              )}
            </ul>`
          : nothing}
        ${cost.explanations
          .filter((key) => news || key !== 'nothing-covered')
          .map((key) => html`<p>${rs.netCost.explanations[key][lang]}</p>`)}
        ${this.open
          ? entitlementsShown.map((id) => {
              const ent = view.wallet.entitlements.find((e) => e.incentive === id && e.status !== 'expired');
              return ent
                ? html`<llr-incentive-card variant="compact" heading-level=${this.headingLevel} incentive-id=${id} .entitlement=${ent}></llr-incentive-card>`
                : nothing;
            })
          : nothing}
        ${!news && walletReferrals.length ? this.renderOtherSupport(view, walletReferrals, true) : nothing}
      `)}
    </div>`;
  }

  // ------------------------------------------------------------------ parts

  private renderToggle(icon: TemplateResult, content: TemplateResult): TemplateResult {
    return html`<button
      type="button"
      class="toggle"
      part="toggle"
      aria-expanded=${this.open ? 'true' : 'false'}
      aria-controls=${this.panelId}
      @click=${this.toggle}
    >
      <span class="chevron" aria-hidden="true"></span>${icon}<span class="label">${content}</span>
    </button>`;
  }

  private renderPanel(content: TemplateResult): TemplateResult {
    return html`<div class="why" id=${this.panelId} part="details" ?hidden=${!this.open}>${this.open ? content : nothing}</div>`;
  }

  private pillarIcon(pillars: ReadonlySet<string>): TemplateResult {
    return pillars.has('money') ? MONEY_ICON : TIME_ICON;
  }

  private pillarLabel(pillar: 'money' | 'time'): string {
    return pillar === 'money' ? msg('Geld', { id: 'training.pillar.money' }) : msg('Tijd', { id: 'training.pillar.time' });
  }

  private list(items: readonly string[]): string {
    return formatList(items, this.locale);
  }
}
