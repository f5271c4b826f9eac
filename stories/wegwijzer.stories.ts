import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { handlers } from '../mocks/handlers';
import { faultHandlers } from '../mocks/scenarios';
import { PERSONAS, REFERENCE_DATE } from '../mocks/personas';
import { selectRuleSet, type AnswerKey, type AnswerValue, type Situation } from '../src/domain';
import { ruleSets } from '../src/domain/rules';
import { simulateWizard } from '../src/domain/simulate';
import { storageKey } from '../src/elements/wegwijzer/storage';
import type { StepId } from '../src/elements/wegwijzer/wizard-state';
import '../src/elements/wegwijzer/define';

type Lang = '' | 'nl' | 'en' | 'fr' | 'de';

interface Args {
  lang: Lang;
  headingLevel: number;
  /** Answers to start from (as the citizen would have given them before a reload). */
  answers: Partial<Record<AnswerKey, AnswerValue>>;
  dontKnow: AnswerKey[];
  /** The step to open on: an answer key, "summary" or "result" (empty: the first open question). */
  step: StepId | '';
}

const RULE_SET = selectRuleSet(ruleSets, REFERENCE_DATE);
let counter = 0;

/** What a persona would have answered by the end of the wizard (the engine's questions only). */
function answersOf(situation: Situation): Pick<Args, 'answers' | 'dontKnow'> {
  const { answers, dontKnow } = simulateWizard(RULE_SET, situation, { referenceDate: REFERENCE_DATE, referralQuestions: true });
  return { answers, dontKnow: [...dontKnow] };
}

const employee = PERSONAS.find((p) => p.id === 'low-educated-employee')!.situation;
/** The first answers of an employee in the private sector in Flanders, up to the question `until`. */
function employeeUntil(until: AnswerKey): Pick<Args, 'answers' | 'dontKnow' | 'step'> {
  const { answers: all, asked } = simulateWizard(RULE_SET, employee, { referenceDate: REFERENCE_DATE, referralQuestions: true });
  const answers: Args['answers'] = {};
  for (const key of asked) {
    if (key === until) break;
    if (all[key] !== undefined) answers[key] = all[key];
  }
  return { answers, dontKnow: [], step: until };
}

/**
 * `<llr-wegwijzer>`: the signpost wizard. Every story runs the real element against the mock API; the story's
 * answers are put in sessionStorage first, exactly as a reload would find them, so each step can be opened
 * directly. Change the language in the toolbar or with the `lang` control.
 */
