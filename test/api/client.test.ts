/**
 * The API client against the real mock API (msw service worker in Chromium): every fault scenario gives its
 * typed error; retries and de-duplication are observed in the number of requests the mock saw.
 */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { ApiError, clearApiCache, createApiClient, inFlightCount, type ApiClientOptions, type ApiErrorKind, type Wallet } from '../../src/api/index';
import { startMockApi } from '../../mocks/browser';
import { faultHandlers, type FaultScenario } from '../../mocks/scenarios';
import { personaToken } from '../../mocks/personas';
import type { SetupWorker } from 'msw/browser';

// Each test gets its own base in front of the API prefix (the mock matches */api/llr/v1/...), so a late event
// of an earlier test (e.g. a request that timed out) can never be counted, and caches never leak between tests.
let testNo = 0;
let BASE = '/api/llr/v1';
let worker: SetupWorker;

interface Seen {
  method: string;
  path: string;
  headers: Headers;
  body?: string;
}
const seen: Seen[] = [];
const responses: { path: string; status: number }[] = [];

const requestsTo = (path: string) => seen.filter((r) => r.path === `${BASE}${path}`);
const fast: Partial<ApiClientOptions> = { retry: { baseDelayMs: 5, maxRetryAfterMs: 20 } };
const client = (options: Partial<ApiClientOptions> = {}) => createApiClient({ baseUrl: BASE, ...fast, ...options });
const token = personaToken('large');
const walletClient = (options: Partial<ApiClientOptions> = {}) => client({ getToken: () => token, ...options });

/** msw reports responses (and request bodies) asynchronously: wait until `count` are known. */
async function settled<T>(list: T[], count: number, done: () => boolean = () => true): Promise<T[]> {
  for (let i = 0; i < 100 && (list.length < count || !done()); i++) await new Promise((r) => setTimeout(r, 10));
  return list;
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(ApiError);
    return error as ApiError;
  }
  throw new Error('expected the call to fail');
}

before(async () => {
  worker = await startMockApi();
  worker.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    if (!url.pathname.startsWith(BASE)) return;
    const entry: Seen = { method: request.method, path: url.pathname, headers: request.headers };
    seen.push(entry);
    if (request.method === 'POST') void request.clone().text().then((t) => (entry.body = t));
  });
  worker.events.on('response:mocked', ({ request, response }) => {
    const url = new URL(request.url);
    if (url.pathname.startsWith(BASE)) responses.push({ path: url.pathname, status: response.status });
  });
});

beforeEach(() => {
  BASE = `/t${++testNo}/api/llr/v1`;
  seen.length = 0;
  responses.length = 0;
  clearApiCache();
  sessionStorage.removeItem('mock-scenario');
});

afterEach(() => worker.resetHandlers());

