/**
 * The contract suite: every request the widgets make, against one implementation of api/openapi.yaml (the msw
 * mock or the real server, targets.ts). Each answer's status, content type, headers and body are validated
 * against the contract with ajv (JSON Schema 2020-12), and the client's valibot schemas must accept it.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as v from 'valibot';
import {
  CatalogueEntrySchema,
  CatalogueSchema,
  ProblemSchema,
  RuleSetIndexSchema,
  TrainingSchema,
  WalletSchema,
  loadRuleSetSchema,
} from '../../src/api/schemas';
import { IndicatorsSchema } from '../../src/api/usage';
import { INCENTIVE_IDS, REFERRAL_IDS } from '../../mocks/catalogue';
import { PERSONAS } from '../../mocks/personas';
import { RULE_SETS } from '../../mocks/rule-sets';
import { TRAINING_IDS } from '../../mocks/trainings';
import { contractViolations, findOperation, operations, type CheckedResponse, type Operation } from './openapi';
import type { ContractTarget } from './targets';

export const PREFIX = '/api/llr/v1';

export interface Req {
  label: string;
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  /** Log in as this persona: a bearer token, or with `cookie` the `llr-session` cookie. */
  as?: string;
  cookie?: boolean;
  body?: string;
  /** Expected status of the normal answer. */
  status: number;
}

export interface Res {
  op: Operation;
  res: CheckedResponse;
}

/** The client's check of a rule set: the engine's schema, after a text without `de` got the Dutch one. */
const ClientRuleSetSchema = await loadRuleSetSchema();

export const VALIBOT: Record<string, v.GenericSchema> = {
  getCatalogue: CatalogueSchema,
  getIncentive: CatalogueEntrySchema,
  getRuleSetIndex: RuleSetIndexSchema,
  getRuleSet: ClientRuleSetSchema as v.GenericSchema,
  getCurrentRuleSet: ClientRuleSetSchema as v.GenericSchema,
  getWallet: WalletSchema,
  getTraining: TrainingSchema,
  getIndicators: IndicatorsSchema,
};

const batch = (host: string, ...events: Record<string, unknown>[]) => JSON.stringify({ host, events });
const JSON_BODY = { 'Content-Type': 'application/json' };
/** One signal of every kind: the batch the contract suite sends (15 signals). */
export const EVERY_SIGNAL: Record<string, unknown>[] = [
  { type: 'wegwijzer-started' },
  { type: 'wegwijzer-question-shown', question: 'status', step: 1 },
  { type: 'wegwijzer-question-answered', question: 'status', step: 1, dontKnow: false },
  { type: 'wegwijzer-question-answered', question: 'education', step: 2, dontKnow: true },
  { type: 'wegwijzer-back', from: 'summary' },
  { type: 'wegwijzer-answer-edited', question: 'status' },
  { type: 'wegwijzer-completed', outcomes: { eligible: ['opleidingscheques'], unknown: ['loopbaancheques'], notEligible: ['kmo-portefeuille'] }, referrals: ['sectorfonds'] },
  { type: 'wegwijzer-referral-followed', referral: 'sectorfonds' },
  { type: 'wegwijzer-restarted' },
  { type: 'wallet-shown', state: 'partial' },
  { type: 'wallet-how-to-opened', incentive: 'opleidingscheques' },
  { type: 'wallet-history-opened', incentive: 'loopbaancheques' },
  { type: 'wallet-apply-followed', incentive: 'vdab-werkzoekenden' },
  { type: 'badge-expanded' },
  { type: 'badge-wegwijzer-followed' },
];

