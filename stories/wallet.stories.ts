import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import { handlers } from '../mocks/handlers';
import { faultHandlers } from '../mocks/scenarios';
import { GENERATED_AT, PERSONAS, REFERENCE_DATE, findPersona } from '../mocks/personas';
import { walletOf } from '../mocks/wallet';
import { scenarioRuleSets } from '../src/domain/rules';
import { FAULT_SCENARIOS, negotiateLang, type FaultScenario } from '../mocks/mock-api';
import '../src/elements/wallet/define';
import type { LlrWallet } from '../src/elements/wallet/wallet';

type Lang = '' | 'nl' | 'en' | 'fr' | 'de';

interface Args {
  /** Persona of the mock API (token `demo-<id>`); empty: not logged in. */
  persona: string;
  lang: Lang;
  headingLevel: number;
  staleAfterDays: number;
  width: number;
  /** The host handles llr-auth-required itself (preventDefault). */
  hostLogin: boolean;
}

const wallet = (args: Args, locale: string) => html`<llr-wallet
  lang=${args.lang || locale || 'nl'}
  heading-level=${args.headingLevel}
  stale-after-days=${args.staleAfterDays}
  login-url="https://www.vlaanderen.be/mijn-burgerprofiel"
  wegwijzer-url="https://www.vlaanderen.be/leer-en-loopbaanrekening"
  .getToken=${args.persona ? () => `demo-${args.persona}` : undefined}
  @llr-auth-required=${(e: Event) => {
    if (args.hostLogin) e.preventDefault();
  }}
></llr-wallet>`;

/** The wallet's own request fails with `scenario`; everything else is the normal mock API. */
const fault = (scenario: FaultScenario) => ({ msw: { handlers: [...faultHandlers(scenario, '/wallet'), ...handlers] } });

/**
 * `<llr-wallet>`: the citizen's personal wallet on Mijn Burgerprofiel. Every story runs the real element against
 * the mock API (msw): pick a persona, a language (toolbar or `lang`) and a width. Each state of the issue has a
 * story: loading, not logged in (with and without the host's own login), no rights, partial data, stale data,
 * every fault of the API, and a refresh that fails after a good load.
 */
