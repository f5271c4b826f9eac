import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { handlers } from '../mocks/handlers';
import { faultHandlers } from '../mocks/scenarios';
import { PERSONAS } from '../mocks/personas';
import { TRAININGS } from '../mocks/trainings';
import '../src/elements/training-incentives/define';

interface Args {
  trainingId: string;
  persona: string;
  lang: '' | 'nl' | 'en' | 'fr' | 'de';
  onError: 'quiet' | 'hidden';
  expanded: boolean;
}

const badge = (args: Args, locale: string) => html`<llr-training-incentives
  training-id=${args.trainingId}
  lang=${args.lang || locale || 'nl'}
  on-error=${args.onError}
  wegwijzer-url="https://www.vlaanderen.be/leer-en-loopbaanrekening"
  wallet-url="https://www.vlaanderen.be/mijn-burgerprofiel"
  .getToken=${args.persona ? () => `demo-${args.persona}` : undefined}
></llr-training-incentives>`;

/** Opens the explanation once the badge has loaded (for the "expanded" stories). */
async function expand(canvasElement: HTMLElement): Promise<void> {
  const el = canvasElement.querySelector('llr-training-incentives');
  for (let i = 0; i < 100; i++) {
    const toggle = el?.shadowRoot?.querySelector<HTMLButtonElement>('.toggle');
    if (toggle) {
      if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
      return;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * `<llr-training-incentives>`: next to a course, which incentives it can open (anonymous), or what this
 * person pays and how many hours of paid training leave they can use (personal). Every story runs against the
 * mock API; pick a persona to see the personal line, and the language in the toolbar.
 */
const meta: Meta<Args> = {
  title: 'Elements/llr-training-incentives',
  component: 'llr-training-incentives',
  tags: ['autodocs'],
  args: { trainingId: 'boekhouden-voor-beginners', persona: '', lang: '', onError: 'quiet', expanded: false },
  argTypes: {
    trainingId: { control: 'select', options: TRAININGS.map((t) => t.id) },
    persona: { control: 'select', options: ['', ...PERSONAS.map((p) => p.id)], labels: { '': 'anoniem' } },
    lang: { control: 'inline-radio', options: ['', 'nl', 'en', 'fr', 'de'] },
    onError: { control: 'inline-radio', options: ['quiet', 'hidden'] },
  },
  render: (args, { globals }) => html`<div style="max-width: 44em">${badge(args, String(globals.locale ?? 'nl'))}</div>`,
  play: async ({ args, canvasElement }) => {
    if (args.expanded) await expand(canvasElement);
  },
  parameters: { msw: { handlers } },
};
export default meta;
type Story = StoryObj<Args>;

// ---------------------------------------------------------------- anonymous

export const Anonymous: Story = {};
export const AnonymousExpanded: Story = { args: { expanded: true } };
export const AnonymousExpandedGerman: Story = { args: { expanded: true }, globals: { locale: 'de' } };
export const BasicSkills: Story = { args: { trainingId: 'digitale-basisvaardigheden', expanded: true } };
export const HigherEducation: Story = { args: { trainingId: 'graduaat-programmeren', expanded: true } };
export const NothingOpens: Story = { args: { trainingId: 'fotografie-voor-hobbyisten', expanded: true } };

export const CourseFactsAsAttributes: Story = {
  render: (_args, { globals }) => html`<llr-training-incentives
    lang=${String(globals.locale ?? 'nl')}
    registered
    contact-hours="130"
    cost="300"
  ></llr-training-incentives>`,
};

// ---------------------------------------------------------------- personal

/** The issue's example: € 150 instead of € 275, 40 of the remaining hours of training leave. */
export const Personal: Story = { args: { persona: 'partial-sources' } };
export const PersonalExpanded: Story = { args: { persona: 'low-educated-employee', expanded: true } };
export const PersonalExpandedGerman: Story = { args: { persona: 'low-educated-employee', expanded: true }, globals: { locale: 'de' } };
export const PersonalOnlyLeave: Story = { args: { persona: 'high-educated-pop', expanded: true } };
export const PersonalPaysNothing: Story = { args: { persona: 'flemish-public-servant', trainingId: 'nt2-richtgraad-2' } };
export const PersonalSelfEmployed: Story = { args: { persona: 'self-employed', expanded: true } };
export const PersonalNothingCovered: Story = { args: { persona: 'jobseeker', expanded: true } };

/** Every course for every persona (and anonymous): the demo's course list in one view. */
export const AllCoursesAllPersonas: Story = {
  render: (args, { globals }) => {
    const locale = String(globals.locale ?? 'nl');
    return html`<table style="border-collapse: collapse; font: 14px system-ui">
      <thead>
        <tr>
          <th scope="col">persona</th>
          ${TRAININGS.map((t) => html`<th scope="col" style="min-width: 20em">${t.title}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${['', ...PERSONAS.map((p) => p.id)].map(
          (persona) => html`<tr>
            <th scope="row" style="vertical-align: top; text-align: start">${persona || 'anoniem'}</th>
            ${TRAININGS.map((t) => html`<td style="vertical-align: top; padding: 0.25em">${badge({ ...args, persona, trainingId: t.id }, locale)}</td>`)}
          </tr>`,
        )}
      </tbody>
    </table>`;
  },
};

// ---------------------------------------------------------------- loading and faults

export const Loading: Story = {
  // Captured while loading by the visual regression test (scripts/visual.ts), before the client's 10 s timeout.
  tags: ['visual-loading'],
  parameters: { msw: { handlers: [...faultHandlers('slow', '/trainings/*', { slowMs: 600_000 }), ...handlers] } },
};

/** The API can't be reached: a quiet line (and an `llr-training-incentives-error` event). */
export const ErrorQuiet: Story = {
  parameters: { msw: { handlers: [...faultHandlers('500', '/trainings/*'), ...handlers] } },
};

/** `on-error="hidden"`: nothing at all on the host page (the event still fires). */
export const ErrorHidden: Story = {
  args: { onError: 'hidden' },
  render: (args, { globals }) => html`<p>Boven de badge.</p>${badge(args, String(globals.locale ?? 'nl'))}<p>Onder de badge.</p>`,
  parameters: { msw: { handlers: [...faultHandlers('500', '/trainings/*'), ...handlers] } },
};

/** The wallet fails: the anonymous line, and an error event with source "wallet". */
export const WalletUnavailable: Story = {
  args: { persona: 'low-educated-employee' },
  parameters: { msw: { handlers: [...faultHandlers('503', '/wallet'), ...handlers] } },
};

export const NotLoggedIn: Story = {
  name: 'Token rejected (401): anonymous, silently',
  args: { persona: 'unknown-person' },
};

export const Hostile: Story = {
  name: 'Hostile host CSS',
  render: (args, { globals }) => html`<style>
      .hostile * { line-height: 3 !important; letter-spacing: 0.3em; color: red; font-size: 30px; }
      .hostile button { background: black; }
    </style>
    <div class="hostile">${badge(args, String(globals.locale ?? 'nl'))}</div>`,
  args: { expanded: true },
};
