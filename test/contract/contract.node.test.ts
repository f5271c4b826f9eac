/**
 * The mock API cannot drift from api/openapi.yaml: every handler, for every persona, every language and every
 * fault scenario, is called over HTTP (msw/node + fetch) and its status, content type, headers and body are
 * validated against the contract with ajv (JSON Schema 2020-12). The client's valibot schemas must accept every
 * conforming response, and the payload faults must really break the contract.
 */
import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setupServer } from 'msw/node';
import * as v from 'valibot';
import {
  CatalogueEntrySchema,
  CatalogueSchema,
  ProblemSchema,
  RuleSetIndexSchema,
  TrainingSchema,
  WalletSchema,
  type UsageEvent,
} from '../../src/api/schemas';
import { RuleSetSchema } from '../../src/domain/rule-set-schema';
import { createHandlers } from '../../mocks/handlers';
import { FAULT_SCENARIOS, faultHandlers, type FaultScenario } from '../../mocks/scenarios';
import { INCENTIVE_IDS, REFERRAL_IDS } from '../../mocks/catalogue';
import { PERSONAS, personaToken } from '../../mocks/personas';
import { RULE_SETS } from '../../mocks/rule-sets';
import { TRAINING_IDS } from '../../mocks/trainings';
import { contractViolations, findOperation, operations, spec, validateSchema, type CheckedResponse, type Operation } from './openapi';

const ORIGIN = 'http://llr.mock.test';
const PREFIX = '/api/llr/v1';
const events: UsageEvent[] = [];
const server = setupServer(...createHandlers({ slowMs: 20, hugeWalletEntitlements: 1000, onEvent: (e) => events.push(e) }));

