/**
 * A demo identity provider, on only with LLR_DEMO=1: its own signing key (made at start, never stored), a JWKS
 * endpoint, a login page that lists the personas, and short-lived tokens. It stands in for the portal's OIDC
 * provider so that the wallet in the demo comes from the database through a real, verified token.
 * It is clearly a demo: anyone can log in as any persona.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import { PERSONAS } from '../mocks/personas';
import { ANALYST_SCOPE, type AuthConfig } from './auth';
import { personaKey } from './personas';

export const DEMO_ISSUER = 'urn:llr:demo-issuer';
export const DEMO_AUDIENCE = 'llr-widgets';
export const WALLET_SCOPE = 'llr.wallet';
/** Short-lived: a demo token is worth a quarter of an hour. */
export const DEMO_TOKEN_SECONDS = 15 * 60;
/** The persona whose token lacks the wallet scope (403), as `demo-forbidden` in the mock. */
export const FORBIDDEN_PERSONA = 'forbidden';
/** The demo analyst's subject: not a person with a wallet, only the analyst scope. */
const DEMO_ANALYST = 'demo-analyst';

export interface DemoIssuer {
  readonly auth: AuthConfig;
  readonly jwks: { keys: JWK[] };
  /** A signed token for a persona id (undefined for an unknown persona). */
  token(personaId: string, options?: { expiresInSeconds?: number; scope?: string }): Promise<string | undefined>;
  /** A signed token with the analyst scope (for the monitor's demo). */
  analystToken(options?: { expiresInSeconds?: number }): Promise<string>;
}

export async function createDemoIssuer(): Promise<DemoIssuer> {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  const kid = randomUUID();
  const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' }] };
  const sign = (subject: string, claims: Record<string, unknown>, expiresInSeconds = DEMO_TOKEN_SECONDS) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'ES256', kid, typ: 'JWT' })
      .setIssuer(DEMO_ISSUER)
      .setAudience(DEMO_AUDIENCE)
      .setSubject(subject)
      .setIssuedAt()
      .setExpirationTime(`${expiresInSeconds}s`)
      .sign(privateKey);
  return {
    auth: { issuer: DEMO_ISSUER, audience: DEMO_AUDIENCE, keys: createLocalJWKSet(jwks), requiredScope: WALLET_SCOPE },
    jwks,
    async token(personaId, options = {}) {
      const forbidden = personaId === FORBIDDEN_PERSONA;
      if (!forbidden && !PERSONAS.some((p) => p.id === personaId)) return undefined;
      return sign(personaKey(personaId), forbidden ? {} : { scope: options.scope ?? WALLET_SCOPE }, options.expiresInSeconds);
    },
    analystToken: (options = {}) => sign(DEMO_ANALYST, { scope: ANALYST_SCOPE }, options.expiresInSeconds),
  };
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Only a path on this site: never an open redirect to another one. */
function sameSitePath(value: unknown): string | undefined {
  return typeof value === 'string' && /^\/(?![/\\])[^\s]*$/.test(value) && value.length <= 512 ? value : undefined;
}

function loginPage(returnTo: string | undefined): string {
  const items = PERSONAS.map((p) => {
    const query = new URLSearchParams({ persona: p.id, ...(returnTo ? { return: returnTo } : {}) });
    return `<li><a href="/demo/authorize?${escapeHtml(query.toString())}"><strong>${escapeHtml(p.name)}</strong></a> — ${escapeHtml(p.description.nl)}</li>`;
  }).join('\n      ');
  return `<!doctype html>
<html lang="nl">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Demo-aanmelding (geen echte aanmelding)</title>
  </head>
  <body>
    <main>
      <h1>Demo-aanmelding</h1>
      <p><strong>Dit is een demo.</strong> Iedereen kan zich hier aanmelden als een fictief persoon. Het token is
      ${DEMO_TOKEN_SECONDS / 60} minuten geldig.</p>
      <ul>
      ${items}
      </ul>
    </main>
  </body>
</html>
`;
}

/**
 * The demo routes: /demo/login (page), /demo/authorize (redirect with the token), /demo/token (JSON, a persona's
 * or the analyst's),
 * /demo/jwks.json, and /demo/personas (the fictional people one can log in as, for the demo page's switcher).
 */
export async function registerDemoIssuer(app: FastifyInstance, issuer: DemoIssuer): Promise<void> {
  const personas = JSON.stringify(PERSONAS.map(({ id, name, description }) => ({ id, name, description })));
  app.get('/demo/personas', async (_request, reply) => reply.header('Cache-Control', 'no-cache').type('application/json').send(personas));

  app.get('/demo/jwks.json', async (_request, reply) => reply.header('Cache-Control', 'public, max-age=300').send(issuer.jwks));

  app.get('/demo/login', async (request, reply) => {
    const returnTo = sameSitePath((request.query as Record<string, unknown>).return);
    return reply.header('Cache-Control', 'no-store').type('text/html; charset=utf-8').send(loginPage(returnTo));
  });

  // Like an OIDC implicit flow, for a demo page: back to the page with the token in the fragment (never in a log).
  app.get('/demo/authorize', async (request, reply) => {
    const query = request.query as Record<string, unknown>;
    const token = typeof query.persona === 'string' ? await issuer.token(query.persona) : undefined;
    if (!token) return reply.code(404).type('text/plain; charset=utf-8').send('Unknown persona');
    const returnTo = sameSitePath(query.return) ?? '/';
    const fragment = new URLSearchParams({ access_token: token, token_type: 'Bearer', expires_in: String(DEMO_TOKEN_SECONDS) });
    return reply.header('Cache-Control', 'no-store').redirect(`${returnTo}#${fragment.toString()}`, 303);
  });

  // `?persona=<id>`: a citizen's token; `?role=analyst`: the demo analyst's (for the monitor).
  app.get('/demo/token', async (request, reply) => {
    const { persona, role } = request.query as Record<string, unknown>;
    const token = role === 'analyst' ? await issuer.analystToken() : typeof persona === 'string' ? await issuer.token(persona) : undefined;
    if (!token) return reply.code(404).type('text/plain; charset=utf-8').send('Unknown persona');
    return reply.header('Cache-Control', 'no-store').send({ access_token: token, token_type: 'Bearer', expires_in: DEMO_TOKEN_SECONDS });
  });
}