describe('API client: normal answers', () => {
  it('reads the catalogue, one entry, the rule sets, a training and the wallet', async () => {
    const api = walletClient();
    const catalogue = await api.getCatalogue();
    expect(catalogue.incentives.map((i) => i.id)).to.include.members(['opleidingscheques', 'vlaams-opleidingsverlof', 'kmo-portefeuille']);
    expect(catalogue.referrals).to.have.length(9);

    const entry = await api.getIncentive('loopbaancheques');
    expect(entry.kind).to.equal('incentive');
    expect((await api.getIncentive('sectorfonds')).kind).to.equal('referral');

    const index = await api.getRuleSetIndex();
    expect(index.ruleSets.map((r) => r.id)).to.deep.equal(['2024-25', '2025-26']);
    expect((await api.getCurrentRuleSet('2026-11-28')).id).to.equal('2025-26');
    expect((await api.getCurrentRuleSet('2025-08-31')).id).to.equal('2024-25');
    const ruleSet = await api.getRuleSet('2025-26');
    expect(ruleSet.incentives.length).to.be.greaterThan(0);

    const training = await api.getTraining('boekhouden-voor-beginners');
    expect(training).to.include({ registered: true, contactHours: 40, cost: 275 });

    const wallet = await api.getWallet();
    expect(wallet.entitlements).to.have.length(7);
    expect(wallet.sources.every((s) => s.status === 'ok')).to.equal(true);
  });

  it('picks the persona by token, and reports a partial wallet', async () => {
    const wallet = await client({ getToken: async () => personaToken('partial-sources') }).getWallet();
    expect(wallet.entitlements.map((e) => e.incentive)).to.deep.equal(['opleidingscheques', 'vlaams-opleidingsverlof']);
    expect(wallet.sources.find((s) => s.status === 'unavailable')?.incentives).to.deep.equal(['federaal-opleidingsrecht']);
  });

  it('sends the token only to /wallet', async () => {
    const api = walletClient();
    await api.getCatalogue();
    await api.getWallet();
    expect(requestsTo('/incentives')[0]?.headers.get('Authorization')).to.equal(null);
    expect(requestsTo('/wallet')[0]?.headers.get('Authorization')).to.equal(`Bearer ${token}`);
  });

  it('sends Accept-Language and gets the wallet in that language', async () => {
    const fr = await walletClient({ lang: 'fr-BE' }).getWallet();
    expect(requestsTo('/wallet')[0]?.headers.get('Accept-Language')).to.equal('fr');
    const cheques = (w: Wallet) => w.entitlements.find((e) => e.incentive === 'opleidingscheques')?.period.label;
    expect(cheques(fr)).to.equal('année scolaire 2026-2027');
    const en = await walletClient({ lang: 'en' }).getWallet();
    expect(cheques(en)).to.equal('school year 2026-2027');
    const de = walletClient({ lang: 'de-BE' });
    expect(de.lang).to.equal('de');
    expect(cheques(await de.getWallet())).to.equal('Schuljahr 2026-2027');
    const fallback = walletClient({ lang: 'es' });
    expect(fallback.lang).to.equal('nl');
    expect(cheques(await fallback.getWallet())).to.equal('schooljaar 2026-2027');
  });

  it('reads the indicators with the analyst\'s token, and only with it', async () => {
    const analyst = client({ getToken: () => 'demo-analyst' });
    const indicators = await analyst.getIndicators({ from: '2026-11-01', to: '2026-11-28', host: 'vdab' });
    expect([indicators.from, indicators.to, indicators.host]).to.deep.equal(['2026-10-26', '2026-11-29', 'vdab']);
    expect(requestsTo('/indicators')[0]?.headers.get('Authorization')).to.equal('Bearer demo-analyst');
    const citizen = await failure(walletClient().getIndicators({ from: '2026-11-01', to: '2026-11-28' }));
    expect(citizen.kind).to.equal('forbidden');
  });
});

describe('API client: fault scenarios give typed errors', () => {
  const cases: { scenario: FaultScenario; kind: ApiErrorKind; requests: number; status?: number }[] = [
    { scenario: '500', kind: 'server', requests: 1, status: 500 },
    { scenario: '503', kind: 'unavailable', requests: 3, status: 503 },
    { scenario: '401', kind: 'unauthorized', requests: 1, status: 401 },
    { scenario: '403', kind: 'forbidden', requests: 1, status: 403 },
    { scenario: '404', kind: 'not-found', requests: 1, status: 404 },
    { scenario: 'timeout', kind: 'timeout', requests: 1 },
    { scenario: 'offline', kind: 'offline', requests: 3 },
    { scenario: 'malformed-json', kind: 'invalid-response', requests: 1, status: 200 },
    { scenario: 'schema-invalid', kind: 'invalid-response', requests: 1, status: 200 },
    { scenario: 'empty-body', kind: 'invalid-response', requests: 1, status: 200 },
  ];

  for (const { scenario, kind, requests, status } of cases) {
    for (const [name, call] of [
      ['wallet', (api: ReturnType<typeof client>) => api.getWallet()],
      ['catalogue', (api: ReturnType<typeof client>) => api.getCatalogue()],
      ['training', (api: ReturnType<typeof client>) => api.getTraining('boekhouden-voor-beginners')],
      ['rule set', (api: ReturnType<typeof client>) => api.getCurrentRuleSet('2026-11-28')],
    ] as const) {
      it(`${scenario} on the ${name} → '${kind}' after ${requests} request(s)`, async () => {
        worker.use(...faultHandlers(scenario));
        const error = await failure(call(walletClient(scenario === 'timeout' ? { timeoutMs: 300 } : {})));
        expect(error.kind).to.equal(kind);
        expect(error.status).to.equal(status);
        expect((await settled(seen, requests)).length).to.equal(requests);
        expect(error.message).not.to.include(token);
        expect(String(error.stack)).not.to.include(token);
        if (scenario === '503') expect(error.retryAfterSeconds).to.equal(1);
        if (status && status >= 400) expect(error.problem?.status).to.equal(status);
      });
    }
  }

  it('huge: a very large wallet is still a valid wallet', async () => {
    worker.use(...faultHandlers('huge', '/wallet'));
    const wallet = await walletClient().getWallet();
    expect(wallet.entitlements).to.have.length(1000);
  });

  it('slow: answers after the delay, or times out with a shorter timeout', async () => {
    worker.use(...faultHandlers('slow', '*', { slowMs: 400 }));
    const start = performance.now();
    const catalogue = await client().getCatalogue();
    expect(performance.now() - start).to.be.greaterThan(350);
    expect(catalogue.incentives.length).to.be.greaterThan(0);
    const error = await failure(client({ timeoutMs: 100 }).getWallet());
    expect(error.kind).to.equal('timeout');
  });

  it('a scenario in sessionStorage (the demo fault switcher) applies to the matching path only', async () => {
    sessionStorage.setItem('mock-scenario', '500@/wallet');
    expect((await failure(walletClient().getWallet())).kind).to.equal('server');
    expect((await client().getCatalogue()).incentives.length).to.be.greaterThan(0);
  });

  it('no token → 401 from the mock: unauthorized', async () => {
    const error = await failure(client().getWallet());
    expect(error.kind).to.equal('unauthorized');
    expect(error.problem?.title).to.equal('Je bent niet aangemeld');
  });

  it('a failing token provider is unauthorized, without a request', async () => {
    const error = await failure(
      client({
        getToken: () => {
          throw new Error('secret-token-123 expired');
        },
      }).getWallet(),
    );
    expect(error.kind).to.equal('unauthorized');
    expect(error.message).not.to.include('secret-token-123');
    expect(seen.length).to.equal(0);
  });
});

