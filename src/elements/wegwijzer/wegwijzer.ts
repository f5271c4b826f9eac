import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { localized, msg, str } from '@lit/localize';
import { LlrElement } from '../../shared/llr-element';
import { ApiData } from '../../shared/controllers/api-data';
import { UsageSignals } from '../../shared/controllers/usage-signals';
import { onDemand } from '../../shared/on-demand';
import { heading, headingLevel } from '../../shared/heading';
import { newWindowLink } from '../../shared/links';
import { hostUrl, httpsUrl } from '../../shared/safe-url';
import { errorMessage, helpLine, loadingLabel, retryLabel } from '../../shared/messages';
import type { ApiErrorKind, Catalogue } from '../../api';
import type { RuleSet } from '../../domain/rule-set-schema';
import { dateOrToday } from '../../domain/dates';
import type { AnswerKey } from '../../domain/situation';
import { answerLabel, draftOf, type QuestionView } from './questions-view';
import type { ReferralItem, ResultItem, ResultModel } from './result-view';
import { clear, readStored, save, storageKey, type StoredRaw } from './storage';
import {
  ANSWER_ID,
  DONT_KNOW,
  answer,
  isReachable,
  questionNumber,
  stepAfter,
  stepBefore,
  type FieldError,
  type Replay,
  type StepId,
  type WizardAnswers,
} from './wizard-state';
import { styles } from './wegwijzer.styles';

/**
 * The engine, the questions in every language and the situation model (wegwijzer.engine.ts): loaded in parallel
 * with the rule set, as no question can be asked without both.
 */
type Engine = typeof import('./wegwijzer.engine');
const engine = onDemand('llr-wegwijzer: its engine', () => import('./wegwijzer.engine'));

/** Detail of `llr-wegwijzer-step`: which step is shown. Never the answer. */
export interface WegwijzerStepDetail {
  /** The question's answer key (e.g. "status"), or "summary" or "result". */
  step: StepId;
}

/** Detail of `llr-wegwijzer-complete`: incentive ids per outcome. No answers, no amounts. */
export interface WegwijzerCompleteDetail {
  ruleSet: string;
  eligible: string[];
  unknown: string[];
  notEligible: string[];
}

/** The events of <llr-wegwijzer>. */
export interface LlrWegwijzerEventMap {
  /** A step (question, summary or result) is shown. */
  'llr-wegwijzer-step': CustomEvent<WegwijzerStepDetail>;
  /** The citizen asked for the result. */
  'llr-wegwijzer-complete': CustomEvent<WegwijzerCompleteDetail>;
  /** The citizen started again; the answers are gone. */
  'llr-wegwijzer-restart': CustomEvent<Record<string, never>>;
}

declare global {
  interface GlobalEventHandlersEventMap extends LlrWegwijzerEventMap {}
}

/** The rule set and catalogue for one API and date, with the engine that applies them. */
interface Loaded {
  readonly ruleSet: RuleSet;
  readonly catalogue: Catalogue;
  readonly engine: Engine;
}

/**
 * The Wegwijzer (signpost): a few simple questions, one per step, then which incentives apply, why, what
 * they are worth and where to go when none apply. Runs the eligibility engine in the browser: the answers
 * never leave the device (only the rule set and the catalogue are fetched). The questions come from the
 * domain's data; the element asks only the engine's next question and stops when every outcome is decided.
 *
 * Steps (GOV.UK question pages): one question per step whose legend is the heading, "Ik weet het niet" where a
 * citizen may not know, an error summary with focus, "Vorige"; then a summary with "Wijzig" links; then the
 * result. Focus moves to the new heading on every step. The answers are kept in sessionStorage (this tab only).
 *
 * @tag llr-wegwijzer
 * @fires {CustomEvent<WegwijzerStepDetail>} llr-wegwijzer-step - a step is shown (`detail.step`: the question's answer key, "summary" or "result")
 * @fires {CustomEvent<WegwijzerCompleteDetail>} llr-wegwijzer-complete - the result is shown (`detail`: incentive ids per outcome; no answers)
 * @fires {CustomEvent<Record<string, never>>} llr-wegwijzer-restart - the citizen started again (answers cleared)
 * @csspart wizard - the outer section
 * @csspart continue - the continue button
 * @csspart back - the back button
 * @csspart wallet-link - the link to the personal wallet
 */
