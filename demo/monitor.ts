/**
 * The analysts' demo page (not part of the widgets): the mock API (msw) or, served by the back end, an analyst's
 * demo token from its demo identity provider (`/demo/token?role=analyst`); then <llr-monitor>, which is its own
 * entry and never part of the citizens' pages.
 */
import type { LlrMonitor } from '../src/elements/monitor/monitor';

/** False in the built demo (served by the back end or the strict-CSP Node server), where msw is not started. */
declare const __LLR_DEMO_MSW__: boolean | undefined;
const useMsw = typeof __LLR_DEMO_MSW__ === 'undefined' || __LLR_DEMO_MSW__;

if (useMsw) {
  const { startMockApi } = await import('../mocks/browser');
  await startMockApi();
}

/** The analyst's token: the mock's `demo-analyst`, or a real short-lived one from the back end's demo issuer. */
let cached: { token: string; until: number } | undefined;
async function analystToken(): Promise<string> {
  if (useMsw) return 'demo-analyst';
  if (cached && cached.until > Date.now()) return cached.token;
  try {
    const response = await fetch('/demo/token?role=analyst', { credentials: 'omit' });
    if (response.ok) {
      const body = (await response.json()) as { access_token: string; expires_in: number };
      cached = { token: body.access_token, until: Date.now() + (body.expires_in - 60) * 1000 };
      return body.access_token;
    }
  } catch {
    /* no demo issuer: the mock's credential */
  }
  return 'demo-analyst';
}

const monitor = document.getElementById('monitor') as LlrMonitor | null;
if (monitor) {
  monitor.getToken = analystToken;
  // The period and host in the address (?from=&to=&host=), so a view can be bookmarked or shared.
  const query = new URLSearchParams(location.search);
  for (const name of ['from', 'to', 'host'] as const) {
    const value = query.get(name);
    if (value) monitor[name] = value;
  }
  monitor.addEventListener('llr-monitor-change', (e) => {
    const { from, to, host } = e.detail;
    history.replaceState(null, '', `?${new URLSearchParams({ from, to, ...(host ? { host } : {}) }).toString()}`);
  });
}
await import('../src/elements/monitor/define');

const langSelect = document.getElementById('lang') as HTMLSelectElement | null;
langSelect?.addEventListener('change', () => {
  if (monitor) monitor.lang = langSelect.value;
  document.documentElement.lang = langSelect.value;
});
