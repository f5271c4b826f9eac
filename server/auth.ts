/**
 * Who is asking for /wallet (a citizen) or /indicators (an analyst): a bearer JWT (or the same token in the portal's `llr-session` cookie), verified with
 * jose against the configured issuer, audience and key set (the OIDC provider's JWKS). Everything else about the
 * token is untrusted: an expired, wrongly signed, wrong-issuer, wrong-audience or unsigned (`alg: none`) token is
 * "not logged in" (401); a valid token without the wallet scope is "not allowed" (403).
 *
 * An analyst's token must carry the analyst scope (`llr.analyst`, or the configured one); its subject is never
 * looked at or kept. A citizen's token is not an analyst's (403), whatever else it may carry.
 *
 * The citizen token's subject becomes the person's pseudonymous key: the subject itself when the provider issues pairwise
 * pseudonymous subjects, or its keyed hash (HMAC-SHA-256 with a secret pepper) when it does not. A subject that
 * looks like a national register number is never used as a key as it is.
 */
import { createHmac } from 'node:crypto';
import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { isPersonKey } from './history';

export interface AuthConfig {
  issuer: string;
  audience: string;
  /** The provider's JWKS URL; or `keys` (the demo issuer's own key set). */
  jwksUrl?: string | undefined;
  keys?: JWTVerifyGetKey | undefined;
  /** A scope the token must carry (space-separated `scope` claim or `scp` array), e.g. `llr.wallet`. */
  requiredScope?: string | undefined;
  /** The scope of an analyst's token (default `llr.analyst`). */
  analystScope?: string | undefined;
  /** With a pepper, the key is HMAC-SHA-256(pepper, subject) in base64url; without, the subject itself. */
  subjectPepper?: string | undefined;
}

/** Asymmetric algorithms only: never `none`, never a shared secret an attacker could guess. */
const ALGORITHMS = ['ES256', 'ES384', 'RS256', 'PS256', 'EdDSA'];
/** Clock skew tolerated between the provider and this server. */
const CLOCK_TOLERANCE_SECONDS = 30;
/** Longest token read (a real one is about a kilobyte). */
const MAX_TOKEN_LENGTH = 8_192;

/** The scope an analyst's token carries unless configured otherwise. */
export const ANALYST_SCOPE = 'llr.analyst';

type NotLoggedIn = { ok: false; status: 401; reason: 'missing' | 'invalid' | 'expired' };

export type AuthResult = { ok: true; personKey: string } | NotLoggedIn | { ok: false; status: 403; reason: 'scope' | 'subject' };
export type AnalystResult = { ok: true } | NotLoggedIn | { ok: false; status: 403; reason: 'scope' };

/** The token of a request: `Authorization: Bearer …`, else the `llr-session` cookie. */
export function tokenOf(authorization: string | undefined, cookieHeader: string | undefined): string | undefined {
  const bearer = authorization?.match(/^Bearer[ ]+([^\s]+)\s*$/i)?.[1];
  if (bearer) return bearer;
  for (const part of (cookieHeader ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === 'llr-session' && value.length > 0) return value.join('=');
  }
  return undefined;
}

function scopesOf(payload: Record<string, unknown>): string[] {
  if (typeof payload.scope === 'string') return payload.scope.split(' ');
  if (Array.isArray(payload.scp)) return payload.scp.filter((s): s is string => typeof s === 'string');
  return [];
}

export function personKeyOf(subject: string, pepper: string | undefined): string | undefined {
  if (pepper) return createHmac('sha256', pepper).update(subject).digest('base64url');
  return isPersonKey(subject) ? subject : undefined;
}

/** The identity provider cannot be reached: answered with 503 and Retry-After. */
export class IdentityProviderUnavailableError extends Error {
  override readonly name = 'IdentityProviderUnavailableError';
}

export type Authenticator = (token: string | undefined) => Promise<AuthResult>;
export type AnalystAuthenticator = (token: string | undefined) => Promise<AnalystResult>;

/** Checks a token's signature, issuer, audience and lifetime; returns its claims. */
function createVerifier(config: AuthConfig): (token: string | undefined) => Promise<{ ok: true; payload: Record<string, unknown> } | NotLoggedIn> {
  const keys = config.keys ?? (config.jwksUrl ? createRemoteJWKSet(new URL(config.jwksUrl)) : undefined);
  if (!keys) throw new Error('auth: give a JWKS URL or a key set');
  return async (token) => {
    if (!token) return { ok: false, status: 401, reason: 'missing' };
    if (token.length > MAX_TOKEN_LENGTH) return { ok: false, status: 401, reason: 'invalid' };
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        issuer: config.issuer,
        audience: config.audience,
        algorithms: ALGORITHMS,
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        requiredClaims: ['sub', 'exp'],
      }));
    } catch (error) {
      if (error instanceof errors.JWTExpired) return { ok: false, status: 401, reason: 'expired' };
      // The provider's key set cannot be fetched: not the citizen's fault, so not "log in again" but "try later".
      if (error instanceof errors.JWKSTimeout || !(error instanceof errors.JOSEError)) {
        throw new IdentityProviderUnavailableError('the identity provider\'s key set cannot be fetched', { cause: error });
      }
      return { ok: false, status: 401, reason: 'invalid' };
    }
    return { ok: true, payload };
  };
}

/** A citizen, for /wallet: the required scope, and a subject that can be a person's key. */
export function createAuthenticator(config: AuthConfig): Authenticator {
  const verify = createVerifier(config);
  return async (token) => {
    const verified = await verify(token);
    if (!verified.ok) return verified;
    const { payload } = verified;
    if (config.requiredScope && !scopesOf(payload).includes(config.requiredScope)) return { ok: false, status: 403, reason: 'scope' };
    const personKey = typeof payload.sub === 'string' ? personKeyOf(payload.sub, config.subjectPepper) : undefined;
    if (!personKey) return { ok: false, status: 403, reason: 'subject' };
    return { ok: true, personKey };
  };
}

/** An analyst, for /indicators: the analyst scope, nothing else (the subject is not needed, so not read). */
export function createAnalystAuthenticator(config: AuthConfig): AnalystAuthenticator {
  const verify = createVerifier(config);
  const scope = config.analystScope ?? ANALYST_SCOPE;
  return async (token) => {
    const verified = await verify(token);
    if (!verified.ok) return verified;
    return scopesOf(verified.payload).includes(scope) ? { ok: true } : { ok: false, status: 403, reason: 'scope' };
  };
}
