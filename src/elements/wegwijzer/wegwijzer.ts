import { adoptStyles, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { localized, msg } from '@lit/localize';
import { Task, TaskStatus } from '@lit/task';
import { LlrElement } from '../../shared/llr-element';
import { baseStyles } from '../../shared/styles';
import { errorMessage, helpLine, loadingLabel, retryLabel } from '../../shared/messages';
import { isApiError, type Catalogue, type UsageEvent } from '../../api';
import type { Evaluation } from '../../domain/engine';
import type { Lang, RuleSet } from '../../domain/rule-set-schema';
import { isIsoDate, localIsoDate } from '../../domain/dates';
import type { AnswerKey } from '../../domain/situation';
import { wegwijzerStyles } from './wegwijzer.styles';
import { ANSWER_ID, DONT_KNOW, answer, isReachable, stepAfter, stepBefore, type FieldError, type Replay, type StepId, type WizardAnswers } from './wizard-state';
import type { QuestionView } from './questions-view';
import type { StepHost } from './steps-page';
import { clear, readStored, save, storageKey, type StoredRaw } from './storage';
import { heading, headingLevel as level } from '../../shared/heading';
import { onDemand } from '../../shared/on-demand';

/** The engine, the questions and the step pages: loaded on demand, in parallel with the rule set. */
type Runtime = typeof import('./wegwijzer.runtime');
const runtimeModule = onDemand('llr-wegwijzer: its engine', () => import('./wegwijzer.runtime'));

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

declare module '../../shared/llr-element' {
  interface LlrEventMap {
    /** A step (question, summary or result) is shown. */
    'llr-wegwijzer-step': CustomEvent<WegwijzerStepDetail>;
    /** The citizen asked for the result. */
    'llr-wegwijzer-complete': CustomEvent<WegwijzerCompleteDetail>;
    /** The citizen started again; the answers are gone. */
    'llr-wegwijzer-restart': CustomEvent<Record<string, never>>;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'llr-wegwijzer-step': CustomEvent<WegwijzerStepDetail>;
    'llr-wegwijzer-complete': CustomEvent<WegwijzerCompleteDetail>;
    'llr-wegwijzer-restart': CustomEvent<Record<string, never>>;
  }
}

interface Loaded {
  readonly ruleSet: RuleSet;
  readonly catalogue: Catalogue;
  readonly rt: Runtime;
  /** What it was loaded for: never show one date's rules for another. */
  readonly key: string;
}


/**
 * The Wegwijzer (signpost): a few simple questions, one per step, then which incentives apply, why, what
 * they are worth and where to go when none apply. Runs the eligibility engine in the browser: the answers
 * never leave the device (only the rule set and the catalogue are fetched). The questions come from the
 * domain's data; the element asks only the engine's next question and stops when every outcome is decided.
 *
 * @tag llr-wegwijzer
 * @fires llr-wegwijzer-step - a step is shown (`detail.step`: the question's answer key, "summary" or "result")
 * @fires llr-wegwijzer-complete - the result is shown (`detail`: incentive ids per outcome; no answers)
 * @fires llr-wegwijzer-restart - the citizen started again (answers cleared)
 * @csspart wizard - the outer section
 * @csspart continue - the continue button
 * @csspart back - the back button
 * @csspart wallet-link - the link to the personal wallet
 */
@localized()
export class LlrWegwijzer extends LlrElement {
  static override styles = [baseStyles, wegwijzerStyles];

  /** Level of the step headings (1–6); sections on the result page are one level lower. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;
  /** The date the rules are applied on (YYYY-MM-DD); today by default. */
  @property({ attribute: 'reference-date' }) referenceDate = '';
  /** Send anonymous usage signals to the API's events endpoint (no answers, no identifiers). Off by default. */
  @property({ attribute: 'usage-events', type: Boolean }) usageEvents = false;

  @state() private answers: WizardAnswers = { answers: {}, dontKnow: [] };
  @state() private step: StepId | null = null;
  /** The radio value or the typed number of the open question, until "Doorgaan". */
  @state() private draft = '';
  @state() private draftDontKnow = false;
  @state() private error: FieldError | null = null;
  /** The citizen came from the summary ("Wijzig"): return there when nothing new is needed. */
  @state() private editing = false;

  private restored = false;
  private abortedOnDisconnect = false;
  private storageId = '';
  private lastGood?: Loaded;
  private focusTarget: 'heading' | 'errors' | null = null;
  private shownStep: StepId | null = null;
  private draftFor: StepId | null = null;
  private replayCache?: { answers: WizardAnswers; ruleSet: RuleSet; date: string; run: Replay };
  private stepStylesAdopted = false;
  /** Answers read from sessionStorage, checked against the situation model once the engine has loaded. */
  private stored: StoredRaw | null = null;

  private readonly data = new Task(this, {
    task: async ([, date], { signal }): Promise<Loaded> => {
      const api = this.api;
      // When one of the two fails, leave the other too: a retry must not join (de-duplication) a request that was
      // still failing from this load, or it shows the error again although the API is back.
      const both = new AbortController();
      const leave = () => both.abort();
      signal.addEventListener('abort', leave, { once: true });
      // The client validates the rule set with the engine's own schema; the engine itself loads beside it.
      const runtime = runtimeModule.load();
      try {
        const [ruleSet, catalogue, rt] = await Promise.all([api.getCurrentRuleSet(date, both.signal), api.getCatalogue(both.signal), runtime]);
        return { ruleSet, catalogue, rt, key: this.loadKey };
      } catch (error) {
        both.abort();
        throw error;
      } finally {
        signal.removeEventListener('abort', leave);
      }
    },
    args: () => [this.config.apiBase, this.date] as const,
    onComplete: (loaded) => {
      this.lastGood = loaded;
    },
    onError: (error) => {
      if (!(isApiError(error) && error.kind === 'aborted')) this.signal('error-shown');
    },
  });

  /** The reference date in use: the attribute when it is a real date, else today. */
  private get date(): string {
    return isIsoDate(this.referenceDate) ? this.referenceDate : localIsoDate(new Date());
  }

  private get loadKey(): string {
    return `${this.config.apiBase}|${this.date}`;
  }

  private get language(): Lang {
    return this.locale;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.abortedOnDisconnect) {
      this.abortedOnDisconnect = false;
      void this.data.run();
    }
    const id = storageKey(this.id);
    if (!this.restored || id !== this.storageId) {
      this.storageId = id;
      this.restored = true;
      this.stored = readStored(id);
      // Applied in the next update (once the engine is there): also when it is there already.
      this.requestUpdate();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Leave a pending fetch (the client cancels it when no one else waits for it); fetch again on reconnect.
    if (this.data.status === TaskStatus.PENDING) {
      this.abortedOnDisconnect = true;
      this.data.abort();
    }
  }

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
    this.signal('wegwijzer-restart');
  }

  // ---------------------------------------------------------------- derived state

  private get loaded(): Loaded | undefined {
    const value = this.data.status === TaskStatus.COMPLETE ? this.data.value : undefined;
    const candidate = value ?? this.lastGood;
    return candidate && candidate.key === this.loadKey ? candidate : undefined;
  }

  /** The on-demand part; only called once `loaded` is set, which carries it. */
  private get rt(): Runtime {
    const rt = this.loaded?.rt;
    if (!rt) throw new Error('llr-wegwijzer: the engine is not loaded yet');
    return rt;
  }

  private run(ruleSet: RuleSet): Replay {
    const date = this.date;
    const c = this.replayCache;
    if (c && c.answers === this.answers && c.ruleSet === ruleSet && c.date === date) return c.run;
    // No wrong door: once every incentive is decided, the engine goes on asking what decides the referrals
    // (e.g. a job seeker's region for VDAB, Actiris or Forem).
    const { replay, evaluate, WIZARD_OPTIONS } = this.rt;
    const run = replay(this.answers, (situation, skip) => evaluate(ruleSet, situation, { referenceDate: date, dontKnow: skip, ...WIZARD_OPTIONS }).nextQuestion);
    this.replayCache = { answers: this.answers, ruleSet, date, run };
    return run;
  }

  private current(run: Replay): StepId {
    const step = this.step;
    if (step && isReachable(run, step)) return step;
    return run.next ?? 'summary';
  }

  private evaluation(ruleSet: RuleSet, run: Replay): Evaluation {
    return this.rt.evaluate(ruleSet, run.situation, { referenceDate: this.date, dontKnow: run.skipped, ...this.rt.WIZARD_OPTIONS });
  }

  // ---------------------------------------------------------------- lifecycle

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const loaded = this.loaded;
    if (!loaded) return;
    if (!this.stepStylesAdopted) {
      // The step pages' styles come with the engine: adopted before the first question is rendered.
      this.stepStylesAdopted = true;
      adoptStyles(this.renderRoot as ShadowRoot, [...(this.constructor as typeof LlrWegwijzer).elementStyles, loaded.rt.stepStyles]);
    }
    if (this.stored) {
      // First render with the engine: restore what this tab stored, as far as the domain accepts it.
      const restored = loaded.rt.sanitize(this.stored);
      this.stored = null;
      this.answers = { answers: restored.answers, dontKnow: restored.dontKnow };
      this.step = restored.step;
    }
    const run = this.run(loaded.ruleSet);
    const step = this.current(run);
    // Entering a question: pre-fill the form with the stored answer (nothing is lost going back).
    if (step !== this.draftFor) {
      this.draftFor = step;
      this.error = null;
      if (step !== 'summary' && step !== 'result') {
        const view = loaded.rt.questionView(step, this.language);
        this.draft = loaded.rt.draftOf(view, this.answers.answers[step], this.language);
        this.draftDontKnow = this.answers.dontKnow.includes(step);
        if (this.draftDontKnow && view.type !== 'number') this.draft = DONT_KNOW;
      }
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const loaded = this.loaded;
    if (loaded) {
      const step = this.current(this.run(loaded.ruleSet));
      if (step !== this.shownStep) {
        const first = this.shownStep === null;
        this.shownStep = step;
        this.emit('llr-wegwijzer-step', { step });
        this.signal(first && this.run(loaded.ruleSet).path.length === 0 ? 'wegwijzer-start' : 'wegwijzer-step');
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

  private persist(): void {
    save(this.storageId, { ...this.answers, step: this.step });
  }

  private goTo(step: StepId): void {
    this.step = step;
    this.error = null;
    this.focusTarget = 'heading';
    this.persist();
  }

  /** Optional anonymous usage signal: the event type, the element, the language and the rule set. Nothing else. */
  private signal(type: UsageEvent['type']): void {
    if (!this.usageEvents) return;
    const event: UsageEvent = { type, element: 'llr-wegwijzer', locale: this.language };
    const ruleSet = this.loaded?.ruleSet.id;
    if (ruleSet) event.ruleSet = ruleSet;
    this.api.postEvent(event).catch(() => {});
  }

  // ---------------------------------------------------------------- actions

  private onContinue(e: Event, view: QuestionView): void {
    e.preventDefault();
    const result = this.rt.readAnswer(view, this.draft, this.draftDontKnow, this.language);
    if ('problem' in result) {
      this.error = result;
      this.focusTarget = 'errors';
      this.requestUpdate();
      return;
    }
    this.answers = answer(this.answers, view.key, result.value);
    const loaded = this.loaded;
    if (!loaded) return;
    const next = this.run(loaded.ruleSet);
    const step = stepAfter(next, view.key, this.editing);
    if (step === 'summary') this.editing = false;
    this.goTo(step);
  }

  private onBack(run: Replay, step: StepId): void {
    const before = stepBefore(run, step);
    if (before) this.goTo(before);
  }

  private onChange(key: AnswerKey): void {
    this.editing = true;
    this.goTo(key);
  }

  private onShowResult(ruleSet: RuleSet, run: Replay): void {
    this.goTo('result');
    this.editing = false;
    const evaluation = this.evaluation(ruleSet, run);
    this.emit('llr-wegwijzer-complete', { ruleSet: ruleSet.id, ...this.rt.outcomeIds(evaluation) });
    this.signal('wegwijzer-complete');
  }

  private onRetry(): void {
    this.focusTarget = 'heading';
    this.signal('retry');
    void this.data.run();
  }

  private focusField(e: Event): void {
    e.preventDefault();
    const field =
      this.renderRoot.querySelector<HTMLInputElement>(`#${ANSWER_ID}`) ??
      this.renderRoot.querySelector<HTMLInputElement>('input[name="answer"]:checked') ??
      this.renderRoot.querySelector<HTMLInputElement>('input[name="answer"]');
    field?.focus();
    field?.scrollIntoView?.({ block: 'center' });
  }

  // ---------------------------------------------------------------- render

  protected override render() {
    const loaded = this.loaded;
    if (!loaded) {
      if (this.data.status === TaskStatus.ERROR) return this.renderFetchError(this.data.error);
      return this.renderLoading();
    }
    const run = this.run(loaded.ruleSet);
    const step = this.current(run);
    let body: TemplateResult;
    const { rt } = loaded;
    if (step === 'summary') body = rt.renderSummary(this.stepHost(loaded.ruleSet, run), run);
    else if (step === 'result') body = this.renderResult(loaded, run);
    else body = rt.renderQuestion(this.stepHost(loaded.ruleSet, run), rt.questionView(step, this.language), run);
    return html`<section class="wizard" part="wizard" lang=${this.language} aria-labelledby="step-heading">${keyed(step, body)}</section>`;
  }

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

  private renderFetchError(error: unknown): TemplateResult {
    const kind = isApiError(error) ? error.kind : 'server';
    const given = this.stored ?? this.answers;
    const kept = Object.keys(given.answers).length + given.dontKnow.length > 0;
    return html`<section class="wizard" part="wizard" lang=${this.language} aria-labelledby="step-heading">
      <div class="fetch-error" role="alert">
        ${heading(this.level, msg('De vragen kunnen nu niet laden', { id: 'wegwijzer.fetch-error.title' }), { id: 'step-heading', className: 'step-heading', focusable: true })}
        <p>${errorMessage(kind)}</p>
        ${kept ? html`<p>${msg('Je antwoorden zijn bewaard. Je verliest niets.', { id: 'wegwijzer.fetch-error.kept' })}</p>` : nothing}
      </div>
      <div class="actions">
        <button type="button" class="button-primary" @click=${this.onRetry}>${retryLabel()}</button>
      </div>
      <p class="privacy">${helpLine('1700')}</p>
    </section>`;
  }

  private get level(): number {
    return level(this.headingLevel);
  }

  /** What the question and summary pages (steps-page.ts) read and call. */
  private stepHost(ruleSet: RuleSet, run: Replay): StepHost {
    return {
      level: this.level,
      language: this.language,
      answers: this.answers,
      draft: this.draft,
      draftDontKnow: this.draftDontKnow,
      error: this.error,
      setDraft: (value) => {
        this.draft = value;
      },
      setDraftDontKnow: (value) => {
        this.draftDontKnow = value;
      },
      submit: (e, view) => this.onContinue(e, view),
      back: (step) => this.onBack(run, step),
      change: (key) => this.onChange(key),
      showResult: () => this.onShowResult(ruleSet, run),
      focusField: (e) => this.focusField(e),
    };
  }

  private renderResult(loaded: Loaded, run: Replay): TemplateResult {
    const { rt } = loaded;
    const model = rt.buildResult(this.evaluation(loaded.ruleSet, run), loaded.ruleSet, loaded.catalogue, run.skipped, this.language);
    return rt.renderResult(
      {
        level: this.level,
        language: this.language,
        walletUrl: this.config.walletUrl,
        back: () => this.onBack(run, 'result'),
        restart: () => this.restart(),
      },
      model,
    );
  }
}