@localized()
export class LlrWegwijzer extends LlrElement {
  static override styles = styles;

  /** Level of the step headings (1–6); sections on the result page are one level lower. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;
  /** The date the rules are applied on (YYYY-MM-DD); today by default. */
  @property({ attribute: 'reference-date' }) referenceDate = '';
  /**
   * Send anonymous usage signals to the API (which questions were shown, answered with "Ik weet het niet" or left,
   * the outcome per incentive; never an answer), with the host's `usage-host` (on the element, the provider or the
   * embed script). Off by default.
   */
  @property({ attribute: 'usage-events', type: Boolean }) usageEvents = false;

  /** Every answer given (also those no longer on the path), and the "Ik weet het niet"s. */
  @state() private answers: WizardAnswers = { answers: {}, dontKnow: [] };
  /** The step the citizen went to; null: the first open question. */
  @state() private step: StepId | null = null;
  /** The radio value or the typed number of the open question, until "Doorgaan". */
  @state() private draft = '';
  @state() private draftDontKnow = false;
  @state() private error: FieldError | null = null;
  /** The citizen came from the summary ("Wijzig"): return there when nothing new is needed. */
  @state() private editing = false;

  private storageId = '';
  /** Answers read from sessionStorage, checked against the situation model once the engine has loaded. */
  private stored: StoredRaw | null = null;
  private focusTarget: 'heading' | 'errors' | null = null;
  private shownStep: StepId | null = null;
  private draftFor: StepId | null = null;
  private replayCache?: { answers: WizardAnswers; ruleSet: RuleSet; date: string; run: Replay };

  private readonly data = new ApiData(this, {
    args: () => [this.config.apiBase, this.date] as const,
    // Never one date's (or one API's) rules for another.
    key: ([apiBase, date]) => `${apiBase}|${date}`,
    task: async ([, date], signal): Promise<Loaded> => {
      const api = this.api;
      // When one of the two fails, leave the other too: a retry must not join (de-duplication) a request that was
      // still failing from this load, or it shows the error again although the API is back.
      const both = new AbortController();
      const leave = () => both.abort();
      signal.addEventListener('abort', leave, { once: true });
      try {
        // The client validates the rule set with the engine's own schema; the engine itself loads beside it.
        const [ruleSet, catalogue, code] = await Promise.all([api.getCurrentRuleSet(date, both.signal), api.getCatalogue(both.signal), engine.load()]);
        return { ruleSet, catalogue, engine: code };
      } catch (error) {
        both.abort();
        throw error;
      } finally {
        signal.removeEventListener('abort', leave);
      }
    },
  });

  private readonly signals = new UsageSignals(this, () => ({ enabled: this.usageEvents, host: this.config.usageHost, api: this.api }));

  /** Forgets every answer and starts again at the first question. */
  restart(): void {
    clear(this.storageId);
    this.stored = null;
    this.answers = { answers: {}, dontKnow: [] };
    this.step = null;
    this.editing = false;
    this.error = null;
    this.draftFor = null;
    this.focusTarget = 'heading';
    this.emit('llr-wegwijzer-restart', {});
    this.signals.send({ type: 'wegwijzer-restarted' });
    this.signals.newRun();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // What this tab stored for this Wegwijzer (its id), applied in the next update, once the engine is there.
    const id = storageKey(this.id);
    if (id !== this.storageId) {
      this.storageId = id;
      this.stored = readStored(id);
      this.requestUpdate();
    }
  }

  // ---------------------------------------------------------------- derived state

  /** The reference date in use: the attribute when it is a real date, else today. */
  private get date(): string {
    return dateOrToday(this.referenceDate);
  }

  private get level(): number {
    return headingLevel(this.headingLevel);
  }

