import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { delay, http } from 'msw';
import { handlers } from '../mocks/handlers';
import { faultHandlers } from '../mocks/scenarios';
import { INCENTIVES, REFERRALS } from '../mocks/catalogue';
import { PERSONAS, findPersona, walletFor } from '../mocks/personas';
import type { CatalogueEntry, Entitlement } from '../src/api';
import { resolveLang } from '../src/domain/lang';
import '../src/elements/incentive-card/define';

type Lang = '' | 'nl' | 'en' | 'fr' | 'de';

interface Args {
  /** Catalogue id: given as data (`incentive` property) unless `fetch` is on. */
  incentiveId: string;
  /** Persona whose entitlement for this incentive is shown (empty: no person, as on a course page). */
  persona: string;
  /** Fetch the entry with `incentive-id` instead of passing it as a property. */
  fetch: boolean;
  variant: 'full' | 'compact';
  lang: Lang;
  headingLevel: number;
  stale: boolean;
  status: '' | Entitlement['status'];
  width: number;
}

const ENTRIES: CatalogueEntry[] = [...INCENTIVES, ...REFERRALS];

function entitlementOf(args: Args, lang: string): Entitlement | undefined {
  const persona = args.persona ? findPersona(args.persona) : undefined;
  if (!persona) return undefined;
  const found = walletFor(persona, resolveLang(lang)).entitlements.find((e) => e.incentive === args.incentiveId);
  return found && args.status ? { ...found, status: args.status } : found;
}

const card = (args: Args, locale: string) => {
  const lang = args.lang || locale || 'nl';
  return html`<llr-incentive-card
    lang=${lang}
    variant=${args.variant}
    heading-level=${args.headingLevel}
    ?stale=${args.stale}
    incentive-id=${args.fetch ? args.incentiveId : ''}
    .incentive=${args.fetch ? undefined : ENTRIES.find((e) => e.id === args.incentiveId)}
    .entitlement=${entitlementOf(args, lang)}
  ></llr-incentive-card>`;
};

const byId = (scenario: Parameters<typeof faultHandlers>[0]) => ({ msw: { handlers: [...faultHandlers(scenario, '/incentives/*'), ...handlers] } });

/**
 * `<llr-incentive-card>`: one incentive (or referral). The wallet, the Wegwijzer and the course badge give it data
 * as properties; on its own it fetches the catalogue entry with `incentive-id`. Pick an incentive and a persona to
 * see a balance; `compact` is the variant for lists and badges. Language: toolbar or `lang`.
 */
