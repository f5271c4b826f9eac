import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { handlers } from '../mocks/handlers';
import { faultHandlers } from '../mocks/scenarios';
import '../src/elements/monitor/define';

interface Args {
  from: string;
  to: string;
  host: '' | 'burgerprofiel' | 'vdab';
  token: string;
  lang: '' | 'nl' | 'en' | 'fr' | 'de';
}

/**
 * `<llr-monitor>`, for the analysts of the Departement WSE (its own entry: never on citizens' pages): where people
 * stop in the Wegwijzer or answer "Ik weet het niet", outcomes, referrals, wallet states, per week and per host,
 * each chart with its table and CSV. Against the mock's simulated year (mocks/usage-demo.ts); every count below 10
 * is withheld ("<10"). The mock's analyst token is `demo-analyst`; a citizen's (`demo-large`) is refused.
 */
const meta: Meta<Args> = {
  title: 'Elements/llr-monitor',
  component: 'llr-monitor',
  tags: ['autodocs'],
  args: { from: '2026-08-31', to: '2026-11-29', host: '', token: 'demo-analyst', lang: '' },
  argTypes: {
    host: { control: 'inline-radio', options: ['', 'burgerprofiel', 'vdab'], labels: { '': 'alle websites' } },
    token: { control: 'select', options: ['demo-analyst', 'demo-large', ''], labels: { '': 'niet aangemeld' } },
    lang: { control: 'inline-radio', options: ['', 'nl', 'en', 'fr', 'de'] },
  },
  render: (args, { globals }) => html`<llr-monitor
    lang=${args.lang || String(globals.locale ?? 'nl')}
    from=${args.from}
    to=${args.to}
    host=${args.host}
    .getToken=${args.token ? () => args.token : undefined}
  ></llr-monitor>`,
  parameters: { msw: { handlers } },
};
export default meta;
type Story = StoryObj<Args>;

/** Thirteen weeks, every host. */
export const Quarter: Story = {};
/** One week at VDAB: small numbers, many of them withheld ("<10", "N+"). */
export const OneWeekSmallHost: Story = { args: { from: '2026-11-23', to: '2026-11-29', host: 'vdab' } };
/** A whole year. */
export const Year: Story = { args: { from: '2025-12-01', to: '2026-11-29' } };
export const English: Story = { args: { lang: 'en' } };
export const French: Story = { args: { lang: 'fr' } };
export const German: Story = { args: { lang: 'de' } };
/** A period without signals: zeros, and no question to point at. */
export const NoData: Story = { args: { from: '2024-01-01', to: '2024-01-28' } };
export const NotLoggedIn: Story = { args: { token: '' } };
export const CitizenToken: Story = { name: 'A citizen\'s token (403)', args: { token: 'demo-large' } };
export const Loading: Story = { parameters: { msw: { handlers: [...faultHandlers('slow', '/indicators', { slowMs: 600_000 }), ...handlers] } } };
export const Unavailable: Story = { parameters: { msw: { handlers: [...faultHandlers('503', '/indicators'), ...handlers] } } };
