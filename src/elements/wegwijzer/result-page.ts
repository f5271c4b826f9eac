/**
 * The result page's templates: which incentives apply (money and time), which may apply, where else to go, and
 * which do not, each with why. Loaded on demand with the engine (see wegwijzer.runtime.ts), so the element's
 * entry stays small; the element passes what it knows through `ResultHost`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { msg, str } from '@lit/localize';
import { hostUrl, httpsUrl } from '../../shared/safe-url';
import { helpLine } from '../../shared/messages';
import { heading } from '../../shared/heading';
import { newWindowLink } from '../../shared/links';
import type { Lang } from '../../domain/rule-set-schema';
import type { ReferralItem, ResultItem, ResultModel } from './result-view';

export interface ResultHost {
  /** The step heading level (1–6). */
  readonly level: number;
  readonly language: Lang;
  /** The host's wallet page (validated here: https only). */
  readonly walletUrl: string | undefined;
  /** "Wijzig je antwoorden": back to the summary. */
  back(): void;
  restart(): void;
}

export function renderResult(host: ResultHost, model: ResultModel): TemplateResult {
  const l = host.level;
  const sub = Math.min(6, l + 1);
  const subsub = Math.min(6, l + 2);
  const itemLevel = Math.min(6, l + 3);
  const applies = model.eligible.money.length + model.eligible.time.length;
  const wallet = hostUrl(host.walletUrl);
  const item = (i: ResultItem, level: number) => renderItem(host, i, level);
  const pillarTitle = (p: 'money' | 'time') =>
    p === 'money' ? msg('Geld voor je opleiding', { id: 'wegwijzer.pillar.money' }) : msg('Tijd om te leren', { id: 'wegwijzer.pillar.time' });
  return html`${heading(l, msg('Jouw resultaat', { id: 'wegwijzer.result.title' }), { id: 'step-heading', className: 'step-heading', focusable: true })}
    <p>
      ${applies > 1
        ? msg(str`Op basis van je antwoorden kan je ${applies} soorten steun krijgen.`, { id: 'wegwijzer.result.count' })
        : applies === 1
          ? msg('Op basis van je antwoorden kan je 1 soort steun krijgen.', { id: 'wegwijzer.result.count-one' })
          : msg('Op basis van je antwoorden kan je nu geen van deze Vlaamse steunmaatregelen krijgen. Hieronder lees je waarom, en waar je wel terecht kan.', { id: 'wegwijzer.result.none' })}
      ${msg('Dit is een eerste inschatting, geen beslissing.', { id: 'wegwijzer.result.estimate' })}
    </p>

    ${applies > 0
      ? html`<section class="result-section" aria-labelledby="applies">
          ${heading(sub, msg('Hier heb je recht op', { id: 'wegwijzer.result.applies' }), { id: 'applies' })}
          ${(['money', 'time'] as const).map((p) =>
            model.eligible[p].length
              ? html`<div class=${`pillar ${p}`}>
                  ${heading(subsub, pillarTitle(p), { className: 'pillar-title' })}
                  <ul class="items">
                    ${model.eligible[p].map((i) => item(i, itemLevel))}
                  </ul>
                </div>`
              : nothing,
          )}
        </section>`
      : nothing}
    ${model.unknown.length
      ? html`<section class="result-section" aria-labelledby="maybe">
          ${heading(sub, msg('Misschien heb je hier ook recht op', { id: 'wegwijzer.result.maybe' }), { id: 'maybe' })}
          <p>${msg('Daarvoor hebben we nog informatie nodig. Zoek het antwoord op en kijk dan opnieuw.', { id: 'wegwijzer.result.maybe-intro' })}</p>
          <ul class="items">
            ${model.unknown.map((i) => item(i, subsub))}
          </ul>
        </section>`
      : nothing}
    ${model.referrals.length
      ? html`<section class="result-section" aria-labelledby="referrals">
          ${heading(
            sub,
            applies > 0 ? msg('Hier kan je ook terecht', { id: 'wegwijzer.result.referrals' }) : msg('Hier kan je wel terecht', { id: 'wegwijzer.result.referrals-instead' }),
            { id: 'referrals' },
          )}
          <ul class="items">
            ${model.referrals.map((r) => renderReferral(host, r, subsub))}
          </ul>
        </section>`
      : nothing}
    ${model.notEligible.length
      ? html`<section class="result-section" aria-labelledby="not">
          ${heading(sub, msg('Hier heb je geen recht op', { id: 'wegwijzer.result.not' }), { id: 'not' })}
          <p>${msg('Bij elke steunmaatregel lees je waarom niet, en wat er zou veranderen.', { id: 'wegwijzer.result.not-intro' })}</p>
          <ul class="items">
            ${model.notEligible.map((i) => item(i, subsub))}
          </ul>
        </section>`
      : nothing}

    <section class="next-steps" aria-labelledby="next">
      ${heading(sub, msg('Wat nu?', { id: 'wegwijzer.result.next' }), { id: 'next' })}
      ${wallet
        ? html`<p>
            <a href=${wallet} part="wallet-link">${msg('Bekijk je leer- en loopbaanrekening op Mijn Burgerprofiel', { id: 'wegwijzer.result.wallet' })}</a>
            ${msg('Daar zie je, als je aangemeld bent, hoeveel je nog hebt.', { id: 'wegwijzer.result.wallet-hint' })}
          </p>`
        : nothing}
      <p>${helpLine('1700')}</p>
      <div class="actions">
        <button type="button" class="button-secondary" part="back" @click=${() => host.back()}>
          ${msg('Wijzig je antwoorden', { id: 'wegwijzer.result.edit' })}
        </button>
        <button type="button" class="button-secondary" @click=${() => host.restart()}>${msg('Opnieuw beginnen', { id: 'wegwijzer.restart' })}</button>
      </div>
      <p class="privacy">${msg('Opnieuw beginnen wist je antwoorden van dit toestel.', { id: 'wegwijzer.restart-hint' })}</p>
    </section>`;
}

