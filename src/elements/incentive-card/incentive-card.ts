import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { LlrElement } from '../../shared/llr-element';
import { ApiData, initialState } from '../../shared/controllers/api-data';
import { httpsUrl } from '../../shared/safe-url';
import { heading, headingLevel } from '../../shared/heading';
import { newWindowLink } from '../../shared/links';
import { errorMessage, loadingLabel, retryLabel } from '../../shared/messages';
import { formatAmount, formatDate, formatTimestampDate, localized as pick, localizedSteps, pillarLabel } from '../../shared/format';
import type { ApiErrorKind, CatalogueEntry, Entitlement, Incentive, Pillar } from '../../api';
import type { Lang } from '../../domain/lang';
import { styles } from './incentive-card.styles';

export type IncentiveCardVariant = 'full' | 'compact';

/** Detail of the card's events: which catalogue entry. Nothing about the person. */
export interface IncentiveCardDetail {
  /** The incentive's (or referral's) catalogue id. */
  incentive: string;
}

/** The events of <llr-incentive-card>. */
export interface LlrIncentiveCardEventMap {
  /** "Zo gebruik je het" (how to use it) was opened. */
  'llr-incentive-card-open': CustomEvent<IncentiveCardDetail>;
  /** The link to apply (a referral: to the organisation) was followed. */
  'llr-incentive-card-apply': CustomEvent<IncentiveCardDetail>;
}

declare global {
  interface GlobalEventHandlersEventMap extends LlrIncentiveCardEventMap {}
}

/** Decorative pillar icons: always next to a text label, never the only signal. */
const icon = (d: string) =>
  html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d=${d} fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"/></svg>`;
export const moneyIcon = icon('M12 2.5a9.5 9.5 0 1 0 0 19a9.5 9.5 0 1 0 0-19M15.5 8.6a4.2 4.2 0 1 0 0 6.8M7 11h6.5M7 13.2h6');
export const timeIcon = icon('M12 2.5a9.5 9.5 0 1 0 0 19a9.5 9.5 0 1 0 0-19M12 6.5V12l3.6 2.4');
export const referralIcon = icon('M4 12h13M12 6l6 6-6 6');

/**
 * One incentive (or referral) of the learning and career account: what it is, which pillar (money or time),
 * for a person what remains of what was granted in which period, how to use it, and where the number comes from.
 *
 * Give it data as properties (`incentive`, optionally `entitlement`), as the wallet, the Wegwijzer and the
 * course badge do, or let it fetch the catalogue entry with `incentive-id`.
 *
 * @tag llr-incentive-card
 * @fires {CustomEvent<IncentiveCardDetail>} llr-incentive-card-open - "Zo gebruik je het" was opened (`detail.incentive`: the catalogue id)
 * @fires {CustomEvent<IncentiveCardDetail>} llr-incentive-card-apply - the link to apply was followed (`detail.incentive`: the catalogue id)
 * @csspart card - the card's outer box
 * @csspart title - the incentive's name
 * @csspart meter - the balance meter (track)
 * @csspart apply-link - the link to the official page where you apply
 * @csspart details - the "Zo gebruik je het" (how to use it) disclosure
 */
@localized()
export class LlrIncentiveCard extends LlrElement {
  static override styles = styles;

  /** The catalogue entry to show (an incentive or a referral). When set, nothing is fetched. */
  @property({ attribute: false }) incentive?: CatalogueEntry;
  /** The person's entitlement for this incentive: balance, period, lapse date, source. */
  @property({ attribute: false }) entitlement?: Entitlement;
  /** Fetches this catalogue entry when `incentive` is not given. */
  @property({ attribute: 'incentive-id' }) incentiveId = '';
  /** `compact` for lists and badges: name, pillar, one line of balance; no steps or sources. */
  @property() variant: IncentiveCardVariant = 'full';
  /** Level of the card's heading (1–6). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;
  /** Set by the wallet when the source's last update is older than it accepts. */
  @property({ type: Boolean }) stale = false;

