/**
 * The mock API cannot drift from api/openapi.yaml: the contract suite (suite.ts, which the server passes too, see
 * test/server/contract.node.test.ts) runs against the msw mock over fetch, and the mock's own fault scenarios
 * must answer within the contract, or, for the payload faults, really break it.
 */
import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as v from 'valibot';
import type { UsageBatch } from '../../src/api/usage';
import { createHandlers } from '../../mocks/handlers';
import { FAULT_SCENARIOS, faultHandlers, type FaultScenario } from '../../mocks/scenarios';
import { contractViolations, operations, spec, validateSchema } from './openapi';
import { assertConforms, client, contractSuite, PREFIX, REQUESTS, request, VALIBOT, type Req } from './suite';
import { mockTarget } from './targets';

const batches: UsageBatch[] = [];
let target: ReturnType<typeof mockTarget>;
const ORIGIN = 'http://llr.mock.test';

before(() => {
  target = mockTarget(batches);
});
afterEach(() => target.server.resetHandlers());
after(() => target.stop());

const api = client(() => target);
const { call } = api;
const server = { use: (...handlers: Parameters<ReturnType<typeof mockTarget>['server']['use']>) => target.server.use(...handlers) };

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
  contractSuite(() => target, api);

  it('accepted usage signals reach the handler options, and nothing else', async () => {
    const before = batches.length;
    await call(request('usage signals'));
    await call(request('usage signals with personal data'));
    assert.deepEqual(batches.slice(before), [{ host: 'burgerprofiel', events: [{ type: 'wegwijzer-started' }] }]);
  });

  describe('fault scenarios', () => {
    /** One request per endpoint that normally succeeds (the fault replaces the answer). */
    const targets: Req[] = [
      REQUESTS.find((r) => r.label === 'catalogue')!,
      REQUESTS.find((r) => r.label === 'catalogue entry opleidingscheques')!,
      REQUESTS.find((r) => r.label === 'rule-set index')!,
      ...REQUESTS.filter((r) => r.path.startsWith('/rule-sets/') && r.status === 200).slice(0, 2),
      request('wallet of large'),
      REQUESTS.find((r) => r.label === 'training boekhouden-voor-beginners')!,
      REQUESTS.find((r) => r.label === 'usage signals')!,
      request('indicators of a month'),
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
      assert.equal((await call(request('wallet of large'))).res.status, 503);
      assert.equal((await call(REQUESTS[0]!)).res.status, 200);
    });

    it('a scenario can be chosen per request with ?mock-scenario=', async () => {
      for (const scenario of ['500', '503', '404', 'schema-invalid'] as const) {
        const result = await call(REQUESTS[0]!, {}, `mock-scenario=${scenario}`);
        assert.equal(result.res.status, scenario === 'schema-invalid' ? 200 : Number(scenario));
      }
      const wallet = await call(request('wallet of jobseeker'), {}, 'mock-scenario=403');
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

});
