/**
 * The built front end as the server serves it: compressed (brotli, gzip, or plain for a client that takes
 * neither), hashed chunks immutable, pages and the stable entry revalidated, pages with the strict CSP.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { testServer } from './helpers';

const SCRIPT = `export const text = ${JSON.stringify('lang genoeg om te comprimeren '.repeat(100))};\n`;

describe('the built front end', () => {
  let dir: string;
  let app: FastifyInstance;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'llr-static-'));
    mkdirSync(join(dir, 'demo', 'assets'), { recursive: true });
    mkdirSync(join(dir, 'embed', 'chunks'), { recursive: true });
    writeFileSync(join(dir, 'demo', 'index.html'), `<!doctype html><title>Demo</title><script type="module" src="/assets/demo-Ab12Cd34.js"></script>${'<p>x</p>'.repeat(100)}`);
    writeFileSync(join(dir, 'demo', 'assets', 'demo-Ab12Cd34.js'), SCRIPT);
    writeFileSync(join(dir, 'embed', 'llr-embed.js'), SCRIPT);
    writeFileSync(join(dir, 'embed', 'chunks', 'wallet-Zz98Yy76.js'), SCRIPT);
    app = await testServer({
      staticMounts: [
        { prefix: '/', dir: join(dir, 'demo') },
        { prefix: '/embed/', dir: join(dir, 'embed') },
      ],
    });
  });
  after(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const get = (url: string, encoding?: string) => app.inject({ method: 'GET', url, headers: encoding ? { 'accept-encoding': encoding } : {} });

  it('brotli when asked, gzip otherwise, plain for a client that takes neither; the same bytes each way', async () => {
    const url = '/assets/demo-Ab12Cd34.js';
    const br = await get(url, 'gzip, deflate, br');
    assert.equal(br.headers['content-encoding'], 'br');
    assert.equal(brotliDecompressSync(br.rawPayload).toString(), SCRIPT);
    assert.ok(br.rawPayload.length < SCRIPT.length / 5);
    const gz = await get(url, 'gzip');
    assert.equal(gz.headers['content-encoding'], 'gzip');
    assert.equal(gunzipSync(gz.rawPayload).toString(), SCRIPT);
    const plain = await get(url);
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.equal(plain.body, SCRIPT);
    assert.match(String(br.headers.vary), /accept-encoding/i);
  });

  it('hashed chunks are immutable for a year; pages and llr-embed.js are revalidated', async () => {
    assert.equal((await get('/assets/demo-Ab12Cd34.js', 'br')).headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.equal((await get('/embed/chunks/wallet-Zz98Yy76.js', 'br')).headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.equal((await get('/embed/llr-embed.js', 'br')).headers['cache-control'], 'public, max-age=300');
    const page = await get('/', 'br');
    assert.equal(page.headers['cache-control'], 'no-cache');
    assert.match(String(page.headers['content-security-policy']), /script-src 'self'.*require-trusted-types-for 'script'/);
  });

  it('the embed can be loaded by any host page (CORS), and the API still answers beside it', async () => {
    const chunk = await app.inject({ method: 'GET', url: '/embed/llr-embed.js', headers: { origin: 'https://www.vdab.example' } });
    assert.equal(chunk.headers['access-control-allow-origin'], '*');
    assert.equal((await get('/api/llr/v1/incentives')).statusCode, 200);
  });

  it('the catalogue and rule sets go compressed to a client that takes it, each coding with its own ETag', async () => {
    const url = '/api/llr/v1/rule-sets/current?date=2026-11-28';
    const plain = await get(url);
    const br = await get(url, 'gzip, br');
    const gz = await get(url, 'br;q=0, gzip');
    assert.equal(br.headers['content-encoding'], 'br');
    assert.equal(gz.headers['content-encoding'], 'gzip');
    assert.equal(brotliDecompressSync(br.rawPayload).toString(), plain.body);
    assert.equal(gunzipSync(gz.rawPayload).toString(), plain.body);
    assert.ok(br.rawPayload.length < plain.rawPayload.length / 4, `${br.rawPayload.length} of ${plain.rawPayload.length} bytes`);
    assert.equal(new Set([plain.headers.etag, br.headers.etag, gz.headers.etag]).size, 3);
    assert.match(String(br.headers.vary), /Accept-Encoding/);
    for (const etag of [plain.headers.etag, br.headers.etag, gz.headers.etag]) {
      const again = await app.inject({ method: 'GET', url, headers: { 'if-none-match': String(etag), 'accept-encoding': 'br' } });
      assert.equal(again.statusCode, 304, String(etag));
    }
  });

  it('no file outside the folders, no directory listing, no dot files', async () => {
    for (const url of ['/../package.json', '/%2e%2e/%2e%2e/etc/passwd', '/assets/', '/.env', '/embed/../../package.json']) {
      const res = await get(url);
      assert.ok([403, 404].includes(res.statusCode), `${url}: ${res.statusCode}`);
      assert.ok(!res.body.includes('"name": "@llr/widgets"'));
    }
  });
});