/** Every normal request the widgets make, with every id the data knows. */
export const REQUESTS: Req[] = [
  { label: 'catalogue', method: 'GET', path: '/incentives', status: 200 },
  ...[...INCENTIVE_IDS, ...REFERRAL_IDS].map((id): Req => ({ label: `catalogue entry ${id}`, method: 'GET', path: `/incentives/${id}`, status: 200 })),
  { label: 'unknown catalogue entry', method: 'GET', path: '/incentives/bestaat-niet', status: 404 },
  { label: 'rule-set index', method: 'GET', path: '/rule-sets', status: 200 },
  ...RULE_SETS.map((r): Req => ({ label: `rule set ${r.id}`, method: 'GET', path: `/rule-sets/${r.id}`, status: 200 })),
  ...(RULE_SETS.length
    ? ['2026-11-28', '2025-09-01', '2025-08-31'].map((d): Req => ({ label: `rule set on ${d}`, method: 'GET', path: `/rule-sets/current?date=${d}`, status: 200 }))
    : []),
  { label: 'rule set before any', method: 'GET', path: '/rule-sets/current?date=1990-01-01', status: 404 },
  { label: 'rule set with a bad date', method: 'GET', path: '/rule-sets/current?date=28-11-2026', status: 400 },
  { label: 'rule set without a date', method: 'GET', path: '/rule-sets/current', status: 400 },
  { label: 'unknown rule set', method: 'GET', path: '/rule-sets/1999-00', status: 404 },
  ...PERSONAS.map((p): Req => ({ label: `wallet of ${p.id}`, method: 'GET', path: '/wallet', as: p.id, status: 200 })),
  { label: 'wallet by cookie session', method: 'GET', path: '/wallet', as: 'large', cookie: true, status: 200 },
  { label: 'wallet without login', method: 'GET', path: '/wallet', status: 401 },
  { label: 'wallet with an unknown token', method: 'GET', path: '/wallet', headers: { Authorization: 'Bearer demo-nobody' }, status: 401 },
  { label: 'wallet not allowed', method: 'GET', path: '/wallet', as: 'forbidden', status: 403 },
  ...TRAINING_IDS.map((id): Req => ({ label: `training ${id}`, method: 'GET', path: `/trainings/${id}`, status: 200 })),
  { label: 'unknown training', method: 'GET', path: '/trainings/bestaat-niet', status: 404 },
  { label: 'usage signals', method: 'POST', path: '/events', headers: JSON_BODY, body: batch('burgerprofiel', { type: 'wegwijzer-started' }), status: 202 },
  {
    label: 'usage signals as a beacon (text/plain)',
    method: 'POST',
    path: '/events',
    headers: { 'Content-Type': 'text/plain;charset=UTF-8' },
    body: batch('vdab', { type: 'badge-expanded' }, { type: 'badge-wegwijzer-followed' }),
    status: 202,
  },
  { label: 'one signal of every kind', method: 'POST', path: '/events', headers: JSON_BODY, body: batch('vdab', ...EVERY_SIGNAL), status: 202 },
  {
    label: 'usage signals with personal data',
    method: 'POST',
    path: '/events',
    headers: JSON_BODY,
    body: batch('burgerprofiel', { type: 'wallet-shown', state: 'loaded', email: 'an@example.org' }),
    status: 400,
  },
  { label: 'usage signals from an unknown host', method: 'POST', path: '/events', headers: JSON_BODY, body: batch('tracker', { type: 'badge-expanded' }), status: 400 },
  { label: 'usage signals with a name for a question', method: 'POST', path: '/events', headers: JSON_BODY, body: batch('vdab', { type: 'wegwijzer-answer-edited', question: 'janPeeters' }), status: 400 },
  { label: 'usage signals that are not JSON', method: 'POST', path: '/events', headers: JSON_BODY, body: '{type', status: 400 },
  { label: 'indicators of a month', method: 'GET', path: '/indicators?from=2026-10-01&to=2026-10-31', as: 'analyst', status: 200 },
  { label: 'indicators of one host', method: 'GET', path: '/indicators?from=2026-11-01&to=2026-11-28&host=vdab', as: 'analyst', status: 200 },
  { label: 'indicators without a period', method: 'GET', path: '/indicators', as: 'analyst', status: 400 },
  { label: 'indicators of a period backwards', method: 'GET', path: '/indicators?from=2026-10-31&to=2026-10-01', as: 'analyst', status: 400 },
  { label: 'indicators of an unknown host', method: 'GET', path: '/indicators?from=2026-10-01&to=2026-10-31&host=tracker', as: 'analyst', status: 400 },
  { label: 'indicators without login', method: 'GET', path: '/indicators?from=2026-10-01&to=2026-10-31', status: 401 },
  { label: 'indicators for a citizen', method: 'GET', path: '/indicators?from=2026-10-01&to=2026-10-31', as: 'large', status: 403 },
];

export const request = (label: string): Req => {
  const found = REQUESTS.find((r) => r.label === label);
  if (!found) throw new Error(`no request ${label}`);
  return found;
};

