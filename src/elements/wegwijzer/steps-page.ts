/**
 * The question and summary steps: one question per step (GOV.UK pattern: the legend is the heading, an error
 * summary that links to the field, "Ik weet het niet" with where to find the answer), and the check-answers
 * page with "Wijzig". Loaded on demand with the engine (see wegwijzer.runtime.ts): no step can be shown before
 * the engine has named the question. The element keeps the state and passes it in through `StepHost`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import { heading } from '../../shared/heading';
import type { Lang } from '../../domain/rule-set-schema';
import type { AnswerKey, AnswerValue } from '../../domain/situation';
import { questionView } from './question-text';
import { answerLabel, choiceValue, parseNumber, type QuestionView } from './questions-view';
import { validAnswer } from './answers';
import { ANSWER_ID, DONT_KNOW, questionNumber, stepBefore, type FieldError, type Replay, type StepId, type WizardAnswers } from './wizard-state';

export interface StepHost {
  /** The step heading level (1–6). */
  readonly level: number;
  readonly language: Lang;
  readonly answers: WizardAnswers;
  /** The radio value or the typed number of the open question, until "Doorgaan". */
  readonly draft: string;
  readonly draftDontKnow: boolean;
  readonly error: FieldError | null;
  setDraft(value: string): void;
  setDraftDontKnow(value: boolean): void;
  /** "Doorgaan" on a question (the form's submit). */
  submit(e: Event, view: QuestionView): void;
  back(step: StepId): void;
  /** "Wijzig" on the summary. */
  change(key: AnswerKey): void;
  showResult(): void;
  /** The error summary's link: focus the field. */
  focusField(e: Event): void;
}

/** Validates the open question: an answer value, "I don't know" (value undefined) or an error. */
export function readAnswer(view: QuestionView, draft: string, draftDontKnow: boolean, lang: Lang): { value: AnswerValue | undefined } | FieldError {
  if (view.type === 'number') {
    if (view.allowDontKnow && draftDontKnow) return { value: undefined };
    const parsed = parseNumber(draft, view, lang);
    if (parsed.ok) return validAnswer(view.key, parsed.value) ? { value: parsed.value } : { problem: 'out-of-range' };
    return { problem: parsed.problem };
  }
  if (draft === DONT_KNOW && view.allowDontKnow) return { value: undefined };
  const value = choiceValue(view, draft);
  return value === undefined || !validAnswer(view.key, value) ? { problem: 'choose' } : { value };
}

