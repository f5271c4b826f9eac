import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { LabRequest } from '../src/domain/compare/lab';
import '../src/elements/policy-lab/define';

type Lang = '' | 'nl' | 'en' | 'fr';

interface Args {
  lang: Lang;
  headingLevel: number;
  /** A comparison that runs at once (empty: the form only). */
  request: LabRequest | null;
}

/**
 * `<llr-policy-lab>`: the analysts' lab (phases 3.1 and 3.2 of the vision note). Choose a date and an alternative
 * (adopted, planned or scenario rules, or the baseline with edited parameters), the size and seed of a synthetic
 * population of Flanders and Brussels, and compare: who gains and who loses a right, per incentive and per group,
 * with example people and the engine's reasons; for a scenario, what lapses over five years. It computes in a Web
 * Worker, shows every chart as a table too, exports each table as CSV, and keeps the comparison in the address.
 *
 * Not for citizens: its own entry (`@llr/widgets/policy-lab`), never in `llr-embed.js`. The stories set
 * `url-state="off"` (Storybook owns the address) and pass the comparison as the `request` property.
 */
const meta: Meta<Args> = {
  title: 'Analysts/llr-policy-lab',
  component: 'llr-policy-lab',
  tags: ['autodocs'],
  args: { lang: '', headingLevel: 2, request: null },
  argTypes: {
    lang: { control: 'inline-radio', options: ['', 'nl', 'en', 'fr', 'de'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    request: { control: 'object' },
  },
  render: (args, { globals }) => html`<llr-policy-lab
    lang=${args.lang || String(globals.locale ?? 'nl')}
    heading-level=${args.headingLevel}
    url-state="off"
    default-date="2026-03-01"
    .request=${args.request ?? undefined}
  ></llr-policy-lab>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The form: the baseline in force on the date, an alternative, the population. */
export const Form: Story = {};

/** "If VOV used the 2024-25 thresholds again, how many more employees would have a right, and who are they?" */
export const VovThresholdsOf202425: Story = {
  args: { request: { date: '2026-03-01', alternative: '2024-25', edits: {}, size: 10000, seed: 1 } },
};

/** The planned loopbaankrediet (announced, not final) against the rules of 2026: labelled as planned. */
export const PlannedLoopbaankrediet: Story = {
  args: { request: { date: '2027-02-01', alternative: '2027-loopbaankrediet-gepland', edits: {}, size: 10000, seed: 1 } },
};

/** "Under the saving scenario, how much of the opleidingscheques would no longer lapse?" (phase 3.2, five years). */
export const SavingScenarioOverFiveYears: Story = {
  args: { request: { date: '2026-03-01', alternative: 'scenario-opspaarbaar', edits: {}, size: 10000, seed: 1 } },
};

/** Rights that follow the person across statuses (phase 3.2), with a cap of 375 EUR on the training vouchers. */
export const PortableScenarioEdited: Story = {
  args: { request: { date: '2026-03-01', alternative: 'scenario-meeneembaar', edits: { 'a.opleidingscheques.carryOver': 2, 'a.opleidingscheques.cap': 375 }, size: 10000, seed: 1 } },
};

/** The baseline with one parameter edited: the training vouchers' yearly share from 125 to 150 EUR. */
export const EditedParameter: Story = {
  args: { request: { date: '2026-03-01', alternative: 'baseline', edits: { 'p.oc.yearly-share': 150 }, size: 10000, seed: 1 } },
};

/** A value the rules refuse is refused with their message (a negative share). */
export const RefusedValue: Story = {
  args: { request: { date: '2026-03-01', alternative: 'baseline', edits: { 'p.oc.yearly-share': -5 }, size: 10000, seed: 1 } },
};

export const English: Story = { ...VovThresholdsOf202425, globals: { locale: 'en' } };
export const French: Story = { ...SavingScenarioOverFiveYears, globals: { locale: 'fr' } };
export const German: Story = { ...PlannedLoopbaankrediet, globals: { locale: 'de' } };