describe('API client: retries', () => {
  it('retries a 502 and a 504, then succeeds (3 requests)', async () => {
    let n = 0;
    worker.use(
      http.get('*/api/llr/v1/incentives', () => {
        n++;
        if (n === 1) return new HttpResponse(null, { status: 502 });
        if (n === 2) return new HttpResponse(null, { status: 504 });
        return undefined; // the normal handler answers
      }),
    );
    const catalogue = await client().getCatalogue();
    expect(catalogue.incentives.length).to.be.greaterThan(0);
    expect(requestsTo('/incentives')).to.have.length(3);
  });

  it('honours Retry-After (1 s) before retrying a 503', async () => {
    worker.use(http.get('*/api/llr/v1/wallet', () => HttpResponse.json({}, { status: 503, headers: { 'Retry-After': '1' } }), { once: true }));
    const start = performance.now();
    await walletClient({ retry: { baseDelayMs: 5 } }).getWallet();
    expect(performance.now() - start).to.be.greaterThan(950);
    expect(requestsTo('/wallet')).to.have.length(2);
  });

  it('caps a long Retry-After', async () => {
    worker.use(http.get('*/api/llr/v1/wallet', () => new HttpResponse(null, { status: 503, headers: { 'Retry-After': '3600' } }), { once: true }));
    const start = performance.now();
    await walletClient({ retry: { maxRetryAfterMs: 50 } }).getWallet();
    expect(performance.now() - start).to.be.lessThan(3000); // uncapped it would wait an hour
    expect(requestsTo('/wallet')).to.have.length(2);
  });

  it('retries = 0 makes one attempt', async () => {
    worker.use(...faultHandlers('offline'));
    await failure(client({ retry: { retries: 0 } }).getCatalogue());
    expect(seen.length).to.equal(1);
  });
});

describe('API client: one request per resource', () => {
  it('concurrent callers, from different clients, share one request', async () => {
    const a = client();
    const b = client();
    const results = await Promise.all([a.getCatalogue(), b.getCatalogue(), a.getCatalogue()]);
    expect(requestsTo('/incentives')).to.have.length(1);
    expect(results[1]).to.equal(results[0]);
    expect(inFlightCount()).to.equal(0);
  });

  it('two wallets with the same token share one request; other tokens and languages do not', async () => {
    const other = personaToken('jobseeker');
    await Promise.all([
      walletClient().getWallet(),
      walletClient().getWallet(),
      client({ getToken: () => other }).getWallet(),
      walletClient({ lang: 'fr' }).getWallet(),
    ]);
    expect(requestsTo('/wallet')).to.have.length(3);
  });

  it('shares the retries too: a 503 seen by two callers is retried once for both', async () => {
    worker.use(...faultHandlers('503', '/wallet'));
    const [x, y] = await Promise.allSettled([walletClient().getWallet(), walletClient().getWallet()]);
    expect(x.status).to.equal('rejected');
    expect(y.status).to.equal('rejected');
    expect(requestsTo('/wallet')).to.have.length(3);
  });

  it('a new call after the answer makes a new request', async () => {
    await walletClient().getWallet();
    await walletClient().getWallet();
    expect(requestsTo('/wallet')).to.have.length(2);
  });
});

