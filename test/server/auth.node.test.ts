/**
 * /wallet and its tokens: only a valid token of the configured issuer, for the configured audience, signed with a
 * key of its JWKS, not expired, with the wallet scope, reads a wallet, and only its subject's.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { PERSONA_HISTORIES } from '../../server/personas';
import { API, AUDIENCE, ISSUER, testIssuer, testServer, unsignedToken } from './helpers';

describe('/wallet authentication (OIDC bearer tokens, jose)', () => {
  let app: FastifyInstance;
  let issuer: Awaited<ReturnType<typeof testIssuer>>;

  before(async () => {
    issuer = await testIssuer();
    app = await testServer({ auth: issuer.auth, referenceDate: '2026-11-28' });
    for (const history of PERSONA_HISTORIES) await app.llr.store.importHistory(history);
  });
  after(async () => {
    await app.close();
    await issuer.close();
  });

  const wallet = (headers: Record<string, string>) => app.inject({ method: 'GET', url: `${API}/wallet`, headers });
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  it('a valid token reads its own wallet, private and never cached', async () => {
    const res = await wallet(bearer(await issuer.token()));
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['cache-control'], 'private, no-store');
    assert.equal(res.json().referenceDate, '2026-11-28');
  });

  it('the same token in the portal session cookie works too', async () => {
    const res = await wallet({ cookie: `other=1; llr-session=${await issuer.token()}` });
    assert.equal(res.statusCode, 200);
  });

  const rejected: [string, () => Promise<string>][] = [
    ['expired', () => issuer.token({ expiresIn: Math.floor(Date.now() / 1000) - 120 })],
    ['signed with another key', () => issuer.token({ key: 'other' })],
    ['for another audience', () => issuer.token({ audience: 'someone-else' })],
    ['from another issuer', () => issuer.token({ issuer: 'https://evil.example.test' })],
    ['unsigned (alg: none)', async () => unsignedToken({ iss: ISSUER, aud: AUDIENCE, sub: 'demo-large', scope: 'llr.wallet', exp: Math.floor(Date.now() / 1000) + 300 })],
    ['not a JWT at all', async () => 'demo-large'],
    ['a signed token with its payload changed', async () => {
      const [h, , s] = (await issuer.token()).split('.');
      const payload = Buffer.from(JSON.stringify({ iss: ISSUER, aud: AUDIENCE, sub: 'demo-large', scope: 'llr.wallet', exp: 4e9 })).toString('base64url');
      return `${h}.${payload}.${s}`;
    }],
  ];
  for (const [label, make] of rejected) {
    it(`a token ${label} → 401 problem+json with WWW-Authenticate`, async () => {
      const res = await wallet(bearer(await make()));
      assert.equal(res.statusCode, 401);
      assert.match(String(res.headers['content-type']), /^application\/problem\+json/);
      assert.match(String(res.headers['www-authenticate']), /^Bearer realm="llr", error="invalid_token"/);
      assert.equal(res.json().type, 'urn:llr:problem:unauthorized');
    });
  }

  it('no token → 401, with a plain Bearer challenge', async () => {
    const res = await wallet({});
    assert.equal(res.statusCode, 401);
    assert.equal(res.headers['www-authenticate'], 'Bearer realm="llr"');
  });

  it('an expired token says so in the language asked', async () => {
    const res = await wallet({ ...bearer(await issuer.token({ expiresIn: Math.floor(Date.now() / 1000) - 120 })), 'accept-language': 'fr' });
    assert.equal(res.json().detail, 'Votre session a expiré. Reconnectez-vous.');
  });

  it('a valid token without the wallet scope → 403', async () => {
    const res = await wallet(bearer(await issuer.token({ claims: { scope: 'openid profile' } })));
    assert.equal(res.statusCode, 403);
    assert.equal(res.json().type, 'urn:llr:problem:forbidden');
  });

  it('a subject that looks like a national register number is never used as a key → 403', async () => {
    for (const subject of ['85073003328', '85.07.30-033.28']) {
      const res = await wallet(bearer(await issuer.token({ subject })));
      assert.equal(res.statusCode, 403, subject);
    }
  });

  it('two people, two wallets: the subject decides whose history is read, not anything else in the request', async () => {
    const mine = (await wallet(bearer(await issuer.token({ subject: 'demo-large' })))).json();
    const theirs = (await wallet({ ...bearer(await issuer.token({ subject: 'demo-no-rights' })), cookie: 'llr-session=whatever' })).json();
    assert.notDeepEqual(mine.entitlements, theirs.entitlements);
  });
});

describe('/wallet without an identity provider configured', () => {
  it('is always 401, whatever the token', async () => {
    const app = await testServer();
    try {
      const res = await app.inject({ method: 'GET', url: `${API}/wallet`, headers: { authorization: 'Bearer x.y.z' } });
      assert.equal(res.statusCode, 401);
    } finally {
      await app.close();
    }
  });
});
