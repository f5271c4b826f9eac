/**
 * Demo host-page glue (not part of the widgets): starts the mock API, then defines the elements and
 * wires the persona, language and fault switchers to <llr-provider>.
 * The persona id and the chosen fault live in sessionStorage: demo settings, not personal data.
 */
import type { LlrProvider } from '../src/elements/provider/provider';

const PERSONA_KEY = 'llr-demo-persona';
const SCENARIO_KEY = 'mock-scenario';
const SCENARIOS = ['500', '503', '401', '403', '404', 'timeout', 'offline', 'malformed-json', 'schema-invalid', 'empty-body', 'slow'];

/** False in the strict-CSP build (npm run demo:csp), where the Node mock server answers the API instead of msw. */
declare const __LLR_DEMO_MSW__: boolean | undefined;
const useMsw = typeof __LLR_DEMO_MSW__ === 'undefined' || __LLR_DEMO_MSW__;

if (useMsw) {
  const { startMockApi } = await import('../mocks/browser');
  await startMockApi();
}

interface PersonaName {
  id: string;
  name: string;
}

/**
 * The personas of the switcher. The mock's module brings the rule sets with it (their data and their parsing,
 * the heaviest script of the page), so a page served by the server (`npm run server`) asks its demo identity
 * provider for the list instead; with msw, or a server without one (`npm run demo:csp`), the module is loaded.
 */
let servedByBackEnd = false;
async function personaNames(): Promise<PersonaName[]> {
  if (!useMsw) {
    try {
      const response = await fetch('/demo/personas', { credentials: 'omit' });
      servedByBackEnd = response.ok;
      if (response.ok) return (await response.json()) as PersonaName[];
    } catch {
      /* no demo identity provider: the mock's list below */
    }
  }
  return (await import('../mocks/personas')).PERSONAS.map(({ id, name }) => ({ id, name }));
}
// Before the elements are defined, so that the wallet's first request already carries the persona's token.
const personas = await personaNames();
await import('../src/define');

const provider = document.getElementById('provider') as LlrProvider | null;
const personaSelect = document.getElementById('persona') as HTMLSelectElement | null;
const langSelect = document.getElementById('lang') as HTMLSelectElement | null;
const scenarioSelect = document.getElementById('scenario') as HTMLSelectElement | null;

/**
 * The persona's credential. With msw it is the mock's `demo-<id>`. Without msw the page is served by the server
 * (`npm run server`), whose demo identity provider issues a real, short-lived signed token (`/demo/token`), kept
 * until a minute before it expires; a server without one (the Node mock of `npm run demo:csp`) answers 404, and
 * the mock's credential is used.
 */
const tokens = new Map<string, { token: string; until: number }>();
async function demoToken(id: string): Promise<string> {
  if (useMsw) return `demo-${id}`;
  const cached = tokens.get(id);
  if (cached && cached.until > Date.now()) return cached.token;
  try {
    const response = await fetch(`/demo/token?persona=${encodeURIComponent(id)}`, { credentials: 'omit' });
    if (response.ok) {
      const body = (await response.json()) as { access_token: string; expires_in: number };
      tokens.set(id, { token: body.access_token, until: Date.now() + (body.expires_in - 60) * 1000 });
      return body.access_token;
    }
  } catch {
    /* no demo issuer: the mock's credential below */
  }
  return `demo-${id}`;
}

function option(value: string, label: string): HTMLOptionElement {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = label;
  return o;
}

if (personaSelect && provider) {
  personaSelect.append(option('', 'Anoniem (niet aangemeld)'));
  for (const p of personas) personaSelect.append(option(p.id, p.name));
  personaSelect.value = sessionStorage.getItem(PERSONA_KEY) ?? personas[0]?.id ?? '';
  const apply = () => {
    const id = personaSelect.value;
    sessionStorage.setItem(PERSONA_KEY, id);
    provider.getToken = id ? () => demoToken(id) : undefined;
  };
  personaSelect.addEventListener('change', apply);
  apply();
}

if (langSelect && provider) {
  langSelect.addEventListener('change', () => {
    provider.lang = langSelect.value;
  });
}

// Served by the back end: say where the data comes from (fictional people in its demo database, not a mock).
const note = document.querySelector('.demo-note');
if (note && servedByBackEnd) note.textContent = 'Demo: fictieve personen uit de demo-database van de back end, met een echt (demo)token. Kies een persona of een taal.';

if (scenarioSelect && !useMsw) {
  // The Node mock server cannot read this page's sessionStorage: faults are chosen per request there.
  scenarioSelect.disabled = true;
} else if (scenarioSelect) {
  for (const s of SCENARIOS) scenarioSelect.append(option(s, s));
  scenarioSelect.value = sessionStorage.getItem(SCENARIO_KEY) ?? '';
  scenarioSelect.addEventListener('change', () => {
    if (scenarioSelect.value) sessionStorage.setItem(SCENARIO_KEY, scenarioSelect.value);
    else sessionStorage.removeItem(SCENARIO_KEY);
    location.reload();
  });
}

// The host's own login: the wallet asks with a cancelable event; the demo just explains.
document.addEventListener('llr-auth-required', (event) => {
  event.preventDefault();
  if (personaSelect) {
    personaSelect.focus();
    personaSelect.scrollIntoView({ block: 'center' });
  }
});
