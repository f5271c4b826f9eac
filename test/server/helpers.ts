/** Shared set-up of the server suites: a server on the embedded (or a fresh PostgreSQL) database, and tokens. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload } from 'jose';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../server/app';
import { DEFAULTS, type ServerConfig } from '../../server/config';

export const API = '/api/llr/v1';
export const ISSUER = 'https://login.example.test';
export const AUDIENCE = 'llr-api';
export const SCOPE = 'llr.wallet';

export async function testServer(overrides: Partial<ServerConfig> = {}): Promise<FastifyInstance> {
  return buildServer({ ...DEFAULTS, logLevel: 'silent', ...overrides });
}

/** An identity provider of our own: a key pair and its JWKS served on loopback. */
export async function testIssuer() {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  const other = await generateKeyPair('ES256', { extractable: true });
  const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid: 'k1', alg: 'ES256', use: 'sig' }] };
  const server: Server = createServer((_req, res) => {
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify(jwks));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`;

  interface TokenOptions {
    claims?: JWTPayload;
    issuer?: string;
    audience?: string;
    expiresIn?: string | number;
    key?: 'right' | 'other';
    subject?: string;
  }
  return {
    jwksUrl,
    auth: { issuer: ISSUER, audience: AUDIENCE, jwksUrl, requiredScope: SCOPE },
    token(o: TokenOptions = {}) {
      return new SignJWT({ scope: SCOPE, ...o.claims })
        .setProtectedHeader({ alg: 'ES256', kid: 'k1' })
        .setIssuer(o.issuer ?? ISSUER)
        .setAudience(o.audience ?? AUDIENCE)
        .setSubject(o.subject ?? 'demo-low-educated-employee')
        .setIssuedAt()
        .setExpirationTime(o.expiresIn ?? '5m')
        .sign(o.key === 'other' ? other.privateKey : privateKey);
    },
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** `alg: none`: an unsigned token with a valid-looking payload. */
export function unsignedToken(payload: JWTPayload): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part(payload)}.`;
}