  // The catalogue is public and carries every language: only the id and the API matter, not the login or
  // the language, so a host that sets its token after the card appeared causes no second request.
  private readonly entry = new ApiData(this, {
    args: () => {
      const id = this.incentive ? '' : this.incentiveId || this.entitlement?.incentive || '';
      return [id, id ? this.config.apiBase : ''] as const;
    },
    task: async ([id, apiBase], signal) => (id && apiBase ? this.api.getIncentive(id, signal) : initialState),
    key: ([id, apiBase]) => `${apiBase} ${id}`,
  });

  /** The language of the current render. */
  private loc: Lang = 'nl';

  /** Fetches the entry again (after an error). */
  retry(): void {
    void this.entry.retry();
  }

  /**
   * The meter's fill is set through the CSSOM, not a style="" attribute: a host page with a strict
   * Content-Security-Policy (no 'unsafe-inline' styles) blocks style attributes but not CSSOM writes.
   */
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const fill = this.renderRoot.querySelector<HTMLElement>('.meter-fill');
    if (fill) fill.style.setProperty('inline-size', `${fill.dataset.percent}%`);
  }

  protected override render() {
    this.loc = this.locale; // resolved once per render (it walks the config and the DOM)
    const entry = this.incentive ?? this.entry.value;
    if (entry) return this.renderEntry(entry);
    switch (this.entry.status) {
      case 'error':
        return this.renderError(this.entry.errorKind ?? 'server');
      case 'pending':
        return this.renderSkeleton();
      default:
        // Nothing to show and nothing asked for: keep the reserved space only while an id is pending.
        return this.incentiveId || this.entitlement ? this.renderSkeleton() : nothing;
    }
  }

  private get compact(): boolean {
    return this.variant === 'compact';
  }

  /** Placeholder lines in the order and size of the loaded card, so nothing moves when data arrives. */
  private renderSkeleton(): TemplateResult {
    const withBalance = !!this.entitlement;
    return html`<div class="card loading ${this.compact ? 'compact' : ''}" part="card" aria-busy="true">
      <span class="visually-hidden" role="status">${loadingLabel()}</span>
      <div class="skeleton sk-pillar"></div>
      <div class="skeleton sk-title"></div>
      <div class="sk-lines sk-summary"></div>
      ${withBalance
        ? html`<div class="balance">
            <div class="skeleton sk-amount"></div>
            <div class="skeleton sk-meter"></div>
            <div class="sk-lines sk-period"></div>
          </div>`
        : nothing}
      ${withBalance && !this.compact ? html`<div class="sk-lines sk-facts"></div>` : nothing}
      ${this.compact ? html`<div class="sk-lines sk-link"></div>` : html`<div class="skeleton sk-details"></div>`}
    </div>`;
  }

  private renderError(kind: ApiErrorKind): TemplateResult {
    const notFound = kind === 'not-found';
    return html`<div class="card failed ${this.compact ? 'compact' : ''}" part="card">
      <p class="error-text" role="alert">${notFound ? msg('We vinden deze steunmaatregel niet.', { id: 'card.not-found' }) : errorMessage(kind)}</p>
      ${notFound ? nothing : html`<button type="button" class="button-secondary" @click=${() => this.retry()}>${retryLabel()}</button>`}
    </div>`;
  }

  private renderEntry(entry: CatalogueEntry): TemplateResult {
    const locale = this.loc;
    const level = headingLevel(this.headingLevel, 3);
    const pillar: Pillar | undefined = entry.kind === 'incentive' ? entry.pillar : undefined;
    const ent = entry.kind === 'incentive' ? this.entitlement : undefined;
    const variant = `${this.compact ? ' compact' : ''}${ent && ent.status !== 'active' ? ' inactive' : ''}`;
    return html`<article class="card ${pillar ?? 'referral'}${variant}" part="card" aria-labelledby="title" lang=${locale}>
      ${this.renderPillar(pillar, entry.provider)}
      ${heading(level, pick(entry.name, locale), { id: 'title', className: 'title', part: 'title' })}
      <p class="summary">${pick(entry.summary, locale)}</p>
      ${ent ? this.renderBalance(ent) : nothing}
      ${this.compact ? this.renderCompactLink(entry) : this.renderDetails(entry, ent)}
    </article>`;
  }

  private renderPillar(pillar: Pillar | undefined, provider: string): TemplateResult {
    const icon = pillar === 'money' ? moneyIcon : pillar === 'time' ? timeIcon : referralIcon;
    return html`<p class="pillar">
      <span class="pillar-label">${icon}<span>${pillarLabel(pillar)}</span></span>
      ${this.compact ? nothing : html`<span class="provider">${msg(str`Van ${provider}`, { id: 'card.provider' })}</span>`}
    </p>`;
  }

  private renderBalance(ent: Entitlement): TemplateResult {
    const locale = this.loc;
    const remaining = formatAmount(ent.remaining, ent.unit, locale);
    const granted = formatAmount(ent.granted, ent.unit, locale);
    const sentence = msg(str`Nog ${remaining} van ${granted}`, { id: 'card.remaining-of' });
    const max = Math.max(ent.granted, ent.remaining);
    const percent = max > 0 ? Math.round((ent.remaining / max) * 100) : 0;
    // "schooljaar 2026-2027, tot 31 augustus 2027"; a label that already names its end date stays as it is. A lot
    // carried over from an earlier period says so (it lives until its own lapse date, shown below).
    const end = ent.period.end ? formatDate(ent.period.end, locale) : '';
    const period = ent.carriedOver
      ? msg(str`Overgedragen uit ${ent.period.label}`, { id: 'card.period-carried-over' })
      : end && !ent.period.label.includes(end)
        ? msg(str`${ent.period.label}, tot ${end}`, { id: 'card.period-until' })
        : ent.period.label;
    return html`<div class="balance">
      <p class="amount" id="amount">${sentence}</p>
      ${max > 0
        ? html`<div class="meter" part="meter" role="meter" aria-labelledby="amount" aria-valuemin="0" aria-valuemax=${max} aria-valuenow=${ent.remaining} aria-valuetext=${msg(str`${remaining} over (${percent} %)`, { id: 'card.meter-text' })}>
            <div class="meter-fill" data-percent=${percent}></div>
          </div>`
        : nothing}
      ${this.renderStatus(ent)}
      <p class="period">${period}</p>
    </div>`;
  }

  private renderStatus(ent: Entitlement): TemplateResult | typeof nothing {
    if (ent.usable === false) return this.renderNotUsable(ent);
    const status =
      ent.status === 'used-up'
        ? msg('Helemaal gebruikt voor deze periode.', { id: 'card.status.used-up' })
        : ent.status === 'expired'
          ? msg('Deze periode is voorbij.', { id: 'card.status.expired' })
          : ent.status === 'pending'
            ? msg('Nog niet bevestigd: dit bedrag kan nog veranderen.', { id: 'card.status.pending' })
            : '';
    return status ? html`<p class="status">${status}</p>` : nothing;
  }

  /**
   * A balance that exists but cannot be used now (today's rules: only while you are entitled), with the rules' reasons
   * in plain words, e.g. "Het federale opleidingsrecht is alleen voor werknemers."
   */
  private renderNotUsable(ent: Entitlement): TemplateResult {
    const why = ent.notUsable;
    const lead =
      why?.outcome === 'unknown'
        ? msg('We weten nog niet of je dit nu kan gebruiken.', { id: 'card.not-usable.unknown' })
        : why?.outcome === 'not-offered'
          ? msg('Je kan dit nu niet gebruiken: deze steun bestaat niet meer.', { id: 'card.not-usable.not-offered' })
          : msg('Je kan dit nu niet gebruiken.', { id: 'card.not-usable' });
    return html`<div class="status not-usable">
      <p>${lead}</p>
      ${why?.reasons.length ? html`<ul>${why.reasons.map((r) => html`<li>${r}</li>`)}</ul>` : nothing}
    </div>`;
  }

  private renderLapse(ent: Entitlement): TemplateResult | typeof nothing {
    if (ent.status === 'expired' || ent.status === 'used-up') return nothing;
    const date = ent.lapsesOn ? formatDate(ent.lapsesOn, this.loc) : '';
    return html`<div><dt>${msg('Vervalt', { id: 'card.lapses-label' })}</dt><dd>${date
      ? msg(str`Op ${date}, als je het niet gebruikt.`, { id: 'card.lapses-on' })
      : msg('Niet: wat je niet gebruikt, blijft staan.', { id: 'card.no-lapse' })}</dd></div>`;
  }

  private renderDetails(entry: CatalogueEntry, ent: Entitlement | undefined): TemplateResult {
    const locale = this.loc;
    const steps = localizedSteps(entry.howToApply, locale);
    const [first, ...others] = entry.links.map((l) => ({ label: pick(l.label, locale), url: httpsUrl(l.url) })).filter((l) => l.url);
    const legal = entry.legalSource ? { title: entry.legalSource.title, url: httpsUrl(entry.legalSource.url) } : undefined;
    return html`${ent
        ? html`<dl class="facts">
            ${this.renderLapse(ent)}
            ${ent.cappedOff
              ? html`<div><dt>${msg('Plafond', { id: 'card.cap-label' })}</dt><dd>${msg(str`${formatAmount(ent.cappedOff, ent.unit, locale)} kon er niet meer bij: je spaarde al het maximum.`, { id: 'card.capped-off' })}</dd></div>`
              : nothing}
            <div>
              <dt>${msg('Bron', { id: 'card.source-label' })}</dt>
              <dd>${msg(str`${ent.dataSource.name}, bijgewerkt op ${formatTimestampDate(ent.dataSource.lastUpdated, locale)}`, { id: 'card.source-updated' })}
                ${this.stale ? html`<span class="stale-note">${msg('Deze gegevens zijn mogelijk niet meer actueel.', { id: 'card.stale' })}</span>` : nothing}</dd>
            </div>
          </dl>`
        : nothing}
      <details class="how" part="details" @toggle=${(e: Event) => (e.target as HTMLDetailsElement).open && this.emit('llr-incentive-card-open', { incentive: entry.id })}>
        <summary>${msg('Zo gebruik je het', { id: 'card.how-to' })}</summary>
        <ol class="steps">${steps.map((s) => html`<li>${s}</li>`)}</ol>
        ${first ? this.applyLink(entry, first.url!, first.label) : nothing}
        ${others.length ? html`<ul class="links">${others.map((l) => html`<li>${newWindowLink(l.url!, l.label)}</li>`)}</ul>` : nothing}
        ${legal
          ? html`<p class="legal">${msg('Regelgeving:', { id: 'card.legal-label' })}
              ${legal.url ? newWindowLink(legal.url, legal.title) : legal.title}</p>`
          : nothing}
      </details>`;
  }

  private renderCompactLink(entry: CatalogueEntry): TemplateResult | typeof nothing {
    const link = entry.links.map((l) => ({ label: pick(l.label, this.loc), url: httpsUrl(l.url) })).find((l) => l.url);
    return link ? this.applyLink(entry, link.url!, link.label) : nothing;
  }

  private applyLink(entry: CatalogueEntry, url: string, label: string): TemplateResult {
    const followed = () => this.emit('llr-incentive-card-apply', { incentive: entry.id });
    return html`<p class="apply">${newWindowLink(url, label, { part: 'apply-link', onClick: followed })}</p>`;
  }
}

/** Narrowing helper for hosts: is this catalogue entry an incentive (not a referral)? */
export const isIncentive = (entry: CatalogueEntry): entry is Incentive => entry.kind === 'incentive';