  /** The path for the current answers (replayed only when the answers, the rule set or the date changed). */
  private run({ ruleSet, engine }: Loaded): Replay {
    const date = this.date;
    const c = this.replayCache;
    if (c && c.answers === this.answers && c.ruleSet === ruleSet && c.date === date) return c.run;
    const run = engine.replay(this.answers, ruleSet, date);
    this.replayCache = { answers: this.answers, ruleSet, date, run };
    return run;
  }

  /** The step to show: the one the citizen went to while it is still on the path, else the first open question. */
  private current(run: Replay): StepId {
    const step = this.step;
    if (step && isReachable(run, step)) return step;
    return run.next ?? 'summary';
  }

  // ---------------------------------------------------------------- lifecycle

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const loaded = this.data.value;
    if (!loaded) return;
    if (this.stored) {
      // First render with the engine: restore what this tab stored, as far as the domain accepts it.
      const restored = loaded.engine.sanitize(this.stored);
      this.stored = null;
      this.answers = { answers: restored.answers, dontKnow: restored.dontKnow };
      this.step = restored.step;
    }
    const step = this.current(this.run(loaded));
    // Entering a question: pre-fill the form with the stored answer (nothing is lost going back).
    if (step !== this.draftFor) {
      this.draftFor = step;
      this.error = null;
      if (step !== 'summary' && step !== 'result') {
        const view = loaded.engine.questionOnPath(this.run(loaded), step, loaded.ruleSet, this.date, this.locale);
        this.draft = draftOf(view, this.answers.answers[step], this.locale);
        this.draftDontKnow = this.answers.dontKnow.includes(step);
        if (this.draftDontKnow && view.type !== 'number') this.draft = DONT_KNOW;
      }
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const loaded = this.data.value;
    if (loaded) {
      const run = this.run(loaded);
      const step = this.current(run);
      if (step !== this.shownStep) {
        this.shownStep = step;
        this.emit('llr-wegwijzer-step', { step });
        if (step !== 'summary' && step !== 'result') {
          if (run.asked.length === 0) this.signals.once({ type: 'wegwijzer-started' });
          this.signals.once({ type: 'wegwijzer-question-shown', question: step, step: questionNumber(run, step) });
        }
      }
    }
    const target = this.focusTarget;
    if (target) {
      const el = this.renderRoot.querySelector<HTMLElement>(target === 'errors' ? '.error-summary' : '.step-heading');
      if (el) {
        this.focusTarget = null;
        el.focus();
      }
    }
  }

  // ---------------------------------------------------------------- actions

  private goTo(step: StepId): void {
    this.step = step;
    this.error = null;
    this.focusTarget = 'heading';
    save(this.storageId, { ...this.answers, step: this.step });
  }

  /** "Doorgaan": the answer is checked; then the next question on the path, or back to the summary. */
  private onContinue(e: Event, loaded: Loaded, view: QuestionView): void {
    e.preventDefault();
    const result = loaded.engine.readAnswer(view, this.draft, this.draftDontKnow, this.locale);
    if ('problem' in result) {
      this.error = result;
      this.focusTarget = 'errors';
      this.requestUpdate();
      return;
    }
    this.signals.once({ type: 'wegwijzer-question-answered', question: view.key, step: questionNumber(this.run(loaded), view.key), dontKnow: result.value === undefined });
    this.answers = answer(this.answers, view.key, result.value);
    const step = stepAfter(this.run(loaded), view.key, this.editing);
    if (step === 'summary') this.editing = false;
    this.goTo(step);
  }

  private onBack(run: Replay, step: StepId): void {
    this.signals.send({ type: 'wegwijzer-back', from: step });
    const before = stepBefore(run, step);
    if (before) this.goTo(before);
  }

  /** "Wijzig" on the summary. */
  private onChange(key: AnswerKey): void {
    this.signals.send({ type: 'wegwijzer-answer-edited', question: key });
    this.editing = true;
    this.goTo(key);
  }