describe('API client: abort', () => {
  it('a caller that aborts leaves; the others still get the answer from the same request', async () => {
    worker.use(...faultHandlers('slow', '/wallet', { slowMs: 300 }));
    const controller = new AbortController();
    const first = walletClient().getWallet(controller.signal);
    const second = walletClient().getWallet();
    setTimeout(() => controller.abort(), 50);
    const error = await failure(first);
    expect(error.kind).to.equal('aborted');
    const wallet = await second;
    expect(wallet.entitlements.length).to.be.greaterThan(0);
    expect(requestsTo('/wallet')).to.have.length(1);
  });

  it('when every caller aborts, the request is cancelled and the next call starts afresh', async () => {
    worker.use(...faultHandlers('slow', '/wallet', { slowMs: 300 }));
    const c1 = new AbortController();
    const c2 = new AbortController();
    const p1 = walletClient().getWallet(c1.signal);
    const p2 = walletClient().getWallet(c2.signal);
    await settled(seen, 1);
    expect(inFlightCount()).to.equal(1);
    c1.abort();
    expect(inFlightCount()).to.equal(1);
    c2.abort();
    expect(inFlightCount()).to.equal(0);
    expect((await failure(p1)).kind).to.equal('aborted');
    expect((await failure(p2)).kind).to.equal('aborted');
    worker.resetHandlers();
    await walletClient().getWallet();
    expect(requestsTo('/wallet')).to.have.length(2);
  });

  it('an already aborted signal makes no request', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await failure(client().getCatalogue(controller.signal));
    expect(error.kind).to.equal('aborted');
    expect(seen.length).to.equal(0);
  });

  it('aborting during the backoff stops the retries', async () => {
    worker.use(...faultHandlers('503'));
    const controller = new AbortController();
    const pending = client({ retry: { maxRetryAfterMs: 2000 } }).getCatalogue(controller.signal);
    setTimeout(() => controller.abort(), 100);
    expect((await failure(pending)).kind).to.equal('aborted');
    await new Promise((r) => setTimeout(r, 100));
    expect(seen.length).to.equal(1);
  });
});

describe('API client: ETag revalidation', () => {
  it('revalidates with If-None-Match and reuses the body on 304', async () => {
    const api = client();
    const first = await api.getCatalogue();
    const second = await api.getCatalogue();
    const [r1, r2] = requestsTo('/incentives');
    expect(r1?.headers.get('If-None-Match')).to.equal(null);
    expect(r2?.headers.get('If-None-Match')).to.match(/^"[^"]+"$/);
    await settled(responses, 2, () => responses.filter((r) => r.path === `${BASE}/incentives`).length >= 2);
    expect(responses.filter((r) => r.path === `${BASE}/incentives`).map((r) => r.status)).to.deep.equal([200, 304]);
    expect(second).to.equal(first);
  });

  it('works for rule sets too, per URL', async () => {
    const api = client();
    await api.getRuleSet('2025-26');
    await api.getCurrentRuleSet('2026-11-28');
    await api.getRuleSet('2025-26');
    const ruleSetResponses = () => responses.filter((r) => r.path.startsWith(`${BASE}/rule-sets`));
    await settled(responses, 3, () => ruleSetResponses().length >= 3);
    expect(ruleSetResponses().map((r) => r.status)).to.deep.equal([200, 200, 304]);
  });

  it('does not revalidate the wallet (personal, no-store)', async () => {
    await walletClient().getWallet();
    await walletClient().getWallet();
    expect(requestsTo('/wallet').map((r) => r.headers.get('If-None-Match'))).to.deep.equal([null, null]);
  });

  it('clearApiCache forgets the cached bodies', async () => {
    await client().getCatalogue();
    clearApiCache();
    await client().getCatalogue();
    await settled(responses, 2, () => responses.filter((r) => r.path === `${BASE}/incentives`).length >= 2);
    expect(responses.filter((r) => r.path === `${BASE}/incentives`).map((r) => r.status)).to.deep.equal([200, 200]);
  });
});

describe('API text hygiene', () => {
  it('removes bidi override controls from API text so they cannot flip our own text after them', async () => {
    const { CatalogueSchema } = await import('../../src/api/schemas');
    const v = await import('valibot');
    const { CATALOGUE } = await import('../../mocks/catalogue');
    const tampered = structuredClone(CATALOGUE) as unknown as { incentives: Array<{ name: { nl: string } }> };
    const first = tampered.incentives[0];
    if (!first) throw new Error('mock catalogue has no incentives');
    first.name.nl = `\u202EOpleidingscheques\u2066 extra\u2069`;
    const parsed = v.parse(CatalogueSchema, tampered) as typeof tampered;
    expect(parsed.incentives[0]?.name.nl).to.equal('Opleidingscheques extra');
  });
});