const meta: Meta<Args> = {
  title: 'Elements/llr-wallet',
  component: 'llr-wallet',
  tags: ['autodocs'],
  args: { persona: 'low-educated-employee', lang: '', headingLevel: 2, staleAfterDays: 30, width: 720, hostLogin: false },
  argTypes: {
    persona: { control: 'select', options: ['', ...PERSONAS.map((p) => p.id)], labels: { '': 'niet aangemeld' } },
    lang: { control: 'inline-radio', options: ['', 'nl', 'en', 'fr', 'de'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    staleAfterDays: { control: { type: 'number', min: 0 } },
    width: { control: { type: 'range', min: 320, max: 1200, step: 10 } },
  },
  render: (args, { globals }) => html`<div style="max-width: ${args.width}px">${wallet(args, String(globals.locale ?? 'nl'))}</div>`,
  parameters: { msw: { handlers } },
};
export default meta;
type Story = StoryObj<Args>;

// ---------------------------------------------------------------- every persona

/** Kortgeschoold, voltijds bediende: opleidingscheques, opleidingsverlof, loopbaancheque, federale opleidingsdagen. */
export const LowEducatedEmployee: Story = {};
export const LowEducatedEmployeeEnglish: Story = { globals: { locale: 'en' } };
export const LowEducatedEmployeeFrench: Story = { globals: { locale: 'fr' } };
export const LowEducatedEmployeeGerman: Story = { globals: { locale: 'de' } };
/** Opleidingscheques used up; VOK months; 0.8 federal days. */
export const HighEducatedWithPop: Story = { args: { persona: 'high-educated-pop' } };
/** Zorgkrediet over the whole career (no end date, does not lapse). */
export const FlemishPublicServant: Story = { args: { persona: 'flemish-public-servant' } };
/** KMO-portefeuille from VLAIO, whose data is half a year old: the stale notice. */
export const SelfEmployedStale: Story = { args: { persona: 'self-employed' } };
/** No rights: explained, with the referrals that fit (free VDAB training, adult education). */
export const JobseekerNoRights: Story = { args: { persona: 'jobseeker' } };
export const JobseekerNoRightsFrench: Story = { args: { persona: 'jobseeker' }, globals: { locale: 'fr' } };
export const JobseekerNoRightsGerman: Story = { args: { persona: 'jobseeker' }, globals: { locale: 'de' } };
/** No rights and no referral: still explained, with the Wegwijzer and help; never an empty box. */
export const NoRightsNoReferral: Story = { args: { persona: 'no-rights' } };
export const BrusselsEmployee: Story = { args: { persona: 'brussels-employee' } };
/** The largest persona: seven entitlements, carried-over federal days. */
export const Large: Story = { args: { persona: 'large' } };
/** One source (Sigedis) does not answer: the rest is shown and the missing part named. */
export const PartialSources: Story = { args: { persona: 'partial-sources' } };
export const PartialSourcesEnglish: Story = { args: { persona: 'partial-sources' }, globals: { locale: 'en' } };

/** An account over time: what was received, used and what lapsed (under "Geschiedenis"), and what is announced. */
export const HistoryAndAnnounced: Story = {
  args: { persona: 'low-educated-employee' },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<LlrWallet>('llr-wallet')!;
    for (let i = 0; i < 100 && !el.shadowRoot?.querySelector('section.history'); i++) await new Promise((r) => setTimeout(r, 50));
    for (const d of Array.from(el.shadowRoot?.querySelectorAll<HTMLDetailsElement>('section.history details') ?? [])) d.open = true;
  },
};
/** Self-employed since April 2025: federal training days from his years as an employee, not usable now, and why. */
export const NotUsableAfterStatusChange: Story = { args: { persona: 'self-employed', staleAfterDays: 100000 } };
export const NotUsableAfterStatusChangeFrench: Story = { args: { persona: 'self-employed', staleAfterDays: 100000 }, globals: { locale: 'fr' } };
export const NotUsableAfterStatusChangeGerman: Story = { args: { persona: 'self-employed', staleAfterDays: 100000 }, globals: { locale: 'de' } };
/** Two career vouchers reported where one was left: a calm note on data that does not add up, with where to ask. */
export const DataIssue: Story = { args: { persona: 'brussels-employee' } };

/**
 * Phase 3.2 SCENARIOS (not law, never a citizen's wallet): the same person's history under a scenario rule set, so
 * designers and policy officers see what the wallet would show. `persona` picks the history.
 */
const underScenario = (id: string, persona = 'large'): Story => {
  const scenario = scenarioRuleSets.find((s) => s.id === id)!;
  return {
    args: { persona },
    parameters: {
      msw: {
        handlers: [
          http.get('*/api/llr/v1/wallet', ({ request }) =>
            HttpResponse.json(
              walletOf(findPersona(persona)!.history, {
                referenceDate: REFERENCE_DATE,
                lang: negotiateLang(request.headers.get('Accept-Language')),
                generatedAt: GENERATED_AT,
                scenario,
              }),
            ),
          ),
          ...handlers,
        ],
      },
    },
    decorators: [(story) => html`<p style="font: 600 14px system-ui; background: #fff3c4; padding: 8px">Scenario, geen recht: ${scenario.title.nl}</p>${story()}`],
  };
};
export const ScenarioSavingUp: Story = underScenario(scenarioRuleSets[0]!.id);
export const ScenarioRightsFollowThePerson: Story = underScenario(scenarioRuleSets[1]!.id, 'self-employed');

/** At 320 px, the smallest phone width. */
export const Narrow320: Story = { args: { persona: 'large', width: 320 } };

// ---------------------------------------------------------------- states

/** Loading: a skeleton that reserves the space, `aria-busy`, and help that needs no data. */
export const Loading: Story = {
  // Captured while loading by the visual regression test (scripts/visual.ts), before the client's 10 s timeout.
  tags: ['visual-loading'],
  parameters: { msw: { handlers: [http.get('*/api/llr/v1/wallet', () => delay('infinite')), ...handlers] } },
};

/** 401: the login prompt with the configured login URL (the `llr-auth-required` event was not cancelled). */
export const NotLoggedIn: Story = { args: { persona: '' } };
export const NotLoggedInEnglish: Story = { args: { persona: '' }, globals: { locale: 'en' } };
export const NotLoggedInFrench: Story = { args: { persona: '' }, globals: { locale: 'fr' } };
export const NotLoggedInGerman: Story = { args: { persona: '' }, globals: { locale: 'de' } };
/** The host cancelled `llr-auth-required` to start its own login: a button that asks the host again. */
export const NotLoggedInHostLogin: Story = { args: { persona: '', hostLogin: true } };

export const Forbidden: Story = { parameters: fault('403') };
export const ServerError: Story = { parameters: fault('500') };
export const ServerErrorFrench: Story = { parameters: fault('500'), globals: { locale: 'fr' } };
export const ServerErrorGerman: Story = { parameters: fault('500'), globals: { locale: 'de' } };
export const Unavailable: Story = { parameters: fault('503') };
export const NotFound: Story = { parameters: fault('404') };
export const Offline: Story = { parameters: fault('offline') };
/** The client gives up after 10 seconds. */
export const Timeout: Story = { parameters: fault('timeout') };
/** Invalid data is an error, never half a wallet. */
export const SchemaInvalid: Story = { parameters: fault('schema-invalid') };
export const MalformedJson: Story = { parameters: fault('malformed-json') };
export const EmptyBody: Story = { parameters: fault('empty-body') };
/** 1000 entitlements: 20 per pillar, then "show all". */
export const Huge: Story = { parameters: fault('huge') };
export const Slow: Story = { parameters: fault('slow') };
/** The catalogue (names, steps) fails: an error too, never cards without names. */
export const CatalogueFails: Story = { parameters: { msw: { handlers: [...faultHandlers('503', '/incentives'), ...handlers] } } };

/** A refresh fails after a good load: the last good data stays, with a calm notice and a retry. */
export const RefreshFails: Story = {
  parameters: {
    msw: {
      handlers: [
        (() => {
          let calls = 0;
          return http.get('*/api/llr/v1/wallet', () => {
            calls += 1;
            return calls === 1 ? undefined : HttpResponse.json({ type: 'about:blank', title: 'Fout', status: 500, detail: 'Fout' }, { status: 500 });
          });
        })(),
        ...handlers,
      ],
    },
  },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<LlrWallet>('llr-wallet');
    for (let i = 0; i < 100 && !el?.shadowRoot?.querySelector('llr-incentive-card'); i++) await new Promise((r) => setTimeout(r, 50));
    el?.reload();
  },
};