before(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
after(() => server.close());

/** operationId → statuses seen, for the coverage check at the end. */
const exercised = new Map<string, Set<number>>();

interface Req {
  label: string;
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
  /** Expected status of the normal answer. */
  status: number;
}

interface Res {
  op: Operation;
  res: CheckedResponse;
}

async function call(req: Req, extra: Record<string, string> = {}, query = ''): Promise<Res> {
  const url = `${ORIGIN}${PREFIX}${req.path}${query ? (req.path.includes('?') ? '&' : '?') + query : ''}`;
  const init: RequestInit = { method: req.method, headers: { ...req.headers, ...extra } };
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

const VALIBOT: Record<string, v.GenericSchema> = {
  getCatalogue: CatalogueSchema,
  getIncentive: CatalogueEntrySchema,
  getRuleSetIndex: RuleSetIndexSchema,
  getRuleSet: RuleSetSchema as v.GenericSchema,
  getCurrentRuleSet: RuleSetSchema as v.GenericSchema,
  getWallet: WalletSchema,
  getTraining: TrainingSchema,
};

function assertConforms({ op, res }: Res, label: string): void {
  const violations = contractViolations(op, res);
  assert.deepEqual(violations, [], `${label} (${op.operationId} ${res.status}) breaks the contract:\n  ${violations.join('\n  ')}`);
  if (res.text === '') return;
  const body: unknown = JSON.parse(res.text);
  const schema = res.status >= 400 ? ProblemSchema : VALIBOT[op.operationId];
  assert.ok(schema, `${label}: no valibot schema for ${op.operationId}`);
  const parsed = v.safeParse(schema, body);
  assert.ok(parsed.success, `${label}: the client's valibot schema rejects it: ${parsed.issues?.map((i) => `${v.getDotPath(i)}: ${i.message}`).join('; ')}`);
}

const bearer = (id: string) => ({ Authorization: `Bearer ${personaToken(id)}` });
const event = (e: Record<string, unknown>) => JSON.stringify(e);

/** Every normal request the widgets make, with every id the mock knows. */
const REQUESTS: Req[] = [
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
  ...PERSONAS.map((p): Req => ({ label: `wallet of ${p.id}`, method: 'GET', path: '/wallet', headers: bearer(p.id), status: 200 })),
  { label: 'wallet by cookie session', method: 'GET', path: '/wallet', headers: { Cookie: `llr-session=${personaToken('large')}` }, status: 200 },
  { label: 'wallet without login', method: 'GET', path: '/wallet', status: 401 },
  { label: 'wallet with an unknown token', method: 'GET', path: '/wallet', headers: { Authorization: 'Bearer demo-nobody' }, status: 401 },
  { label: 'wallet not allowed', method: 'GET', path: '/wallet', headers: { Authorization: 'Bearer demo-forbidden' }, status: 403 },
  ...TRAINING_IDS.map((id): Req => ({ label: `training ${id}`, method: 'GET', path: `/trainings/${id}`, status: 200 })),
  { label: 'unknown training', method: 'GET', path: '/trainings/bestaat-niet', status: 404 },
  {
    label: 'usage event',
    method: 'POST',
    path: '/events',
    headers: { 'Content-Type': 'application/json' },
    body: event({ type: 'wegwijzer-complete', element: 'llr-wegwijzer', locale: 'nl', ruleSet: '2025-26' }),
    status: 202,
  },
  {
    label: 'usage event with personal data',
    method: 'POST',
    path: '/events',
    headers: { 'Content-Type': 'application/json' },
    body: event({ type: 'element-view', element: 'llr-wallet', locale: 'nl', email: 'an@example.org' }),
    status: 400,
  },
  { label: 'usage event that is not JSON', method: 'POST', path: '/events', headers: { 'Content-Type': 'application/json' }, body: '{type', status: 400 },
];

describe('api/openapi.yaml itself', () => {
  it('is OpenAPI 3.1, version 1, with unique operation ids', () => {
    assert.match(String(spec.openapi), /^3\.1\./);
    assert.equal((spec.info as { version: string }).version, '1');
    const ids = operations.map((op) => op.operationId);
    assert.ok(ids.every(Boolean), 'every operation has an operationId');
    assert.equal(new Set(ids).size, ids.length);
  });

  it('every $ref resolves and every component schema compiles', () => {
    const refs: string[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        for (const [k, value] of Object.entries(node)) {
          if (k === '$ref' && typeof value === 'string') refs.push(value);
          else walk(value);
        }
      }
    };
    walk(spec);
    const at = (ref: string) =>
      ref.slice(2).split('/').reduce<unknown>((n, key) => (n as Record<string, unknown> | undefined)?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], spec);
    assert.deepEqual(refs.filter((ref) => !ref.startsWith('#/') || at(ref) === undefined), []);
    for (const name of Object.keys((spec.components as { schemas: object }).schemas)) {
      assert.doesNotThrow(() => validateSchema(`#/components/schemas/${name}`, null), name);
    }
  });

  it('every path parameter is declared, and every operation has a success response', () => {
    for (const op of operations) {
      const declared = ((op.node.parameters as { $ref?: string; name?: string; in?: string }[] | undefined) ?? []).map((p) => {
        const param = p.$ref ? (p.$ref.split('/').pop() ?? '') : '';
        const resolved = p.$ref ? ((spec.components as { parameters: Record<string, { name: string; in: string }> }).parameters[param]) : p;
        return resolved && resolved.in === 'path' ? resolved.name : null;
      });
      for (const [, name] of op.path.matchAll(/\{([^}]+)\}/g)) assert.ok(declared.includes(name ?? ''), `${op.path}: {${name}} declared`);
      assert.ok(Object.keys(op.node.responses as object).some((k) => /^2/.test(k)), `${op.operationId} has a 2xx response`);
    }
  });
});