  private onShowResult(loaded: Loaded, run: Replay): void {
    this.goTo('result');
    this.editing = false;
    const evaluation = loaded.engine.evaluatePath(run, loaded.ruleSet, this.date);
    this.emit('llr-wegwijzer-complete', { ruleSet: loaded.ruleSet.id, ...loaded.engine.outcomeIds(evaluation) });
    this.signals.once(loaded.engine.completedSignal(run, loaded.ruleSet, loaded.catalogue, this.date));
  }

  private onRetry(): void {
    this.focusTarget = 'heading';
    void this.data.retry();
  }

  /** The error summary's link: to the field (GOV.UK). */
  private focusField(e: Event): void {
    e.preventDefault();
    const field =
      this.renderRoot.querySelector<HTMLInputElement>(`#${ANSWER_ID}`) ??
      this.renderRoot.querySelector<HTMLInputElement>('input[name="answer"]:checked') ??
      this.renderRoot.querySelector<HTMLInputElement>('input[name="answer"]');
    field?.focus();
    field?.scrollIntoView?.({ block: 'center' });
  }

  // ---------------------------------------------------------------- render: the states

  protected override render() {
    const loaded = this.data.value;
    if (!loaded) return this.data.status === 'error' ? this.renderFetchError(this.data.errorKind ?? 'server') : this.renderLoading();
    const run = this.run(loaded);
    const step = this.current(run);
    const body =
      step === 'summary'
        ? this.renderSummary(loaded, run)
        : step === 'result'
          ? this.renderResult(loaded.engine.resultOf(run, loaded.ruleSet, loaded.catalogue, this.date, this.locale), run)
          : this.renderQuestion(loaded, loaded.engine.questionOnPath(run, step, loaded.ruleSet, this.date, this.locale), run);
    return html`<section class="wizard" part="wizard" lang=${this.locale} aria-labelledby="step-heading">${keyed(step, body)}</section>`;
  }

  /** In the shape of the first question on a phone (its height is reserved before the element is defined too). */
  private renderLoading(): TemplateResult {
    return html`<div class="loading" part="wizard" aria-busy="true">
      <span class="visually-hidden" role="status">${loadingLabel()}</span>
      <div class="skeleton intro"></div>
      <div class="skeleton caption"></div>
      <div class="skeleton wide"></div>
      <div class="skeleton"></div>
      ${[1, 2, 3, 4, 5, 6].map(() => html`<div class="skeleton option"></div>`)}
      <div class="skeleton button"></div>
    </div>`;
  }

  /** The rule set (or the engine) could not be had: say so, keep the answers, offer a retry. */
  private renderFetchError(kind: ApiErrorKind): TemplateResult {
    const given = this.stored ?? this.answers;
    const kept = Object.keys(given.answers).length + given.dontKnow.length > 0;
    return html`<section class="wizard" part="wizard" lang=${this.locale} aria-labelledby="step-heading">
      <div class="fetch-error" role="alert">
        ${heading(this.level, msg('De vragen kunnen nu niet laden', { id: 'wegwijzer.fetch-error.title' }), { id: 'step-heading', className: 'step-heading', focusable: true })}
        <p>${errorMessage(kind)}</p>
        ${kept ? html`<p>${msg('Je antwoorden zijn bewaard. Je verliest niets.', { id: 'wegwijzer.fetch-error.kept' })}</p>` : nothing}
      </div>
      <div class="actions">
        <button type="button" class="button-primary" @click=${this.onRetry}>${retryLabel()}</button>
      </div>
      <p class="privacy">${helpLine()}</p>
    </section>`;
  }

  // ---------------------------------------------------------------- render: a question