/** Every fault scenario of the mock API next to each other, in the toolbar's language (one API base each). */
const SHOWN_FAULTS = FAULT_SCENARIOS.filter((s) => s !== 'huge' && s !== 'timeout');
export const AllFaults: Story = {
  render: (args, { globals }) => html`<div style="display: grid; grid-template-columns: repeat(auto-fill, minmax(20em, 1fr)); gap: 1em">
    ${SHOWN_FAULTS.map(
      (s) => html`<div style="border: 1px dashed #999; padding: 0.5em">
        <p style="font: 12px monospace; margin: 0 0 0.5em">${s}</p>
        <llr-wallet
          lang=${args.lang || String(globals.locale ?? 'nl')}
          heading-level="2"
          api-base=${`/scenario-${s}/api/llr/v1`}
          .getToken=${() => `demo-${args.persona}`}
        ></llr-wallet>
      </div>`,
    )}
  </div>`,
  parameters: {
    msw: { handlers: [...SHOWN_FAULTS.flatMap((s) => faultHandlers(s, `*/scenario-${s}/api/llr/v1/wallet`)), ...handlers] },
  },
};

/** Every persona (and not logged in) side by side, in the toolbar's language. */
export const AllPersonas: Story = {
  render: (args, { globals }) => html`<div style="display: grid; grid-template-columns: repeat(auto-fill, minmax(22em, 1fr)); gap: 2em">
    ${['', ...PERSONAS.map((p) => p.id)].map((persona) => html`<div>${wallet({ ...args, persona }, String(globals.locale ?? 'nl'))}</div>`)}
  </div>`,
};

export const HostileHostCss: Story = {
  name: 'Hostile host CSS',
  render: (args, { globals }) => html`<style>
      .hostile * { line-height: 3 !important; letter-spacing: 0.3em; color: red; font-size: 30px; text-align: center; }
      .hostile button, .hostile a { background: black; }
    </style>
    <div class="hostile" style="max-width: ${args.width}px">${wallet(args, String(globals.locale ?? 'nl'))}</div>`,
};