function renderCard(host: ResultHost, item: { entry: ResultItem['entry'] | ReferralItem['entry']; name: string }, level: number): TemplateResult {
  if (item.entry && customElements.get('llr-incentive-card')) {
    return html`<llr-incentive-card .incentive=${item.entry} variant="compact" heading-level=${level} lang=${host.language}></llr-incentive-card>`;
  }
  const summary = item.entry?.summary[host.language];
  return html`${heading(level, item.name, { className: 'item-title' })} ${summary ? html`<p>${summary}</p>` : nothing}`;
}

function renderItem(host: ResultHost, item: ResultItem, level: number): TemplateResult {
  const cls = { item: true, [item.pillar]: true, maybe: item.outcome === 'unknown', no: item.outcome === 'not-eligible' };
  return html`<li class=${classMap(cls)} data-incentive=${item.id}>
    ${renderCard(host, item, level)}
    ${item.amount ? html`<p class="amount">${item.amount}</p>` : nothing}
    ${item.outcome === 'eligible' && item.scope
      ? html`<details class="scope">
          <summary>${msg('Meer uitleg over dit bedrag', { id: 'wegwijzer.result.scope' })}</summary>
          <div><p>${item.scope}</p></div>
        </details>`
      : nothing}
    ${item.reasons.length
      ? html`<p class="label">
            ${item.outcome === 'eligible' ? msg('Waarom wel?', { id: 'wegwijzer.result.why' }) : msg('Waarom niet?', { id: 'wegwijzer.result.why-not' })}
          </p>
          <ul class="why">
            ${item.reasons.map((r) => html`<li>${r}</li>`)}
          </ul>`
      : nothing}
    ${item.missing.length ? renderMissing(item) : nothing}
    ${item.wouldChange.length
      ? html`<p class="label">${msg('Wat zou er veranderen?', { id: 'wegwijzer.result.would-change' })}</p>
          ${item.wouldChange.map((t) => html`<p>${t}</p>`)}`
      : nothing}
  </li>`;
}

function renderMissing(item: ResultItem): TemplateResult {
  const questions = item.missing.flatMap((m) => m.questions);
  const unique = questions.filter((q, i) => questions.findIndex((x) => x.key === q.key) === i);
  const where = unique.filter((q) => q.whereToFind);
  return html`<p class="label">
      ${item.outcome === 'eligible'
        ? msg('Hoeveel je krijgt, hangt af van wat we nog niet weten:', { id: 'wegwijzer.result.amount-missing' })
        : msg('Wat we nog moeten weten:', { id: 'wegwijzer.result.missing' })}
    </p>
    <ul class="why">
      ${item.missing.filter((m) => m.text).map((m) => html`<li>${m.text}</li>`)}
      ${item.outcome === 'eligible' ? unique.map((q) => html`<li>${q.text}</li>`) : nothing}
    </ul>
    ${where.length
      ? html`<p class="label">${msg('Waar vind je dat?', { id: 'wegwijzer.result.where' })}</p>
          <ul class="why">
            ${where.map((q) => html`<li>${q.whereToFind}</li>`)}
          </ul>`
      : nothing}`;
}

function renderReferral(host: ResultHost, r: ReferralItem, level: number): TemplateResult {
  const url = httpsUrl(r.url);
  return html`<li class="item referral" data-referral=${r.id}>
    ${renderCard(host, r, level)}
    ${r.why
      ? html`<p class="label">${msg('Waarom voor jou?', { id: 'wegwijzer.result.why-you' })}</p>
          <p>${r.why}</p>`
      : nothing}
    ${!r.entry && url ? html`<p>${newWindowLink(url, r.name)}</p>` : nothing}
  </li>`;
}