/** The error in the current language (worded at render time, so a language switch rewords it). */
function errorText(error: FieldError, view: QuestionView): string {
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

/** The error summary; its link goes to the number input or the first radio (GOV.UK). */
function renderErrorSummary(host: StepHost, view: QuestionView): TemplateResult | typeof nothing {
  const fieldId = view.type === 'number' ? ANSWER_ID : 'answer-0';
  const error = host.error;
  if (!error) return nothing;
  return html`<div class="error-summary" tabindex="-1">
    <div role="alert">
      ${heading(host.level, msg('Er is een probleem', { id: 'wegwijzer.error-summary.title' }), { id: 'error-title', className: 'error-title' })}
      <ul>
        <li><a href=${`#${fieldId}`} @click=${(e: Event) => host.focusField(e)}>${errorText(error, view)}</a></li>
      </ul>
    </div>
  </div>`;
}

export function renderQuestion(host: StepHost, view: QuestionView, run: Replay): TemplateResult {
  const number = questionNumber(run, view.key);
  const back = stepBefore(run, view.key);
  const error = host.error;
  const describedBy = [view.hint ? 'hint' : '', error ? 'error-message' : ''].filter(Boolean).join(' ');
  return html`<form novalidate @submit=${(e: Event) => host.submit(e, view)}>
    ${renderErrorSummary(host, view)}
    ${number === 1 && !error
      ? html`<p class="intro">
          ${msg('Beantwoord een paar korte vragen. Dan zie je welke steun je kan krijgen om te leren of aan je loopbaan te werken.', { id: 'wegwijzer.intro' })}
          <span class="privacy">${msg('Je antwoorden blijven op dit toestel. We sturen ze nergens naartoe.', { id: 'wegwijzer.privacy' })}</span>
        </p>`
      : nothing}
    <div class=${classMap({ field: true, 'has-error': !!error })}>
      <fieldset aria-describedby=${ifDefined(describedBy || undefined)}>
        <legend>
          <span class="caption">${msg(str`Vraag ${number}`, { id: 'wegwijzer.progress' })}</span>
          ${heading(host.level, view.text, { id: 'step-heading', className: 'step-heading', focusable: true })}
        </legend>
        ${view.hint ? html`<p class="hint" id="hint">${view.hint}</p>` : nothing}
        ${error
          ? html`<p class="error-message" id="error-message">
              <span class="visually-hidden">${msg('Fout:', { id: 'wegwijzer.error.prefix' })}</span> ${errorText(error, view)}
            </p>`
          : nothing}
        ${view.type === 'number' ? renderNumber(host, view) : renderChoices(host, view)}
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
      ${back
        ? html`<button type="button" class="button-secondary" part="back" @click=${() => host.back(view.key)}>
            ${msg('Vorige', { id: 'wegwijzer.back' })}
          </button>`
        : nothing}
    </div>
  </form>`;
}

function renderChoices(host: StepHost, view: QuestionView): TemplateResult {
  const invalid = host.error ? 'true' : undefined;
  const radio = (value: string, label: string, index: number) => html`<div class="option">
    <input
      type="radio"
      name="answer"
      id=${`answer-${index}`}
      .value=${value}
      .checked=${live(host.draft === value)}
      aria-invalid=${ifDefined(invalid)}
      @change=${() => host.setDraft(value)}
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

function renderNumber(host: StepHost, view: QuestionView): TemplateResult {
  const invalid = host.error ? 'true' : undefined;
  return html`<div class="number">
      <label class="visually-hidden" for=${ANSWER_ID}>${view.text}</label>
      <input
        type="text"
        id=${ANSWER_ID}
        name="number"
        inputmode=${view.integer ? 'numeric' : 'decimal'}
        autocomplete="off"
        spellcheck="false"
        .value=${live(host.draft)}
        ?disabled=${view.allowDontKnow && host.draftDontKnow}
        aria-invalid=${ifDefined(invalid)}
        aria-describedby=${ifDefined(view.unit ? 'unit' : undefined)}
        @input=${(e: Event) => host.setDraft((e.target as HTMLInputElement).value)}
      />${view.unit ? html`<span class="suffix" id="unit">${view.unit}</span>` : nothing}
    </div>
    ${view.allowDontKnow
      ? html`<p class="or">${msg('of', { id: 'wegwijzer.or' })}</p>
          <div class="option">
            <input
              type="checkbox"
              id="dont-know"
              name="dont-know"
              .checked=${live(host.draftDontKnow)}
              @change=${(e: Event) => host.setDraftDontKnow((e.target as HTMLInputElement).checked)}
            />
            <label for="dont-know">${msg('Ik weet het niet', { id: 'wegwijzer.dont-know' })}</label>
          </div>`
      : nothing}`;
}

export function renderSummary(host: StepHost, run: Replay): TemplateResult {
  const lang = host.language;
  const back = stepBefore(run, 'summary');
  return html`${heading(host.level, msg('Kijk je antwoorden na', { id: 'wegwijzer.summary.title' }), { id: 'step-heading', className: 'step-heading', focusable: true })}
    <p>${msg('Klopt alles? Dan tonen we welke steun je kan krijgen.', { id: 'wegwijzer.summary.intro' })}</p>
    <dl class="check-answers">
      ${run.path.map((key) => {
        const view = questionView(key, lang);
        const value = host.answers.answers[key];
        const shown = host.answers.dontKnow.includes(key) || value === undefined ? msg('Ik weet het niet', { id: 'wegwijzer.dont-know' }) : answerLabel(view, value, lang);
        return html`<div>
          <dt>${view.text}</dt>
          <dd>${shown}</dd>
          <dd>
            <button type="button" class="button-link" @click=${() => host.change(key)}>
              ${msg('Wijzig', { id: 'wegwijzer.summary.change' })}<span class="visually-hidden">: ${view.text}</span>
            </button>
          </dd>
        </div>`;
      })}
    </dl>
    <div class="actions">
      <button type="button" class="button-primary" part="continue" @click=${() => host.showResult()}>
        ${msg('Toon mijn resultaat', { id: 'wegwijzer.summary.show-result' })}
      </button>
      ${back
        ? html`<button type="button" class="button-secondary" part="back" @click=${() => host.back('summary')}>
            ${msg('Vorige', { id: 'wegwijzer.back' })}
          </button>`
        : nothing}
    </div>`;
}