describe('mock API ⇄ api/openapi.yaml', () => {
  describe('normal answers, in nl, en, fr and a fallback language', () => {
    for (const req of REQUESTS) {
      it(`${req.label} → ${req.status}`, async () => {
        for (const [accept, expected] of [['nl', 'nl'], ['en-GB,en;q=0.9', 'en'], ['fr-BE', 'fr'], ['de', 'nl']] as const) {
          const result = await call(req, { 'Accept-Language': accept });
          assert.equal(result.res.status, req.status, `${req.label} [${accept}]`);
          assertConforms(result, `${req.label} [${accept}]`);
          assert.equal(result.res.headers.get('Content-Language'), expected, `${req.label} [${accept}] Content-Language`);
        }
      });
    }
  });

  it('wallet labels follow Accept-Language; the catalogue carries all three languages anyway', async () => {
    const nl = JSON.parse((await call(REQUESTS.find((r) => r.label === 'wallet of large')!, { 'Accept-Language': 'nl' })).res.text);
    const fr = JSON.parse((await call(REQUESTS.find((r) => r.label === 'wallet of large')!, { 'Accept-Language': 'fr' })).res.text);
    const label = (w: { entitlements: { id: string; period: { label: string } }[] }) => w.entitlements.find((e) => e.id === 'opleidingscheques:2026-09-01')?.period.label;
    assert.equal(label(nl), 'schooljaar 2026-2027');
    assert.equal(label(fr), 'année scolaire 2026-2027');
    const catalogue = JSON.parse((await call(REQUESTS[0]!, { 'Accept-Language': 'fr' })).res.text);
    assert.ok(catalogue.incentives.every((i: { name: Record<string, string> }) => i.name.nl && i.name.en && i.name.fr));
  });

  it('accepted usage events reach the handler options, and nothing else', async () => {
    const before = events.length;
    await call(REQUESTS.find((r) => r.label === 'usage event')!);
    await call(REQUESTS.find((r) => r.label === 'usage event with personal data')!);
    assert.deepEqual(events.slice(before), [{ type: 'wegwijzer-complete', element: 'llr-wegwijzer', locale: 'nl', ruleSet: '2025-26' }]);
  });

  describe('ETag and If-None-Match', () => {
    const cacheable = REQUESTS.filter((r) => r.status === 200 && (r.path.startsWith('/incentives') || r.path.startsWith('/rule-sets')));
    for (const req of cacheable) {
      it(`${req.label}: 304 with the same ETag, 200 with another`, async () => {
        const first = await call(req);
        const etag = first.res.headers.get('ETag');
        assert.ok(etag, 'an ETag');
        const again = await call(req, { 'If-None-Match': etag });
        assert.equal(again.res.status, 304);
        assertConforms(again, `${req.label} revalidated`);
        assert.equal(again.res.headers.get('ETag'), etag);
        const other = await call(req, { 'If-None-Match': '"stale"' });
        assert.equal(other.res.status, 200);
      });
    }

    it('the wallet is personal: no ETag, never cached', async () => {
      const { res } = await call(REQUESTS.find((r) => r.label === 'wallet of large')!);
      assert.equal(res.headers.get('ETag'), null);
      assert.equal(res.headers.get('Cache-Control'), 'private, no-store');
    });
  });

  describe('fault scenarios', () => {
    /** One request per endpoint that normally succeeds (the fault replaces the answer). */
    const targets: Req[] = [
      REQUESTS.find((r) => r.label === 'catalogue')!,
      REQUESTS.find((r) => r.label === 'catalogue entry opleidingscheques')!,
      REQUESTS.find((r) => r.label === 'rule-set index')!,
      ...REQUESTS.filter((r) => r.path.startsWith('/rule-sets/') && r.status === 200).slice(0, 2),
      REQUESTS.find((r) => r.label === 'wallet of large')!,
      REQUESTS.find((r) => r.label === 'training boekhouden-voor-beginners')!,
      REQUESTS.find((r) => r.label === 'usage event')!,
    ];
    const statusOf: Partial<Record<FaultScenario, number>> = { '500': 500, '503': 503, '401': 401, '403': 403, '404': 404 };

    for (const scenario of FAULT_SCENARIOS) {
      for (const req of targets) {
        it(`${scenario} on ${req.label}`, async () => {
          server.use(...faultHandlers(scenario, '*', { slowMs: 20 }));
          const isEvent = req.method === 'POST';

          if (scenario === 'timeout') {
            // A ref'd timer (AbortSignal.timeout is unref'd and would let the event loop end under a hanging fetch).
            const controller = new AbortController();
            const timer = setTimeout(() => controller.abort(), 150);
            await assert.rejects(
              fetch(`${ORIGIN}${PREFIX}${req.path}`, { method: req.method, headers: req.headers, body: req.body, signal: controller.signal }),
              (e: Error) => e.name === 'AbortError',
            );
            clearTimeout(timer);
            return;
          }
          if (scenario === 'offline') {
            await assert.rejects(fetch(`${ORIGIN}${PREFIX}${req.path}`, { method: req.method, headers: req.headers, body: req.body }), TypeError);
            return;
          }

          const result = await call(req);
          const expected = statusOf[scenario];
          if (expected !== undefined) {
            assert.equal(result.res.status, expected);
            assertConforms(result, `${scenario} on ${req.label}`);
            if (scenario === '503') assert.equal(result.res.headers.get('Retry-After'), '1');
            if (scenario === '401') assert.match(result.res.headers.get('WWW-Authenticate') ?? '', /^Bearer/);
            return;
          }
          if (scenario === 'slow' || scenario === 'huge' || isEvent) {
            assert.equal(result.res.status, req.status);
            assertConforms(result, `${scenario} on ${req.label}`);
            if (scenario === 'huge' && req.label === 'wallet of large') {
              assert.equal(JSON.parse(result.res.text).entitlements.length, 1000);
            }
            return;
          }
          // Payload faults: a 200 that must NOT be accepted, by the contract nor by the client's schemas.
          assert.equal(result.res.status, 200);
          assert.match(result.res.contentType ?? '', /json/);
          assert.notDeepEqual(contractViolations(result.op, result.res), [], 'the fault must break the contract');
          if (scenario === 'malformed-json') assert.throws(() => JSON.parse(result.res.text), SyntaxError);
          if (scenario === 'empty-body') assert.equal(result.res.text, '');
          if (scenario === 'schema-invalid') {
            const schema = VALIBOT[result.op.operationId]!;
            assert.equal(v.safeParse(schema, JSON.parse(result.res.text)).success, false, 'valibot must reject it');
          }
        });
      }
    }

    it('huge is large: the wallet and the catalogue are over 300 kB and still valid', async () => {
      server.use(...faultHandlers('huge'));
      for (const label of ['wallet of large', 'catalogue']) {
        const result = await call(REQUESTS.find((r) => r.label === label)!);
        assert.ok(result.res.text.length > 300_000, `${label}: ${result.res.text.length} characters`);
        assertConforms(result, `huge ${label}`);
      }
    });

    it('a fault limited to one path leaves the others alone', async () => {
      server.use(...faultHandlers('503', '/wallet'));
      assert.equal((await call(REQUESTS.find((r) => r.label === 'wallet of large')!)).res.status, 503);
      assert.equal((await call(REQUESTS[0]!)).res.status, 200);
    });

    it('a scenario can be chosen per request with ?mock-scenario=', async () => {
      for (const scenario of ['500', '503', '404', 'schema-invalid'] as const) {
        const result = await call(REQUESTS[0]!, {}, `mock-scenario=${scenario}`);
        assert.equal(result.res.status, scenario === 'schema-invalid' ? 200 : Number(scenario));
      }
      const wallet = await call(REQUESTS.find((r) => r.label === 'wallet of jobseeker')!, {}, 'mock-scenario=403');
      assert.equal(wallet.res.status, 403);
      assert.equal((await call(REQUESTS[0]!)).res.status, 200, 'the next request is normal again');
    });

    it('a scenario can be set for a whole handler set with createHandlers({ scenario })', async () => {
      server.use(...createHandlers({ scenario: '500' }));
      assert.equal((await call(REQUESTS[0]!)).res.status, 500);
      assert.equal((await call(REQUESTS[0]!, {}, 'mock-scenario=404')).res.status, 404, 'the request wins');
    });

    it('slow answers after the configured delay', async () => {
      server.use(...faultHandlers('slow', '*', { slowMs: 300 }));
      const start = performance.now();
      const result = await call(REQUESTS[0]!);
      assert.equal(result.res.status, 200);
      assert.ok(performance.now() - start >= 280, `took ${Math.round(performance.now() - start)} ms`);
    });
  });

  it('every operation of the contract was exercised with a success status', () => {
    const missing = operations
      .filter((op) => ![...(exercised.get(op.operationId) ?? [])].some((s) => s >= 200 && s < 300))
      .map((op) => `${op.method.toUpperCase()} ${op.path}`);
    assert.deepEqual(missing, []);
  });
});