/** Calls a target and records which operations answered with which statuses. */
export function client(target: () => ContractTarget) {
  const exercised = new Map<string, Set<number>>();
  const tokens = new Map<string, string>();

  async function credentials(req: Req): Promise<Record<string, string>> {
    if (!req.as) return {};
    let token = tokens.get(req.as);
    if (!token) tokens.set(req.as, (token = await target().token(req.as)));
    return req.cookie ? { Cookie: `llr-session=${token}` } : { Authorization: `Bearer ${token}` };
  }

  async function call(req: Req, extra: Record<string, string> = {}, query = ''): Promise<Res> {
    const url = `${target().origin}${PREFIX}${req.path}${query ? (req.path.includes('?') ? '&' : '?') + query : ''}`;
    const init: RequestInit = { method: req.method, headers: { ...req.headers, ...(await credentials(req)), ...extra } };
    if (req.body !== undefined) init.body = req.body;
    const response = await fetch(url, init);
    const text = await response.text();
    const op = findOperation(req.method, new URL(url).pathname.slice(PREFIX.length));
    assert.ok(op, `${req.label}: no operation in the contract for ${req.method} ${req.path}`);
    let seen = exercised.get(op.operationId);
    if (!seen) exercised.set(op.operationId, (seen = new Set()));
    seen.add(response.status);
    return {
      op,
      res: { status: response.status, contentType: response.headers.get('Content-Type'), headers: response.headers, text },
    };
  }

  return { call, exercised, credentials };
}

export function assertConforms({ op, res }: Res, label: string): void {
  const violations = contractViolations(op, res);
  assert.deepEqual(violations, [], `${label} (${op.operationId} ${res.status}) breaks the contract:\n  ${violations.join('\n  ')}`);
  if (res.text === '') return;
  const body: unknown = JSON.parse(res.text);
  const schema = res.status >= 400 ? ProblemSchema : VALIBOT[op.operationId];
  assert.ok(schema, `${label}: no valibot schema for ${op.operationId}`);
  const parsed = v.safeParse(schema, body);
  assert.ok(parsed.success, `${label}: the client's valibot schema rejects it: ${parsed.issues?.map((i) => `${v.getDotPath(i)}: ${i.message}`).join('; ')}`);
}

