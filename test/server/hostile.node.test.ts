/**
 * Malformed and hostile requests get a clear problem+json answer, never a 500 and never a crash; CORS, security
 * headers, rate limits and logs behave as a security review expects.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../server/app';
import { DEFAULTS } from '../../server/config';
import { API, testServer } from './helpers';

const HOST_PAGE = 'https://www.burgerprofiel.example';
const BATCH = { host: 'burgerprofiel', events: [{ type: 'wallet-shown', state: 'loaded' }] };

describe('hostile requests', () => {
  let app: FastifyInstance;
  before(async () => {
    app = await testServer({ corsOrigins: [HOST_PAGE], demo: true });
    await app.listen({ port: 0, host: '127.0.0.1' });
  });
  after(() => app.close());

  interface Case {
    label: string;
    method: 'GET' | 'POST';
    url: string;
    contentType?: string;
    json?: unknown;
    body?: string;
    status: number;
  }
  const { cases } = JSON.parse(readFileSync(new URL('./hostile-cases.json', import.meta.url), 'utf8')) as { cases: Case[] };
  const padded = (text: string) => text.replace(/\{pad:(\d+)\}/g, (_, n: string) => 'a'.repeat(Number(n)));
  const payloadOf = (c: Case) => (c.json !== undefined ? padded(JSON.stringify(c.json)) : c.body);
  for (const c of cases) {
    it(`${c.label} → ${c.status} problem+json`, async () => {
      const headers = c.contentType ? { 'content-type': c.contentType } : {};
      const res = await app.inject({ method: c.method, url: `${API}${padded(c.url)}`, headers, payload: payloadOf(c) });
      assert.equal(res.statusCode, c.status, res.body);
      assert.match(String(res.headers['content-type']), /^application\/problem\+json/);
      const body = res.json();
      assert.equal(body.status, c.status);
      assert.ok(body.title && body.detail && body.type);
    });
  }

  it('nothing stored from rejected signals', async () => {
    const before = await app.llr.store.countedSignals();
    await app.inject({ method: 'POST', url: `${API}/events`, headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ ...BATCH, email: 'a@b.c' }) });
    assert.equal(await app.llr.store.countedSignals(), before);
  });

  it('a huge Accept-Language (8 KB) is read in bounded time and answered in Dutch', async () => {
    const header = `${'xx-YY;q=0.1, '.repeat(600)}fr`;
    const started = performance.now();
    const res = await app.inject({ method: 'GET', url: `${API}/incentives`, headers: { 'accept-language': header } });
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-language'], 'nl');
    assert.ok(performance.now() - started < 2_000, 'bounded time, even on a busy machine');
  });

  it('headers beyond 16 KB → 431 problem+json, and the server keeps serving', async () => {
    const { port } = app.server.address() as AddressInfo;
    const answer = await new Promise<{ status: number; type: string; body: string }>((done, fail) => {
      const req = httpRequest({ host: '127.0.0.1', port, path: `${API}/incentives`, headers: { 'Accept-Language': 'x'.repeat(20_000) } }, (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => done({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }));
      });
      req.on('error', fail);
      req.end();
    });
    assert.equal(answer.status, 431);
    assert.equal(answer.type, 'application/problem+json');
    assert.equal(JSON.parse(answer.body).status, 431);
    assert.equal((await fetch(`http://127.0.0.1:${port}/healthz`)).status, 200);
  });

  it('security headers on every answer', async () => {
    const res = await app.inject({ method: 'GET', url: `${API}/incentives` });
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    assert.match(String(res.headers['content-security-policy']), /default-src 'none'/);
    assert.match(String(res.headers['content-security-policy']), /frame-ancestors 'none'/);
    assert.equal(res.headers['referrer-policy'], 'no-referrer');
    assert.ok(res.headers['x-request-id']);
  });

  it('CORS: public data for any page without credentials; the wallet only for the configured host pages, with credentials', async () => {
    const pub = await app.inject({ method: 'GET', url: `${API}/incentives`, headers: { origin: 'https://anywhere.example' } });
    assert.equal(pub.headers['access-control-allow-origin'], '*');
    assert.equal(pub.headers['access-control-allow-credentials'], undefined);

    const preflight = (origin: string) =>
      app.inject({ method: 'OPTIONS', url: `${API}/wallet`, headers: { origin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' } });
    const ours = await preflight(HOST_PAGE);
    assert.equal(ours.headers['access-control-allow-origin'], HOST_PAGE);
    assert.equal(ours.headers['access-control-allow-credentials'], 'true');
    const theirs = await preflight('https://evil.example');
    assert.equal(theirs.headers['access-control-allow-origin'], undefined);
    const direct = await app.inject({ method: 'GET', url: `${API}/wallet`, headers: { origin: 'https://evil.example' } });
    assert.equal(direct.headers['access-control-allow-origin'], undefined);
  });

  it('signals count under the host name they give, never under the page they came from', async () => {
    await app.inject({ method: 'POST', url: `${API}/events`, headers: { 'content-type': 'application/json', origin: 'https://tracker.example' }, payload: JSON.stringify(BATCH) });
    await app.inject({ method: 'POST', url: `${API}/events`, headers: { 'content-type': 'application/json', origin: HOST_PAGE }, payload: JSON.stringify(BATCH) });
    const hosts = await app.llr.db.query<{ host: string }>('SELECT DISTINCT host FROM usage_counts ORDER BY host');
    assert.deepEqual(hosts.map((h) => h.host), ['burgerprofiel']);
  });

  it('CORS: the indicators only for the configured pages, like the wallet', async () => {
    const preflight = (origin: string) =>
      app.inject({ method: 'OPTIONS', url: `${API}/indicators`, headers: { origin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' } });
    assert.equal((await preflight(HOST_PAGE)).headers['access-control-allow-origin'], HOST_PAGE);
    assert.equal((await preflight('https://evil.example')).headers['access-control-allow-origin'], undefined);
  });

  it('the demo login page is a plain page; the redirect never leaves the site', async () => {
    const page = await app.inject({ method: 'GET', url: '/demo/login?return=/wallet.html' });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Dit is een demo/);
    const away = await app.inject({ method: 'GET', url: '/demo/authorize?persona=large&return=//evil.example/x' });
    assert.equal(away.statusCode, 303);
    assert.match(String(away.headers.location), /^\/#access_token=/);
    const unknown = await app.inject({ method: 'GET', url: '/demo/authorize?persona=nobody' });
    assert.equal(unknown.statusCode, 404);
  });
});

describe('rate limits on /wallet, /events and /indicators', () => {
  it('past the limit → 429 problem+json with Retry-After; other clients are not affected', async () => {
    const app = await testServer({ rateLimits: { wallet: { max: 3, windowMs: 60_000 }, events: { max: 2, windowMs: 60_000 }, indicators: { max: 2, windowMs: 60_000 } } });
    try {
      const post = (ip: string) =>
        app.inject({ method: 'POST', url: `${API}/events`, remoteAddress: ip, headers: { 'content-type': 'application/json' }, payload: JSON.stringify(BATCH) });
      assert.deepEqual([(await post('10.0.0.1')).statusCode, (await post('10.0.0.1')).statusCode], [202, 202]);
      const limited = await post('10.0.0.1');
      assert.equal(limited.statusCode, 429);
      assert.match(String(limited.headers['content-type']), /^application\/problem\+json/);
      assert.match(String(limited.headers['retry-after']), /^\d+$/);
      assert.equal((await post('10.0.0.2')).statusCode, 202);
      const wallets = [];
      for (let i = 0; i < 4; i++) wallets.push((await app.inject({ method: 'GET', url: `${API}/wallet`, remoteAddress: '10.0.0.3' })).statusCode);
      assert.deepEqual(wallets, [401, 401, 401, 429]);
      assert.equal((await app.inject({ method: 'GET', url: `${API}/incentives`, remoteAddress: '10.0.0.3' })).statusCode, 200, 'public data is not limited');
      const indicators = [];
      for (let i = 0; i < 3; i++) indicators.push((await app.inject({ method: 'GET', url: `${API}/indicators?from=2026-01-01&to=2026-01-31`, remoteAddress: '10.0.0.4' })).statusCode);
      assert.deepEqual(indicators, [401, 401, 429]);
    } finally {
      await app.close();
    }
  });
});

describe('logs', () => {
  it('JSON lines with a request id, and no token, cookie, client address or query in them', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(...chunk.toString().split('\n').filter(Boolean));
        done();
      },
    });
    const app = await buildServer({ ...DEFAULTS, logLevel: 'info', demo: true }, { logStream: stream });
    try {
      const token = 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJzZWNyZXQtc3ViamVjdCJ9.c2lnbmF0dXJl';
      await app.inject({ method: 'GET', url: `${API}/wallet?secret=query-value`, remoteAddress: '203.0.113.77', headers: { authorization: `Bearer ${token}`, cookie: 'llr-session=cookie-secret' } });
      const requestLines = lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.reqId);
      assert.ok(requestLines.length >= 2, 'incoming and completed');
      const all = lines.join('\n');
      for (const secret of [token, 'cookie-secret', '203.0.113.77', 'query-value', 'secret-subject']) assert.ok(!all.includes(secret), `${secret} leaked`);
    } finally {
      await app.close();
    }
  });
});