const meta: Meta<Args> = {
  title: 'Elements/llr-wegwijzer',
  component: 'llr-wegwijzer',
  tags: ['autodocs'],
  args: { lang: '', headingLevel: 2, answers: {}, dontKnow: [], step: '' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['', 'nl', 'en', 'fr', 'de'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    step: { control: 'text' },
  },
  render: (args, { globals, id }) => {
    const instance = `story-${id}-${counter++}`;
    sessionStorage.setItem(storageKey(instance), JSON.stringify({ answers: args.answers, dontKnow: args.dontKnow, step: args.step || null }));
    return html`<div style="max-width: 46em">
      <llr-wegwijzer
        id=${instance}
        lang=${args.lang || String(globals.locale ?? 'nl')}
        heading-level=${args.headingLevel}
        reference-date=${REFERENCE_DATE}
        wallet-url="https://www.vlaanderen.be/mijn-burgerprofiel"
      ></llr-wegwijzer>
    </div>`;
  },
  parameters: { msw: { handlers } },
};
export default meta;
type Story = StoryObj<Args>;

// ---------------------------------------------------------------- every step type

/** The first question: a choice (radio buttons), with the short intro and the privacy note. */
export const FirstQuestion: Story = {};
/** A choice question further on, with "Vorige". */
export const Choice: Story = { args: employeeUntil('education') };
/** A yes/no question with "Ik weet het niet" and "Waar vind ik dit?". */
export const YesNo: Story = { args: employeeUntil('timeCreditTraining') };
/** A choice with "Ik weet het niet". */
export const ChoiceWithDontKnow: Story = { args: employeeUntil('careerVouchersUsed') };
/** A number (percentage), with its unit and "Ik weet het niet". */
export const NumberPercent: Story = { args: employeeUntil('employmentPercent') };
/** A number with decimals (hours a week). */
export const NumberHours: Story = { args: employeeUntil('hoursPerWeek') };

/** "Doorgaan" without an answer: the error summary (focused) and the field's message. */
export const ValidationError: Story = {
  args: employeeUntil('sector'),
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('llr-wegwijzer');
    for (let i = 0; i < 100; i++) {
      const button = el?.shadowRoot?.querySelector<HTMLButtonElement>('button[type=submit]');
      if (button) {
        button.click();
        return;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  },
};

/** The summary of answers with "Wijzig" links. */
export const Summary: Story = { args: { ...answersOf(employee), step: 'summary' } };

// ---------------------------------------------------------------- the result for each persona

export const ResultLowEducatedEmployee: Story = { args: { ...answersOf(PERSONAS[0]!.situation), step: 'result' } };
export const ResultHighEducatedWithPop: Story = { args: { ...answersOf(PERSONAS.find((p) => p.id === 'high-educated-pop')!.situation), step: 'result' } };
export const ResultFlemishPublicServant: Story = { args: { ...answersOf(PERSONAS.find((p) => p.id === 'flemish-public-servant')!.situation), step: 'result' } };
export const ResultSelfEmployed: Story = { args: { ...answersOf(PERSONAS.find((p) => p.id === 'self-employed')!.situation), step: 'result' } };
/** Nothing applies: why not, and where to go instead (never a bare "niet in aanmerking"). */
export const ResultJobseeker: Story = { args: { ...answersOf(PERSONAS.find((p) => p.id === 'jobseeker')!.situation), step: 'result' } };
export const ResultBrusselsEmployee: Story = { args: { ...answersOf(PERSONAS.find((p) => p.id === 'brussels-employee')!.situation), step: 'result' } };
export const ResultLarge: Story = { args: { ...answersOf(PERSONAS.find((p) => p.id === 'large')!.situation), step: 'result' } };
export const ResultNoRights: Story = { args: { ...answersOf(PERSONAS.find((p) => p.id === 'no-rights')!.situation), step: 'result' } };
export const ResultPartialSources: Story = { args: { ...answersOf(PERSONAS.find((p) => p.id === 'partial-sources')!.situation), step: 'result' } };

/** "Ik weet het niet" on the employment percentage: training leave "may apply", with where to find out. */
export const ResultWithDontKnow: Story = {
  args: (() => {
    const situation: Situation = { ...employee };
    delete situation.employmentPercent;
    return { ...answersOf(situation), step: 'result' as const };
  })(),
};

// ---------------------------------------------------------------- loading and errors

export const Loading: Story = {
  // Captured while loading by the visual regression test (scripts/visual.ts), before the client's 10 s timeout.
  tags: ['visual-loading'],
  parameters: { msw: { handlers: [...faultHandlers('slow', '/rule-sets/current', { slowMs: 600_000 }), ...handlers] } },
};
/** The rule set can't be fetched (server error): a message, retry, and the answers are kept. */
export const ErrorRuleSetServer: Story = {
  args: employeeUntil('education'),
  parameters: { msw: { handlers: [...faultHandlers('500', '/rule-sets/current'), ...handlers] } },
};
export const ErrorOffline: Story = {
  parameters: { msw: { handlers: [...faultHandlers('offline'), ...handlers] } },
};
export const ErrorUnavailable: Story = {
  parameters: { msw: { handlers: [...faultHandlers('503', '/rule-sets/current'), ...handlers] } },
};
export const ErrorTimeout: Story = {
  parameters: { msw: { handlers: [...faultHandlers('timeout', '/incentives'), ...handlers] } },
};
/** The catalogue is broken (invalid JSON). */
export const ErrorCatalogueInvalid: Story = {
  parameters: { msw: { handlers: [...faultHandlers('malformed-json', '/incentives'), ...handlers] } },
};
/** A rule set that the engine's parser refuses counts as an invalid response. */
export const ErrorRuleSetInvalid: Story = {
  parameters: { msw: { handlers: [...faultHandlers('schema-invalid', '/rule-sets/current'), ...handlers] } },
};

// ---------------------------------------------------------------- each locale

export const English: Story = { args: { lang: 'en', ...employeeUntil('employmentPercent') } };
export const French: Story = { args: { lang: 'fr', ...employeeUntil('employmentPercent') } };
export const EnglishResult: Story = { args: { lang: 'en', ...answersOf(PERSONAS[0]!.situation), step: 'result' } };
export const FrenchResult: Story = { args: { lang: 'fr', ...answersOf(PERSONAS[0]!.situation), step: 'result' } };
export const FrenchSummary: Story = { args: { lang: 'fr', ...answersOf(PERSONAS[0]!.situation), step: 'summary' } };
export const German: Story = { args: { lang: 'de', ...employeeUntil('employmentPercent') } };
export const GermanResult: Story = { args: { lang: 'de', ...answersOf(PERSONAS[0]!.situation), step: 'result' } };
export const GermanSummary: Story = { args: { lang: 'de', ...answersOf(PERSONAS[0]!.situation), step: 'summary' } };