/** The suite every implementation of the contract must pass. `target` is read once the suite's `before` has run. */
export function contractSuite(target: () => ContractTarget, { call, exercised }: ReturnType<typeof client>): void {
  describe('normal answers, in nl, en, fr, de and a fallback language', () => {
    const languages = [['nl', 'nl'], ['en-GB,en;q=0.9', 'en'], ['fr-BE', 'fr'], ['de', 'de'], ['de-BE,fr;q=0.8', 'de'], ['es', 'nl']] as const;
    for (const req of REQUESTS) {
      it(`${req.label} → ${req.status}`, async () => {
        for (const [accept, expected] of languages) {
          const result = await call(req, { 'Accept-Language': accept });
          assert.equal(result.res.status, req.status, `${req.label} [${accept}]`);
          assertConforms(result, `${req.label} [${accept}]`);
          assert.equal(result.res.headers.get('Content-Language'), expected, `${req.label} [${accept}] Content-Language`);
        }
      });
    }
  });

  it('wallet labels follow Accept-Language; the catalogue carries all four languages anyway', async () => {
    const inLanguage = async (lang: string) => JSON.parse((await call(request('wallet of large'), { 'Accept-Language': lang })).res.text);
    const schoolYear = (wallet: { entitlements: { period: { start: string; label: string } }[] }) =>
      wallet.entitlements.find((e) => e.period.start === '2026-09-01')?.period.label;
    assert.equal(schoolYear(await inLanguage('nl')), 'schooljaar 2026-2027');
    assert.equal(schoolYear(await inLanguage('fr')), 'année scolaire 2026-2027');
    assert.equal(schoolYear(await inLanguage('de')), 'Schuljahr 2026-2027');
    const catalogue = JSON.parse((await call(REQUESTS[0]!, { 'Accept-Language': 'fr' })).res.text);
    const entries: { name: Record<string, string>; howToApply: Record<string, string[]> }[] = [...catalogue.incentives, ...catalogue.referrals];
    assert.ok(entries.every((e) => e.name['nl'] && e.name['en'] && e.name['fr'] && e.name['de'] && e.howToApply['de']?.length));
  });

  it('problems are worded in German for Accept-Language: de', async () => {
    const { res } = await call(request('rule set with a bad date'), { 'Accept-Language': 'de-BE' });
    const problem = JSON.parse(res.text);
    assert.equal(problem.title, 'Ungültige Anfrage');
    assert.equal(problem.detail, 'Geben Sie ein Datum als JJJJ-MM-TT an.');
    const login = JSON.parse((await call(request('wallet without login'), { 'Accept-Language': 'de' })).res.text);
    assert.equal(login.title, 'Sie sind nicht angemeldet');
  });

  describe('German in rule sets: only for a client that asks for it', () => {
    const ruleSetRequests = REQUESTS.filter((r) => r.status === 200 && r.path.startsWith('/rule-sets/'));
    for (const req of ruleSetRequests) {
      it(`${req.label}: every text in German for de; no text with a de key otherwise (clients from before German)`, async () => {
        const german = textsOf(JSON.parse((await call(req, { 'Accept-Language': 'de' })).res.text));
        assert.ok(german.length > 50, `${german.length} texts`);
        for (const text of german) assert.ok(typeof text['de'] === 'string' && text['de'].trim() !== '', `no German for "${text['nl']}"`);
        for (const lang of ['nl', 'en', 'fr', 'es']) {
          const others = textsOf(JSON.parse((await call(req, { 'Accept-Language': lang })).res.text));
          assert.equal(others.length, german.length);
          assert.deepEqual(others.filter((text) => 'de' in text), [], `[${lang}] texts with a de key`);
        }
      });
    }
  });

  it('usage signals are counted once; a refused batch counts nothing', async () => {
    const before = await target().acceptedEvents();
    await call(request('one signal of every kind'));
    for (const refused of ['usage signals with personal data', 'usage signals from an unknown host', 'usage signals with a name for a question']) {
      await call(request(refused));
    }
    assert.equal(await target().acceptedEvents(), before + EVERY_SIGNAL.length);
  });

  it('indicators: whole weeks, one trend line per week and host, never cached', async () => {
    const { res } = await call(request('indicators of a month'));
    const body = JSON.parse(res.text) as { from: string; to: string; threshold: number; hosts: string[]; weeks: { week: string; host: string }[] };
    assert.equal(body.from, '2026-09-28', 'from the Monday');
    assert.equal(body.to, '2026-11-01', 'to the Sunday');
    assert.equal(body.threshold, 10);
    assert.deepEqual(body.hosts, ['burgerprofiel', 'vdab']);
    assert.deepEqual(
      body.weeks.map((w) => `${w.week} ${w.host}`),
      ['2026-W40', '2026-W41', '2026-W42', '2026-W43', '2026-W44'].flatMap((w) => [`${w} burgerprofiel`, `${w} vdab`]),
    );
    assert.equal(res.headers.get('Cache-Control'), 'private, no-store');
    const one = JSON.parse((await call(request('indicators of one host'))).res.text) as { host: string; hosts: string[] };
    assert.deepEqual([one.host, one.hosts], ['vdab', ['vdab']]);
  });

  describe('ETag and If-None-Match', () => {
    const cacheable = REQUESTS.filter((r) => r.status === 200 && (r.path.startsWith('/incentives') || r.path.startsWith('/rule-sets')));
    for (const req of cacheable) {
      it(`${req.label}: 304 with the same ETag, 200 with another`, async () => {
        const first = await call(req);
        const etag = first.res.headers.get('ETag');
        assert.ok(etag, 'an ETag');
        assert.equal(first.res.headers.get('Cache-Control'), 'no-cache');
        const again = await call(req, { 'If-None-Match': etag });
        assert.equal(again.res.status, 304);
        assertConforms(again, `${req.label} revalidated`);
        assert.equal(again.res.headers.get('ETag'), etag);
        const other = await call(req, { 'If-None-Match': '"stale"' });
        assert.equal(other.res.status, 200);
      });
    }

    it('the wallet is personal: no ETag, never cached', async () => {
      const { res } = await call(request('wallet of large'));
      assert.equal(res.headers.get('ETag'), null);
      assert.equal(res.headers.get('Cache-Control'), 'private, no-store');
    });
  });

  it('every operation of the contract was exercised with a success status', () => {
    const missing = operations
      .filter((op) => ![...(exercised.get(op.operationId) ?? [])].some((s) => s >= 200 && s < 300))
      .map((op) => `${op.method.toUpperCase()} ${op.path}`);
    assert.deepEqual(missing, []);
  });
}

/** Every text object ({ nl, en, fr, … }) in a JSON document. */
function textsOf(json: unknown): Record<string, unknown>[] {
  if (Array.isArray(json)) return json.flatMap(textsOf);
  if (json === null || typeof json !== 'object') return [];
  const record = json as Record<string, unknown>;
  if (typeof record['nl'] === 'string' && typeof record['en'] === 'string') return [record];
  return Object.values(record).flatMap(textsOf);
}