const meta: Meta<Args> = {
  title: 'Elements/llr-incentive-card',
  component: 'llr-incentive-card',
  tags: ['autodocs'],
  args: {
    incentiveId: 'vlaams-opleidingsverlof',
    persona: 'low-educated-employee',
    fetch: false,
    variant: 'full',
    lang: '',
    headingLevel: 3,
    stale: false,
    status: '',
    width: 380,
  },
  argTypes: {
    incentiveId: { control: 'select', options: ENTRIES.map((e) => e.id) },
    persona: { control: 'select', options: ['', ...PERSONAS.map((p) => p.id)], labels: { '': 'geen persoon' } },
    variant: { control: 'inline-radio', options: ['full', 'compact'] },
    lang: { control: 'inline-radio', options: ['', 'nl', 'en', 'fr', 'de'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    status: { control: 'select', options: ['', 'active', 'used-up', 'expired', 'pending'] },
    width: { control: { type: 'range', min: 280, max: 900, step: 10 } },
  },
  render: (args, { globals }) => html`<div style="max-width: ${args.width}px">${card(args, String(globals.locale ?? 'nl'))}</div>`,
  parameters: { msw: { handlers } },
};
export default meta;
type Story = StoryObj<Args>;

// ---------------------------------------------------------------- with a person's balance

export const TimeHours: Story = {};
export const TimeHoursEnglish: Story = { globals: { locale: 'en' } };
export const TimeHoursFrench: Story = { globals: { locale: 'fr' } };
export const TimeHoursGerman: Story = { globals: { locale: 'de' } };
export const MoneyEuro: Story = { args: { incentiveId: 'opleidingscheques' } };
export const MoneyEuroGerman: Story = { args: { incentiveId: 'opleidingscheques' }, globals: { locale: 'de' } };
export const Cheque: Story = { args: { incentiveId: 'loopbaancheques' } };
export const DaysNoLapse: Story = { args: { incentiveId: 'federaal-opleidingsrecht' } };
export const MonthsWholeCareer: Story = { args: { incentiveId: 'vlaams-zorgkrediet-opleiding', persona: 'flemish-public-servant' } };
export const KmoPortefeuilleStale: Story = { args: { incentiveId: 'kmo-portefeuille', persona: 'self-employed', stale: true } };
export const UsedUp: Story = { args: { incentiveId: 'opleidingscheques', persona: 'high-educated-pop' } };
export const Expired: Story = { args: { incentiveId: 'opleidingscheques', status: 'expired' } };
export const Pending: Story = { args: { incentiveId: 'opleidingscheques', status: 'pending' } };

// ---------------------------------------------------------------- without a person, compact, referral

/** As on a course page: what the incentive is and how to use it, no balance. */
export const NoPerson: Story = { args: { persona: '' } };
export const Compact: Story = { args: { variant: 'compact', incentiveId: 'opleidingscheques' } };
export const CompactBadge: Story = { args: { variant: 'compact', persona: '', width: 300 } };
export const Referral: Story = { args: { incentiveId: 'vdab-werkzoekenden', persona: '' } };
export const ReferralFrench: Story = { args: { incentiveId: 'sectorfonds', persona: '' }, globals: { locale: 'fr' } };
export const ReferralGerman: Story = { args: { incentiveId: 'sectorfonds', persona: '' }, globals: { locale: 'de' } };

/** Every incentive and referral, full and compact, for the chosen persona, in the toolbar's language. */
export const Catalogue: Story = {
  render: (args, { globals }) => html`<div style="display: grid; grid-template-columns: repeat(auto-fill, minmax(18em, 1fr)); gap: 1em">
    ${ENTRIES.map((e) => card({ ...args, incentiveId: e.id }, String(globals.locale ?? 'nl')))}
    ${ENTRIES.map((e) => card({ ...args, incentiveId: e.id, variant: 'compact' }, String(globals.locale ?? 'nl')))}
  </div>`,
};

// ---------------------------------------------------------------- fetched by id: loading and faults

export const FetchedById: Story = { args: { fetch: true, persona: '' } };
export const Loading: Story = {
  // Captured while loading by the visual regression test (scripts/visual.ts), before the client's 10 s timeout.
  tags: ['visual-loading'],
  args: { fetch: true },
  parameters: { msw: { handlers: [http.get('*/api/llr/v1/incentives/:id', () => delay('infinite')), ...handlers] } },
};
export const LoadingCompact: Story = {
  // Captured while loading by the visual regression test (scripts/visual.ts), before the client's 10 s timeout.
  tags: ['visual-loading'],
  args: { fetch: true, variant: 'compact', persona: '' },
  parameters: { msw: { handlers: [http.get('*/api/llr/v1/incentives/:id', () => delay('infinite')), ...handlers] } },
};
export const NotFound: Story = { args: { fetch: true, incentiveId: 'bestaat-niet', persona: '' } };
export const ServerError: Story = { args: { fetch: true, persona: '' }, parameters: byId('500') };
export const Unavailable: Story = { args: { fetch: true, persona: '' }, parameters: byId('503') };
export const Offline: Story = { args: { fetch: true, persona: '' }, parameters: byId('offline') };
export const SchemaInvalid: Story = { args: { fetch: true, persona: '' }, parameters: byId('schema-invalid') };
export const Huge: Story = { args: { fetch: true, persona: '' }, parameters: byId('huge') };

/** Hostile API text is shown as text; non-https links are left out. */
export const HostileData: Story = {
  render: (args, { globals }) => {
    const entry = structuredClone(INCENTIVES[0]!);
    const hostile = '<img src=x onerror=alert(1)>';
    entry.name = { nl: hostile, en: hostile, fr: hostile, de: hostile };
    entry.links = [{ label: { nl: 'javascript-link', en: 'javascript link', fr: 'lien javascript', de: 'JavaScript-Link' }, url: 'javascript:alert(1)' }];
    return html`<div style="max-width: ${args.width}px">
      <llr-incentive-card lang=${args.lang || String(globals.locale ?? 'nl')} .incentive=${entry}></llr-incentive-card>
    </div>`;
  },
};