  private renderQuestion(loaded: Loaded, view: QuestionView, run: Replay): TemplateResult {
    const number = questionNumber(run, view.key);
    const back = stepBefore(run, view.key);
    const error = this.error;
    const describedBy = [view.hint ? 'hint' : '', error ? 'error-message' : ''].filter(Boolean).join(' ');
    return html`<form novalidate @submit=${(e: Event) => this.onContinue(e, loaded, view)}>
      ${error ? this.renderErrorSummary(error, view) : nothing}
      ${number === 1 && !error
        ? html`<p class="intro">
            ${msg('Beantwoord een paar korte vragen. Dan zie je welke steun je kan krijgen om te leren of aan je loopbaan te werken.', { id: 'wegwijzer.intro' })}
            <span class="privacy">${msg('Je antwoorden blijven op dit toestel. We sturen ze nergens naartoe.', { id: 'wegwijzer.privacy' })}</span>
          </p>`
        : nothing}
      <div class=${error ? 'field has-error' : 'field'}>
        <fieldset aria-describedby=${ifDefined(describedBy || undefined)}>
          <legend>
            <span class="caption">${msg(str`Vraag ${number}`, { id: 'wegwijzer.progress' })}</span>
            ${heading(this.level, view.text, { id: 'step-heading', className: 'step-heading', focusable: true })}
          </legend>
          ${view.hint ? html`<p class="hint" id="hint">${view.hint}</p>` : nothing}
          ${error
            ? html`<p class="error-message" id="error-message">
                <span class="visually-hidden">${msg('Fout:', { id: 'wegwijzer.error.prefix' })}</span> ${this.errorText(error, view)}
              </p>`
            : nothing}
          ${view.type === 'number' ? this.renderNumber(view) : this.renderChoices(view)}
        </fieldset>
      </div>
      ${view.allowDontKnow && view.whereToFind
        ? html`<details>
            <summary>${msg('Waar vind ik dit?', { id: 'wegwijzer.where-to-find' })}</summary>
            <div><p>${view.whereToFind}</p></div>
          </details>`
        : nothing}
      <div class="actions">
        <button type="submit" class="button-primary" part="continue">${msg('Doorgaan', { id: 'wegwijzer.continue' })}</button>
        ${back ? this.backButton(() => this.onBack(run, view.key)) : nothing}
      </div>
    </form>`;
  }

  private backButton(onClick: () => void): TemplateResult {
    return html`<button type="button" class="button-secondary" part="back" @click=${onClick}>${msg('Vorige', { id: 'wegwijzer.back' })}</button>`;
  }

  /** The error summary; its link goes to the number input or the first radio (GOV.UK). */
  private renderErrorSummary(error: FieldError, view: QuestionView): TemplateResult {
    const fieldId = view.type === 'number' ? ANSWER_ID : 'answer-0';
    return html`<div class="error-summary" tabindex="-1">
      <div role="alert">
        ${heading(this.level, msg('Er is een probleem', { id: 'wegwijzer.error-summary.title' }), { id: 'error-title', className: 'error-title' })}
        <ul>
          <li><a href=${`#${fieldId}`} @click=${this.focusField}>${this.errorText(error, view)}</a></li>
        </ul>
      </div>
    </div>`;
  }

  /** The error in the current language (worded at render time, so a language switch rewords it). */
  private errorText(error: FieldError, view: QuestionView): string {
    switch (error.problem) {
      case 'choose':
        return msg('Kies een antwoord.', { id: 'wegwijzer.error.choose' });
      case 'empty':
        return view.allowDontKnow
          ? msg('Vul een getal in, of kies ‘Ik weet het niet’.', { id: 'wegwijzer.error.number-or-dont-know' })
          : msg('Vul een getal in.', { id: 'wegwijzer.error.number-empty' });
      case 'not-whole':
        return msg('Vul een heel getal in, zonder komma.', { id: 'wegwijzer.error.number-whole' });
      case 'out-of-range': {
        const min = String(view.min);
        const max = String(view.max);
        return msg(str`Vul een getal van ${min} tot ${max} in.`, { id: 'wegwijzer.error.number-range' });
      }
      default:
        return msg('Vul alleen cijfers in, bijvoorbeeld 38.', { id: 'wegwijzer.error.number-format' });
    }
  }

  private renderChoices(view: QuestionView): TemplateResult {
    const invalid = this.error ? 'true' : undefined;
    const radio = (value: string, label: string, index: number) => html`<div class="option">
      <input
        type="radio"
        name="answer"
        id=${`answer-${index}`}
        .value=${value}
        .checked=${live(this.draft === value)}
        aria-invalid=${ifDefined(invalid)}
        @change=${() => (this.draft = value)}
      />
      <label for=${`answer-${index}`}>${label}</label>
    </div>`;
    return html`<div class="options">
      ${view.options.map((o, i) => radio(o.value, o.label, i))}
      ${view.allowDontKnow
        ? html`<p class="or">${msg('of', { id: 'wegwijzer.or' })}</p>
            ${radio(DONT_KNOW, msg('Ik weet het niet', { id: 'wegwijzer.dont-know' }), view.options.length)}`
        : nothing}
    </div>`;
  }

  private renderNumber(view: QuestionView): TemplateResult {
    const invalid = this.error ? 'true' : undefined;
    return html`<div class="number">
        <label class="visually-hidden" for=${ANSWER_ID}>${view.text}</label>
        <input
          type="text"
          id=${ANSWER_ID}
          name="number"
          inputmode=${view.integer ? 'numeric' : 'decimal'}
          autocomplete="off"
          spellcheck="false"
          .value=${live(this.draft)}
          ?disabled=${view.allowDontKnow && this.draftDontKnow}
          aria-invalid=${ifDefined(invalid)}
          aria-describedby=${ifDefined(view.unit ? 'unit' : undefined)}
          @input=${(e: Event) => (this.draft = (e.target as HTMLInputElement).value)}
        />${view.unit ? html`<span class="suffix" id="unit">${view.unit}</span>` : nothing}
      </div>
      ${view.allowDontKnow
        ? html`<p class="or">${msg('of', { id: 'wegwijzer.or' })}</p>
            <div class="option">
              <input
                type="checkbox"
                id="dont-know"
                name="dont-know"
                .checked=${live(this.draftDontKnow)}
                @change=${(e: Event) => (this.draftDontKnow = (e.target as HTMLInputElement).checked)}
              />
              <label for="dont-know">${msg('Ik weet het niet', { id: 'wegwijzer.dont-know' })}</label>
            </div>`
        : nothing}`;
  }

  // ---------------------------------------------------------------- render: the summary

  /** "Kijk je antwoorden na": every answer on the path with "Wijzig" (GOV.UK check answers). */
  private renderSummary(loaded: Loaded, run: Replay): TemplateResult {
    const lang = this.locale;
    const back = stepBefore(run, 'summary');
    return html`${heading(this.level, msg('Kijk je antwoorden na', { id: 'wegwijzer.summary.title' }), { id: 'step-heading', className: 'step-heading', focusable: true })}
      <p>${msg('Klopt alles? Dan tonen we welke steun je kan krijgen.', { id: 'wegwijzer.summary.intro' })}</p>
      <dl class="check-answers">
        ${run.asked.map((key) => {
          const view = loaded.engine.questionView(key, lang);
          const value = this.answers.answers[key];
          const shown = this.answers.dontKnow.includes(key) || value === undefined ? msg('Ik weet het niet', { id: 'wegwijzer.dont-know' }) : answerLabel(view, value, lang);
          return html`<div>
            <dt>${view.text}</dt>
            <dd>${shown}</dd>
            <dd>
              <button type="button" class="button-link" @click=${() => this.onChange(key)}>
                ${msg('Wijzig', { id: 'wegwijzer.summary.change' })}<span class="visually-hidden">: ${view.text}</span>
              </button>
            </dd>
          </div>`;
        })}
      </dl>
      <div class="actions">
        <button type="button" class="button-primary" part="continue" @click=${() => this.onShowResult(loaded, run)}>
          ${msg('Toon mijn resultaat', { id: 'wegwijzer.summary.show-result' })}
        </button>
        ${back ? this.backButton(() => this.onBack(run, 'summary')) : nothing}
      </div>`;
  }

  // ---------------------------------------------------------------- render: the result

  /** Which incentives apply (money and time), which may apply, where else to go, and which do not, each with why. */
  private renderResult(model: ResultModel, run: Replay): TemplateResult {
    const l = this.level;
    const sub = Math.min(6, l + 1);
    const subsub = Math.min(6, l + 2);
    const itemLevel = Math.min(6, l + 3);
    const applies = model.eligible.money.length + model.eligible.time.length;
    const wallet = hostUrl(this.config.walletUrl);
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
                      ${model.eligible[p].map((i) => this.renderItem(i, itemLevel))}
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
              ${model.unknown.map((i) => this.renderItem(i, subsub))}
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
              ${model.referrals.map((r) => this.renderReferral(r, subsub))}
            </ul>
          </section>`
        : nothing}
      ${model.notEligible.length
        ? html`<section class="result-section" aria-labelledby="not">
            ${heading(sub, msg('Hier heb je geen recht op', { id: 'wegwijzer.result.not' }), { id: 'not' })}
            <p>${msg('Bij elke steunmaatregel lees je waarom niet, en wat er zou veranderen.', { id: 'wegwijzer.result.not-intro' })}</p>
            <ul class="items">
              ${model.notEligible.map((i) => this.renderItem(i, subsub))}
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
        <p>${helpLine()}</p>
        <div class="actions">
          <button type="button" class="button-secondary" part="back" @click=${() => this.onBack(run, 'result')}>
            ${msg('Wijzig je antwoorden', { id: 'wegwijzer.result.edit' })}
          </button>
          <button type="button" class="button-secondary" @click=${this.restart}>${msg('Opnieuw beginnen', { id: 'wegwijzer.restart' })}</button>
        </div>
        <p class="privacy">${msg('Opnieuw beginnen wist je antwoorden van dit toestel.', { id: 'wegwijzer.restart-hint' })}</p>
      </section>`;
  }

  /** The incentive's card (name, summary, how to apply), or its name and summary when the catalogue lacks it. */
  private renderCard(item: { entry: ResultItem['entry'] | ReferralItem['entry']; name: string }, level: number): TemplateResult {
    if (item.entry && customElements.get('llr-incentive-card')) {
      return html`<llr-incentive-card .incentive=${item.entry} variant="compact" heading-level=${level} lang=${this.locale}></llr-incentive-card>`;
    }
    const summary = item.entry?.summary[this.locale];
    return html`${heading(level, item.name, { className: 'item-title' })} ${summary ? html`<p>${summary}</p>` : nothing}`;
  }

  private renderItem(item: ResultItem, level: number): TemplateResult {
    const outcome = item.outcome === 'unknown' ? ' maybe' : item.outcome === 'not-eligible' ? ' no' : '';
    return html`<li class="item ${item.pillar}${outcome}" data-incentive=${item.id}>
      ${this.renderCard(item, level)}
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
      ${item.missing.length ? this.renderMissing(item) : nothing}
      ${item.wouldChange.length
        ? html`<p class="label">${msg('Wat zou er veranderen?', { id: 'wegwijzer.result.would-change' })}</p>
            ${item.wouldChange.map((t) => html`<p>${t}</p>`)}`
        : nothing}
    </li>`;
  }

  /** What is still unknown for this incentive (or its amount), and where to find it. */
  private renderMissing(item: ResultItem): TemplateResult {
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

  private renderReferral(r: ReferralItem, level: number): TemplateResult {
    const url = httpsUrl(r.url);
    const followed = () => this.signals.once({ type: 'wegwijzer-referral-followed', referral: r.id });
    return html`<li class="item referral" data-referral=${r.id} @llr-incentive-card-apply=${followed}>
      ${this.renderCard(r, level)}
      ${r.why
        ? html`<p class="label">${msg('Waarom voor jou?', { id: 'wegwijzer.result.why-you' })}</p>
            <p>${r.why}</p>`
        : nothing}
      ${!r.entry && url ? html`<p>${newWindowLink(url, r.name, { onClick: followed })}</p>` : nothing}
    </li>`;
  }
}

